import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'patience-and-consistency',
  order: 14,
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'There is no miracle cure for lasting back pain. Recovery is slow. But if you keep going calmly, you usually notice a difference after a few weeks to a few months.',
        'Small steps you keep up work better than big steps you give up after a week.',
      ],
    },
    {
      heading: 'Why it takes time',
      paragraphs: [
        'Muscles do not get stronger in a few days. That takes weeks and months.',
        'Your nervous system needs time too. The alarm became more sensitive over a long time. It also calms down again step by step.',
        'And new habits need time. After a few weeks, practising often already happens almost by itself.',
      ],
    },
    {
      heading: 'Ups and downs are part of it',
      paragraphs: [
        'You will have good days and less good days. Even when things go well. That is normal.',
        'A bad day says nothing about how you will be doing in a month. A good day does not either. What matters is the direction.',
        'On a bad day you may take it a bit easier. On a good day you do not have to suddenly do much more. That way you keep your own pace.',
      ],
    },
    {
      heading: 'Look at weeks, not days',
      paragraphs: [
        'So look at the line over a number of weeks, not at one day. Is that line slowly going the right way? Then you are doing well.',
        'The overview in the app helps you with that. There you see how your pain, your sleep and your stress went over the last 30 days.',
      ],
    },
    {
      heading: 'A day off is part of it',
      paragraphs: [
        'Did a day not work out? Or a few days? That happens to everyone. Just pick it up again, where you were.',
        'What matters is what you usually do, not being perfect every day. Every time you start again counts.',
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
