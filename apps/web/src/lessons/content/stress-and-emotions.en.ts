import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'stress-and-emotions',
  order: 11,
  title: 'Stress and feelings',
  summary: 'Stress, worry and low mood can make pain stronger. The pain is real. Relaxing and talking about it help.',
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'Pain is more than a signal from your back. How you feel plays a part. With stress, worry or low mood, the alarm in your nervous system is more sensitive.',
        'That does not mean the pain is in your head. The pain is real. But it does mean you can do something about it in more ways.',
      ],
    },
    {
      heading: 'A vicious circle',
      paragraphs: [
        'Pain brings worry. Worry brings tension. Tension makes the pain worse. And poor sleep makes everything heavier.',
        'You can break that circle at any point. Even a small step counts.',
      ],
    },
    {
      heading: 'What you can do',
      paragraphs: ['Choose what suits you:'],
      bullets: [
        'A relaxation exercise: calm breathing, a body scan or a short mindfulness exercise in the app.',
        'Doing something you enjoy, even if only for a short while.',
        'Talking with someone you trust.',
        'Moving: that lowers stress too.',
      ],
    },
    {
      heading: 'When stress stays high',
      paragraphs: [
        'Do you note high stress in the app several days in a row? Then the app suggests talking about it with your physiotherapist or GP.',
        'That is not a judgement and not a diagnosis. Sometimes it helps to look at it together.',
      ],
    },
  ],
  sources: [
    'KNGF guideline Low back pain and lumbosacral radicular syndrome (2021)',
    'NHG guideline on low back pain (M54)',
    'NICE guideline NG59: low back pain and sciatica',
  ],
};
