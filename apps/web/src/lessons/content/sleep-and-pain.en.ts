import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'sleep-and-pain',
  order: 7,
  title: 'Sleep and pain',
  summary: 'Poor sleep makes pain worse, and pain makes sleeping harder. A few habits help you break that circle.',
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'Sleep and pain are linked, in two directions. After a short or restless night, pain often feels worse. And pain can keep you awake.',
        'Good sleep is therefore part of your recovery. You do not have to do it perfectly. Small steps already help.',
      ],
    },
    {
      heading: 'How much sleep?',
      paragraphs: [
        'For adults up to 65, the advice is 7 to 9 hours a night. From 65, it is 7 to 8 hours.',
        'Everyone is different. In the app you can choose your own sleep target, between 6 and 10 hours.',
      ],
    },
    {
      heading: 'Habits that help',
      paragraphs: ['These habits help many people to sleep better:'],
      bullets: [
        'Go to bed and get up at fixed times, also at the weekend.',
        'Take half an hour to wind down: reading, calm music, a breathing exercise.',
        'Keep your bedroom dark, quiet and cool.',
        'Put your phone and other screens away for the last hour.',
        'Do not drink coffee or energy drinks after lunch.',
      ],
    },
    {
      heading: 'When pain wakes you',
      paragraphs: [
        'Lying awake because of pain? Change your position calmly. A pillow between or under your knees can help.',
        'Still not asleep after a quarter of an hour? Then get up for a while. Do something calm in low light, like a breathing exercise. Go back to bed when you feel sleepy. Do not keep looking at the clock.',
      ],
    },
    {
      heading: 'Seeing your own pattern',
      paragraphs: [
        'In the app’s sleep diary you fill in how you slept. After a few weeks you see your sleep beside your pain.',
        'That is a pattern in your own data, not proof. It can still help you see what works for you.',
      ],
    },
  ],
  sources: [
    'KNGF guideline Low back pain and lumbosacral radicular syndrome (2021)',
    'National Sleep Foundation: recommended sleep duration (Hirshkowitz and others, 2015)',
    'NHG guideline on sleep problems and sleep medication',
  ],
};
