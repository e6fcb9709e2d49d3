import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'keep-moving-with-pain',
  order: 6,
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'When your back hurts, you may want to sit or lie still. That is a logical reaction. Taking it a bit easier for a day is fine too.',
        'But resting for a long time does not help your back. Keeping moving does, even when it hurts a bit.',
      ],
    },
    {
      heading: 'What long rest does',
      paragraphs: [
        'When you move little, your muscles get weaker and your joints stiffer. Your fitness goes down. Ordinary things then take more effort, and that can cause more pain again.',
        'Your nervous system also gets used to sitting still. Moving then soon feels tense, and the alarm goes off sooner. This way you can end up in a circle of doing less and less.',
      ],
    },
    {
      heading: 'A little, and often',
      paragraphs: ['You do not have to do a lot at once. A little, spread out over the day, works better.'],
      bullets: [
        'Stand up for a moment every half hour when you sit for a long time.',
        'Walk a short distance a few times a day.',
        'Change your position often: sitting, standing, walking.',
        'Keep doing your normal things as much as you can, in smaller parts if needed.',
      ],
    },
    {
      heading: 'Discomfort is fine',
      paragraphs: [
        'Some discomfort or a bit more pain during or after moving is normal. It is safe. It does not mean that you are damaging something.',
        'You do not have to push through everything. Do you get sharp pain that stays? Then stop and ask your physiotherapist or GP for advice.',
      ],
    },
    {
      heading: 'The 48-hour rule',
      paragraphs: [
        'If the extra pain settles back to how it was within 48 hours, you are doing well; if it takes longer, do a little less next time.',
        'Do you want to build up an activity step by step? Make an activity plan for it in the app. That plan works with this rule.',
      ],
    },
    {
      heading: 'Choose what you enjoy',
      paragraphs: [
        'Walking, cycling, swimming, gardening or dancing: every movement counts. Choose something you like. Then it is easier to keep it up.',
        'Start small and be proud of every step. This way your body and your brain learn that moving is safe.',
      ],
    },
  ],
  sources: [
    'KNGF guideline Low back pain and lumbosacral radicular syndrome (2021)',
    'NHG guideline on low back pain (M54)',
    'NICE guideline NG59: low back pain and sciatica',
  ],
};
