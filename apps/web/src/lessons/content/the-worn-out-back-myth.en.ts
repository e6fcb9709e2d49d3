import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'the-worn-out-back-myth',
  order: 5,
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'Many people with back pain are told that their back is worn out. Sometimes a scan report speaks of "wear and tear". That sounds as if your back is running out, like the sole of a shoe.',
        'That picture is wrong. In this lesson you read why.',
      ],
    },
    {
      heading: 'Your back is not a shoe sole',
      paragraphs: [
        'A shoe sole cannot repair itself. Your back can. Your back is living tissue. It is renewed all the time and adapts to what you do.',
        'Bones get stronger when you load them, just like muscles. Discs adapt too. Moving regularly is good for them. So your back does not run out from use. It actually gets stronger from it.',
      ],
    },
    {
      heading: 'What a scan shows',
      paragraphs: [
        'Researchers made scans of people who have no back pain. In people aged 40, they saw changes in the discs in 2 out of 3. In people aged 60, it was almost 9 out of 10.',
        'Such changes are part of getting older, like grey hair and wrinkles. Grey hair does not hurt either.',
        'So a scan says little about where your pain comes from. That is why doctors do not advise a scan for most back pain.',
      ],
    },
    {
      heading: 'Why words matter',
      paragraphs: [
        'Do you think your back is worn out? Then you start to spare it. You move carefully and tense your muscles. That is very understandable.',
        'But sparing works against you. You get stiffer and weaker, and the alarm in your nervous system gets more sensitive. That is how a word can keep the pain going. It is not your fault: many people hear these words.',
      ],
    },
    {
      heading: 'A better picture',
      paragraphs: ['Try to remember this picture:'],
      bullets: [
        'Your back is strong and made to move.',
        'Changes on a scan are part of getting older.',
        'Your back gets stronger when you use it.',
        'Pain comes mostly from a sensitive alarm, not from a back that is running out.',
      ],
    },
    {
      heading: 'What you can do',
      paragraphs: [
        'Move, and build up calmly. Strength exercises and mobility exercises help your back become stronger and more supple. In the app you find an exercise programme that helps you with this.',
        'Have you had a scan and are you worried about the result? Ask your physiotherapist or GP to explain what it says.',
      ],
    },
  ],
  sources: [
    'KNGF guideline Low back pain and lumbosacral radicular syndrome (2021)',
    'NHG guideline on low back pain (M54)',
    'Brinjikji and others (2015): scan findings in people without back pain',
  ],
};
