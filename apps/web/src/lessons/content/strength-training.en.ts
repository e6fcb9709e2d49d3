import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'strength-training',
  order: 8,
  title: 'Getting stronger',
  summary: 'Strength training helps with lasting back pain. Start light and build up slowly, over weeks and months.',
  minutes: 3,
  sections: [
    {
      paragraphs: [
        'Strong muscles help your back. They make lifting, bending and standing for a long time easier. And exercising itself often calms the pain too.',
        'You do not have to be an athlete. Exercises at home with your own body weight are a good start.',
      ],
    },
    {
      heading: 'Start light',
      paragraphs: [
        'Start with an easy version and few repetitions. It may feel as if you could do more.',
        'That way your body gets used to it calmly. And you notice that the exercise is safe.',
      ],
    },
    {
      heading: 'Build up slowly',
      paragraphs: [
        'First you do more repetitions. Does that go well a few times? Then you make the exercise harder and start again with fewer repetitions.',
        'That is how you grow over weeks and months. The programme in the app proposes those steps. You decide.',
      ],
    },
    {
      heading: 'What you may feel',
      paragraphs: [
        'Muscles that work may get tired. The next day you may be a bit stiff. That is normal and passes by itself.',
        'Do you get sharp pain that stays? Then stop and ask your physiotherapist or GP for advice.',
      ],
    },
  ],
  sources: [
    'KNGF guideline Low back pain and lumbosacral radicular syndrome (2021)',
    'NICE guideline NG59: low back pain and sciatica',
    'Owen and others (2020): exercise therapy for low back pain',
  ],
};
