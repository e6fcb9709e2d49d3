import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'breathing',
  order: 10,
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'With pain and stress, you often breathe fast and high, in your chest. Your muscles tense up, in your back too. That can make the pain worse.',
        'Calm breathing helps your body relax. It is a small thing you can do anywhere: at home, at work or in bed.',
      ],
    },
    {
      heading: 'Why a long out-breath helps',
      paragraphs: [
        'When you breathe out slowly, your body slows down. Your heart rate calms and your muscles relax.',
        'Your nervous system calms down too. A calm nervous system is less quickly on alert. Because of that, the pain can feel a little less sharp.',
        'You do not have to do it perfectly. Does your mind wander? That is fine. Calmly bring your attention back to your breath.',
      ],
    },
    {
      heading: 'How to do it',
      paragraphs: ['Sit or lie down comfortably. Put a hand on your belly.'],
      bullets: [
        'Breathe in calmly through your nose, about 4 counts. Your belly moves out.',
        'Breathe out slowly, about 6 counts. Let your shoulders drop.',
        'That is about 6 breaths a minute.',
        'It is not about breathing deeply, but about breathing calmly. Do this for a few minutes.',
      ],
    },
    {
      heading: 'The breathing exercise in the app',
      paragraphs: [
        'The breathing exercise in the app shows the pace. You simply breathe along. You choose how fast and how long yourself, from 1 to 10 minutes.',
        'Among the relaxation exercises in the app, you also find an exercise for breathing with attention.',
      ],
    },
    {
      heading: 'When you can do it',
      paragraphs: ['Calm breathing is possible at any moment. Many people find these moments helpful:'],
      bullets: [
        'Before going to sleep, or when you lie awake at night.',
        'When the pain is worse for a while.',
        'Before a movement that feels scary.',
        'On a busy or stressful day.',
      ],
    },
    {
      heading: 'Do you feel dizzy?',
      paragraphs: [
        'Do you get dizzy or light-headed? Then stop and just breathe normally. It passes by itself.',
        'Feeling dizzy often comes from breathing too deeply. Calm breathing is enough: it does not have to be deep.',
        'Try again later, at a slightly calmer pace or for a shorter time.',
      ],
    },
  ],
  sources: [
    'KNGF guideline Low back pain and lumbosacral radicular syndrome (2021)',
    'Zaccaro and others (2018): slow breathing and relaxation',
  ],
};
