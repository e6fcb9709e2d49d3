import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'build-up-step-by-step',
  order: 3,
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
        'You choose an activity, for example walking. First you measure what you can do now. You do the activity a few times, until the moment you would normally stop. Do not push through. Then you note how much you did.',
        'Then the app makes a plan. You start a little below what you did when you measured. That may feel easy. That is the idea: this way you start with success.',
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
        'After moving you may have a few more symptoms. That is normal. People without back pain also feel their body after a new effort.',
        'More pain does not mean that your back is being harmed. When pain lasts a long time, the nervous system can become more sensitive. It then needs to get used to moving again. Hurt is not harm.',
      ],
    },
    {
      heading: 'The 48-hour rule',
      paragraphs: [
        'A useful rule: extra symptoms after an activity settle within 48 hours. Is that the case? Then you are doing well and next time you can go a step further.',
        'Does it take longer? Do not worry. You just did a little too much. Next time you do a bit less.',
        'About 24 hours after each time, a question waits for you on Today: are your back symptoms back to how they were? If you say "not yet", the question comes back once more at the end of the 48 hours. The app does not send messages: open the app yourself to see the question.',
        'Then the app makes a proposal for next time: a step more, the same, or a step less. You read why. You decide.',
      ],
    },
    {
      heading: 'Two ways to build up',
      paragraphs: [
        'With a fixed schedule, you go up a step each time, however you feel that day. This is how the guideline for physiotherapists describes building up.',
        'With the 48-hour rule, your body helps decide how fast you build up. Many people know this rule as a rule of thumb.',
        'Both ways can work well. The app starts with the 48-hour rule. You can switch at any time in the settings of your plan. Do you have a physiotherapist? Then decide together what suits you.',
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
