import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'work-and-back-pain',
  order: 13,
  title: 'Work and back pain',
  summary: 'Staying at work, or going back to work, usually helps recovery. With adjusted work and building up calmly.',
  minutes: 3,
  sections: [
    {
      paragraphs: [
        'With back pain, you may think it is better to stay at home. For most people, staying at work is actually good. Work gives rhythm, movement and contact with others.',
        'Staying at home for a long time often makes the step back bigger.',
      ],
    },
    {
      heading: 'Talk about it',
      paragraphs: [
        'Discuss with your manager or the occupational health doctor what you can do now. Perhaps you can do other work for a while, or fewer hours.',
        'Your physiotherapist can also help think about what fits.',
      ],
    },
    {
      heading: 'Build up calmly',
      paragraphs: [
        'Have you been at home? Then start with fewer hours or lighter work, and build up step by step. Just like any other activity.',
        'A bit more pain at first is normal. That does not mean work is bad for your back.',
      ],
    },
    {
      heading: 'Vary your work',
      paragraphs: ['There is no perfect posture. What helps most is changing your position often.'],
      bullets: [
        'Stand up regularly if you work sitting down.',
        'Alternate heavy and light work when you can.',
        'Take short breaks to move a little.',
      ],
    },
  ],
  sources: [
    'KNGF guideline Low back pain and lumbosacral radicular syndrome (2021)',
    'NVAB guideline on low back pain (occupational health doctors)',
    'NICE guideline NG59: low back pain and sciatica',
  ],
};
