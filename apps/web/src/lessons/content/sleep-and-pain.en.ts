import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'sleep-and-pain',
  order: 7,
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'Sleep and pain affect each other, in two directions. After a short or restless night, pain often feels worse. And pain can keep you from sleeping.',
        'Good sleep is therefore part of your recovery. While you sleep, your body rests. You do not have to do it perfectly: small steps already help.',
      ],
    },
    {
      heading: 'How much sleep do you need?',
      paragraphs: [
        'For adults aged 18 to 64, the advice is 7 to 9 hours of sleep a night. From 65, it is 7 to 8 hours. This advice is the same for everyone.',
        'Still, every person is a little different. In the app you can also choose your own sleep target, between 6 and 10 hours.',
      ],
    },
    {
      heading: 'Habits that help',
      paragraphs: ['These habits help many people to sleep better:'],
      bullets: [
        'Go to bed and get up at fixed times, also at the weekend.',
        'Take half an hour to wind down, for example with reading, calm music or a breathing exercise.',
        'Keep your bedroom dark, quiet and cool.',
        'Put your phone and other screens away for the last hour before sleep.',
        'Do not drink coffee, cola or energy drinks after midday.',
      ],
    },
    {
      heading: 'When pain wakes you',
      paragraphs: ['Does pain wake you up? Stay calm. This can help:'],
      bullets: [
        'Calmly change your position. A pillow between or under your knees can feel good.',
        'Do a breathing exercise: breathe in calmly and out slowly.',
        'Cannot sleep? Then get up calmly and do something quiet in soft light.',
        'Go back to bed when you feel sleepy again.',
        'Do not keep looking at the clock. That only makes you more restless.',
      ],
    },
    {
      heading: 'Seeing your own pattern',
      paragraphs: [
        'In the sleep diary in the app, you fill in how long and how well you slept. Have you filled it in for a few weeks? Then you see your sleep beside your pain.',
        'That is a pattern in your own data, not proof. It can still help you see what works for you.',
      ],
    },
    {
      heading: 'Be kind to yourself',
      paragraphs: [
        'Everyone sleeps badly now and then. One bad night is not a problem. Try not to force sleep: that usually has the opposite effect.',
        'Keep up your habits, also after a bad night. That way your body helps you get back on track by itself.',
      ],
    },
  ],
  sources: [
    'KNGF guideline Low back pain and lumbosacral radicular syndrome (2021)',
    'National Sleep Foundation: recommended sleep duration (Hirshkowitz and others, 2015)',
    'NHG guideline on sleep problems and sleep medication',
  ],
};
