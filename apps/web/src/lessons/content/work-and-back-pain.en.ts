import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'work-and-back-pain',
  order: 13,
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'With back pain, you may think it is better to stay at home until the pain is gone. For most people, staying at work is actually good for recovery.',
        'Have you been at home for a while? Then going back to work is a good step too. You do not have to wait until you have no pain at all.',
      ],
    },
    {
      heading: 'Why work helps',
      paragraphs: [
        'Work gives your day a rhythm. You move more, you see colleagues and you have less time to worry about your pain.',
        'Staying at home for a long time often makes the step back bigger. Your fitness goes down and work starts to feel more daunting.',
      ],
    },
    {
      heading: 'Talk about it',
      paragraphs: [
        'Discuss with your manager or the occupational health doctor what you can do now. Perhaps you can do other work for a while, work fewer hours or divide your tasks differently.',
        'Your physiotherapist can also help you think it through. Together you look at what fits and how you build up again.',
      ],
    },
    {
      heading: 'Build up calmly',
      paragraphs: [
        'Start with fewer hours or lighter work, and build up step by step. Just like any other activity. Make a plan beforehand, so you know what you are working towards.',
        'A bit more pain at first is normal. It does not mean that work is bad for your back. Does it settle within 48 hours? Then you are doing well.',
      ],
    },
    {
      heading: 'When your work feels heavy',
      paragraphs: [
        'Do you do physically heavy work? Then strength training helps you cope with the work better again. Your back is strong and can get used to lifting and carrying.',
        'Are you worried about your job or your income? Talk about that too. Worry makes the alarm in your nervous system more sensitive. Talking about it can bring relief.',
      ],
    },
    {
      heading: 'There is no perfect posture',
      paragraphs: [
        'There is no single right way to sit, stand or lift. What helps most is changing your position often. For example like this:',
      ],
      bullets: [
        'Stand up regularly if you work sitting down.',
        'Alternate heavy and light work when you can.',
        'Take short breaks to move a little.',
        'Go for a short walk during your lunch break.',
      ],
    },
  ],
  sources: [
    'KNGF guideline Low back pain and lumbosacral radicular syndrome (2021)',
    'NVAB guideline on low back pain (occupational health doctors)',
    'NICE guideline NG59: low back pain and sciatica',
  ],
};
