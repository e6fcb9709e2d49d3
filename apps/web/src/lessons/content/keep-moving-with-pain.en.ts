import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'keep-moving-with-pain',
  order: 6,
  title: 'Keep moving, even with pain',
  summary: 'Rest makes you stiffer and weaker. Keeping moving little by little helps your back the most.',
  minutes: 3,
  sections: [
    {
      paragraphs: [
        'With back pain, you may want to lie still. Taking it easy for a day is fine. But resting for a long time makes you stiffer and weaker.',
        'Keeping moving helps your back the most. Even if it hurts a little.',
      ],
    },
    {
      heading: 'Little and often',
      paragraphs: ['You do not have to do a lot. Better a little often than a lot now and then.'],
      bullets: [
        'Stand up briefly every half hour when you sit for a long time.',
        'Walk a short distance a few times a day.',
        'Change your position: sitting, standing, walking.',
      ],
    },
    {
      heading: 'What you may feel',
      paragraphs: [
        'Some discomfort or a bit more pain during or after moving is normal. It does not mean you are damaging anything.',
        'A good rule of thumb: the pain settles to how it was within 48 hours. Then you are doing fine. If it takes longer, take it a bit easier next time.',
      ],
    },
    {
      heading: 'Do what you like to do',
      paragraphs: [
        'Choose movements you enjoy: walking, cycling, swimming, gardening. Then it is easier to keep going.',
        'Want to build something up? Make a plan for it in the app. You start below what you can do now and build up calmly.',
      ],
    },
  ],
  sources: [
    'KNGF guideline Low back pain and lumbosacral radicular syndrome (2021)',
    'NHG guideline on low back pain (M54)',
    'NICE guideline NG59: low back pain and sciatica',
  ],
};
