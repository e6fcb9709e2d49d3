import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'stress-and-emotions',
  order: 11,
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'How you feel affects your pain. Stress, worry, low mood and fear can turn up the volume of the pain.',
        'That does not mean the pain is in your head. The pain is real. But it does mean that you can do something about it in more ways.',
      ],
    },
    {
      heading: 'Why feelings play a part',
      paragraphs: [
        'In your brain, pain and feelings work closely together. With stress, your body is more on alert. Your muscles tense up and you often sleep less well.',
        'Because of that, the alarm in your nervous system becomes more sensitive. It then goes off sooner, even when there is no danger.',
      ],
    },
    {
      heading: 'A circle you can break',
      paragraphs: [
        'Pain brings worry. Worry brings tension. Tension makes the pain worse. And poor sleep makes everything heavier.',
        'You can break that circle at any point. You do not have to do everything at once. Even a small step counts.',
      ],
    },
    {
      heading: 'What you can do',
      paragraphs: ['Choose what suits you:'],
      bullets: [
        'A relaxation exercise in the app: breathing with attention, a body scan or a short exercise to pause for a moment.',
        'The breathing exercise in the app, a few minutes of calm breathing.',
        'Doing something you enjoy, or going outside for a while.',
        'Moving: that lowers stress too.',
        'Sleeping well. You read tips for that in the lesson on sleep and pain.',
      ],
    },
    {
      heading: 'Talking about it',
      paragraphs: [
        'Talking often helps. Tell someone you trust how you are doing. That can be your partner, a friend or a family member.',
        'You can also discuss it with your physiotherapist. For example worries about your back, or pressure at home or at work. That is part of your recovery. There is nothing to be ashamed of.',
      ],
    },
    {
      heading: 'When stress stays high',
      paragraphs: [
        'Do you note high stress in your check-in on most days of a week? Then the app suggests talking about it with your physiotherapist or GP. Of course you can also do that yourself.',
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
