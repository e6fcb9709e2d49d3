import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'mobility',
  order: 9,
  title: 'Staying supple',
  summary: 'Moving calmly within what feels comfortable makes you more supple. Little and often works best.',
  minutes: 3,
  sections: [
    {
      paragraphs: [
        'With back pain, you often start to move more stiffly. That is your body’s way of protecting you. But staying stiff makes moving harder.',
        'Mobility exercises help you move your back freely again.',
      ],
    },
    {
      heading: 'Move within what feels comfortable',
      paragraphs: [
        'It is not about stretching as far as you can. Move calmly back and forth, within what feels good. Keep breathing calmly.',
        'A light stretch or some tension is fine. There is no need to force it.',
      ],
    },
    {
      heading: 'Little and often',
      paragraphs: ['A few minutes a day helps more than a long session once a week.'],
      bullets: [
        'Do an exercise after sitting for a long time.',
        'Link it to a fixed moment, like after getting up.',
        'Choose the exercises you like.',
      ],
    },
    {
      heading: 'It goes step by step',
      paragraphs: [
        'Sometimes you soon notice that moving gets easier. Sometimes it takes weeks. Both are normal.',
        'The programme in the app slowly makes the exercises a bit bigger or longer. That way your suppleness grows along.',
      ],
    },
  ],
  sources: [
    'KNGF guideline Low back pain and lumbosacral radicular syndrome (2021)',
    'NICE guideline NG59: low back pain and sciatica',
  ],
};
