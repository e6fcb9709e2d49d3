import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'flare-ups',
  order: 12,
  title: 'A flare-up',
  summary:
    'A period with more pain is part of the road and usually passes by itself. With a plan, you know what to do.',
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'Even when things go well, the pain can get worse for a while. That is called a flare-up. Almost everyone with lasting back pain has them.',
        'A flare-up does not mean something is broken. And you do not start again from zero.',
      ],
    },
    {
      heading: 'Why it happens',
      paragraphs: [
        'Sometimes there is a clear reason: a busy week, poor sleep, stress or lifting something heavy. Sometimes no reason can be found.',
        'The sensitive alarm in your nervous system then goes off louder for a while. It usually calms down again within a few days to a few weeks.',
      ],
    },
    {
      heading: 'What helps',
      paragraphs: ['These things help many people:'],
      bullets: [
        'Keep moving, even if only for a short while.',
        'Do a bit less for a few days, but do not stop completely.',
        'Calm breathing and warmth can ease the tension.',
        'Tell yourself that it will pass.',
      ],
    },
    {
      heading: 'Make your own plan',
      paragraphs: [
        'In a calm week, write down what you do in a flare-up: what helps you, what you do less of for a few days, who you call and when, and what you say to yourself. You can do that in the app.',
        'After a flare-up, your plans and your exercise programme in the app take a step back by themselves. Then you build up calmly again.',
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
