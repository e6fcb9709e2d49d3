import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'strength-training',
  order: 8,
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'Many people with back pain are afraid that strength training will break their back. It is the other way round. Strength training is one of the best things you can do for your back.',
        'You do not have to be an athlete, and you do not need a gym. Exercises at home, with your own body weight or a bag of shopping, are a good start.',
      ],
    },
    {
      heading: 'Why strength helps',
      paragraphs: [
        'Stronger muscles make lifting, bending, climbing stairs and standing for a long time easier. Ordinary things then take less effort.',
        'Your brain learns something too. It notices that loading your back is safe. You get more trust in your back, and the alarm in your nervous system calms down. Because of that, the pain often gets less.',
      ],
    },
    {
      heading: 'Start light',
      paragraphs: [
        'Start with an easy version of an exercise, and with little weight or just your own body weight. It may feel as if you could do more. That is the idea.',
        'First pay attention to how you do the exercise. Move calmly and keep breathing. This way your body gets used to it, and you notice that the exercise is safe.',
      ],
    },
    {
      heading: 'Build up slowly',
      paragraphs: ['Getting stronger takes time: weeks and months. You build up in two steps:'],
      bullets: [
        'First you do a few more repetitions each time, up to a set number.',
        'Does that number go well? Then you take a bit more weight, or a slightly harder version of the exercise.',
        'Then you start again with fewer repetitions, and build up once more.',
      ],
    },
    {
      heading: 'Muscle soreness is normal',
      paragraphs: [
        'After a new exercise, you may feel some muscle soreness or stiffness the next day. That is normal and safe. It usually settles within a day or two.',
        'Do you get sharp pain that stays? Then stop and ask your physiotherapist or GP for advice.',
      ],
    },
    {
      heading: 'The exercise programme in the app',
      paragraphs: [
        'In the app you make an exercise programme that suits you. With each exercise you see a drawing and a few tips. You start light.',
        'After each time, the app asks whether your back is back to how it was within 48 hours. Then the app proposes a next step, with the reason. You decide.',
      ],
    },
  ],
  sources: [
    'KNGF guideline Low back pain and lumbosacral radicular syndrome (2021)',
    'NICE guideline NG59: low back pain and sciatica',
    'Owen and others (2020): exercise therapy for low back pain',
  ],
};
