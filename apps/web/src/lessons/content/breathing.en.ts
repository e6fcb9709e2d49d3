import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'breathing',
  order: 10,
  title: 'Calm breathing',
  summary: 'Slow breathing, with a long out-breath, calms your body. That can make the pain less sharp.',
  minutes: 3,
  sections: [
    {
      paragraphs: [
        'With pain and stress, you often breathe fast and high, in your chest. Your muscles tense up. That can make the pain worse.',
        'Calm breathing helps your body relax. It is a small thing you can do anywhere.',
      ],
    },
    {
      heading: 'How to do it',
      paragraphs: ['Sit or lie down comfortably. Put a hand on your belly.'],
      bullets: [
        'Breathe in calmly through your nose, about 4 counts. Your belly moves out.',
        'Breathe out slowly, about 6 counts. Let your shoulders drop.',
        'Do this for a few minutes. That is about 6 breaths a minute.',
      ],
    },
    {
      heading: 'Why a long out-breath',
      paragraphs: [
        'A long out-breath slows your body down. Your heart rate calms and your muscles relax.',
        'The breathing exercise in the app shows the pace. You can choose the pace and the time yourself.',
      ],
    },
    {
      heading: 'Do you feel dizzy?',
      paragraphs: [
        'Do you get dizzy or light-headed? Then stop and just breathe normally. It passes by itself.',
        'Try again later, at a slightly calmer pace or for a shorter time.',
      ],
    },
  ],
  sources: [
    'KNGF guideline Low back pain and lumbosacral radicular syndrome (2021)',
    'Zaccaro and others (2018): slow breathing and relaxation',
  ],
};
