import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'build-up-step-by-step',
  order: 3,
  title: 'Build up step by step',
  summary:
    'Building up calmly works better than doing it all at once. This is how to use your amount and the 48-hour rule.',
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'Have you had back pain for a long time? Then you have probably started doing less. Your muscles, your fitness and also your nervous system get used to that.',
        'Doing more again is certainly possible. It works best when you build up calmly, in small steps. Your body then has time to get used to it.',
      ],
    },
    {
      heading: 'First measure what you can do now',
      paragraphs: [
        'You start with a baseline. You choose an activity, for example walking. You do it a few times until pain or tiredness says: stop. Then you note how much you did.',
        'Then the app makes a plan. You start a little below your baseline. That may feel easy. That is the idea: this way you start with success.',
        'Each time, your amount goes up a small step, until you reach your goal. Choose a goal that really matters to you.',
      ],
    },
    {
      heading: 'Do your amount, not more and not less',
      paragraphs: [
        'On a good day you may want to do more. On a bad day you would rather do less. Still, it works best when you keep to your amount.',
        'Doing a lot on a good day and then being unable to do anything for days: many people know this. A fixed amount breaks that pattern. Your body and your brain learn that this activity is safe.',
      ],
    },
    {
      heading: 'Some pain afterwards is normal',
      paragraphs: [
        'After moving you may have a few more complaints. That is normal. People without back pain also feel their body after a new effort.',
        'More pain does not mean that your back is being harmed. Your nervous system is sensitive and needs to get used to it. Hurt is not harm.',
      ],
    },
    {
      heading: 'The 48-hour rule',
      paragraphs: [
        'A useful rule: extra complaints after an activity settle within 48 hours. Is that the case? Then you are doing well and next time you can go a step further.',
        'Does it take longer? Do not worry. You just did a little too much. Next time you do a bit less.',
        'The app asks you about 24 hours after each time: are your back complaints back to how they were? If you say "not yet", the app asks once more at the end of the 48 hours.',
        'Then the app makes a proposal for next time: a step more, the same, or a step less. You read why. You decide.',
      ],
    },
    {
      heading: 'Two ways to build up',
      paragraphs: [
        'With the 48-hour rule, your body helps decide how fast you build up. With a fixed schedule, you go up a step each time, however you feel. Both can work well. Choose together with your physiotherapist what suits you.',
      ],
    },
    {
      heading: 'Patience helps',
      paragraphs: [
        'Building up goes with ups and downs. A step back is part of it. It is not a failure.',
        'Did you skip a time? No problem. You simply pick it up where you were. Every step counts.',
      ],
    },
  ],
  sources: [
    'KNGF guideline Low back pain and lumbosacral radicular syndrome (2021)',
    'Lindström and others (1992): graded activity for low back pain',
    'Silbernagel and others (2007): the pain-monitoring model',
    'NICE guideline NG59: low back pain and sciatica',
  ],
};
