import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'the-worn-out-back-myth',
  order: 5,
  title: 'There is no such thing as a worn-out back',
  summary: 'Changes on a scan are part of getting older. They say little about your pain, and your back stays strong.',
  minutes: 3,
  sections: [
    {
      paragraphs: [
        'Many people are told that their back is "worn out". Sometimes it is called "wear and tear". That sounds as if your back is running out, like the sole of a shoe. That picture is wrong.',
        'Your back is not a machine that breaks from use. It is living tissue that adapts to what you do.',
      ],
    },
    {
      heading: 'What a scan shows',
      paragraphs: [
        'On a scan, almost everyone over 40 shows changes. Also people who never have back pain.',
        'Such changes are part of getting older, like grey hair and wrinkles. They say little about how much pain you have or will get.',
      ],
    },
    {
      heading: 'Your back gets stronger when you use it',
      paragraphs: [
        'Vertebrae, discs and muscles get stronger from load. Building up calmly with movement and strength training helps them do that.',
        'Sparing your back works against you. You get stiffer and weaker, and your nervous system gets more sensitive.',
      ],
    },
    {
      heading: 'Why words matter',
      paragraphs: [
        'People who think their back is worn out start to move carefully. That makes sense, but it often keeps the pain going.',
        'A better picture: your back is strong and can take a lot. The pain comes mostly from a sensitive alarm, not from a back that is running out.',
      ],
    },
  ],
  sources: [
    'KNGF guideline Low back pain and lumbosacral radicular syndrome (2021)',
    'NHG guideline on low back pain (M54)',
    'Brinjikji and others (2015): scan findings in people without back pain',
  ],
};
