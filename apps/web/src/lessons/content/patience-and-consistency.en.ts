import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'patience-and-consistency',
  order: 14,
  title: 'Patience and keeping at it',
  summary:
    'Do not expect miracles in a week. If you keep practising calmly, you will see a difference over weeks and months.',
  minutes: 3,
  sections: [
    {
      paragraphs: [
        'Recovery from lasting back pain is slow. There is no quick fix. But if you keep going calmly, you usually notice a difference after weeks to months.',
        'Small steps you keep up work better than big steps you give up after a week.',
      ],
    },
    {
      heading: 'Ups and downs are part of it',
      paragraphs: [
        'You will have good days and less good days. That is normal. A bad day says nothing about how things will be in a month.',
        'So look at the line over weeks, not at one day. The overviews in the app help you with that.',
      ],
    },
    {
      heading: 'Skipping a day is not a failure',
      paragraphs: [
        'Did a day not work out? No problem. Just pick it up again the next day.',
        'What matters is what you usually do, not being perfect every day.',
      ],
    },
    {
      heading: 'What helps you keep going',
      paragraphs: ['A few tips:'],
      bullets: [
        'Link practising to a fixed moment of the day.',
        'Choose goals that really matter to you.',
        'Look back now and then at how far you have come.',
        'Tell someone what you are doing. Together it is easier.',
      ],
    },
  ],
  sources: [
    'KNGF guideline Low back pain and lumbosacral radicular syndrome (2021)',
    'NHG guideline on low back pain (M54)',
  ],
};
