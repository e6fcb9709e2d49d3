import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'flare-ups',
  order: 12,
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'Even when things go well, the pain can get worse for a while. That is called a flare-up. Almost everyone with lasting back pain has one now and then.',
        'A flare-up is unpleasant. But it usually passes by itself, often within a few days to a few weeks.',
      ],
    },
    {
      heading: 'Why it happens',
      paragraphs: [
        'Sometimes there is a clear reason: a busy week, poor sleep, stress or a day on which you did much more than usual. Sometimes no reason can be found.',
        'The sensitive alarm in your nervous system then goes off louder for a while. That is not a sign that you did something wrong.',
      ],
    },
    {
      heading: 'What a flare-up does not mean',
      paragraphs: [
        'A flare-up does not mean that something is broken in your back. The alarm is louder, but your back is just as strong as before.',
        'You also do not start again from zero. What you have built up and learned stays. After a flare-up, you pick up where you left off.',
      ],
    },
    {
      heading: 'What helps',
      paragraphs: ['These things help many people during a flare-up:'],
      bullets: [
        'Keep moving, even if only for a short while.',
        'Do a bit less for a few days, but do not stop completely.',
        'Calm breathing and warmth can ease the tension.',
        'Tell yourself that it will pass.',
      ],
    },
    {
      heading: 'Make your plan in a calm week',
      paragraphs: [
        'In the middle of a flare-up, it is hard to think clearly. So write your own plan in a calm week. You can do that in the app, in "My flare-up plan". You write down:',
      ],
      bullets: [
        'What helps you.',
        'What you do less of for a few days.',
        'Who you call, and when.',
        'What you say to yourself, for example: "This will pass. Hurt is not harm."',
      ],
    },
    {
      heading: 'Building up again afterwards',
      paragraphs: [
        'After a flare-up, your activity plans and your exercise programme in the app take a step back by themselves. Then you build up calmly again, step by step.',
        'A flare-up usually passes by itself. Sometimes it is better to call a doctor. Below you read when.',
      ],
    },
  ],
  whenToCallDoctor: true,
  sources: [
    'KNGF guideline Low back pain and lumbosacral radicular syndrome (2021)',
    'NHG guideline on low back pain (M54)',
    'NICE guideline NG59: low back pain and sciatica',
  ],
};
