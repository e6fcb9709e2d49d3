import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'mobility',
  order: 9,
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'With back pain, you often start to move more stiffly. Your muscles tense up and you keep your back still. That is how your body tries to protect you.',
        'In the short term that makes sense. But when it lasts a long time, moving gets harder and harder. Mobility exercises help you move your back more freely again.',
      ],
    },
    {
      heading: 'Move within what feels comfortable',
      paragraphs: [
        'It is not about stretching as far as you can. Move calmly back and forth, within what feels good. Keep breathing calmly while you do it.',
        'A light stretch or some tension is fine. You do not have to force anything. Go just as far as feels comfortable today.',
        'Move at a calm pace. Quick or jerky movements are not needed.',
      ],
    },
    {
      heading: 'Why it helps',
      paragraphs: [
        'Your joints and muscles like movement. When you move them calmly, they feel more supple.',
        'Your nervous system learns from it too. It notices that these movements are safe. Your muscles then need to protect you less, and the alarm becomes less sensitive.',
      ],
    },
    {
      heading: 'Little and often',
      paragraphs: ['A few minutes a day helps more than one long session a week. For example like this:'],
      bullets: [
        'Do an exercise after sitting for a long time.',
        'Link it to a fixed moment, like after getting up or before a meal.',
        'Do an exercise when you feel stiff in the morning.',
        'Choose the exercises you like.',
      ],
    },
    {
      heading: 'Your range grows step by step',
      paragraphs: [
        'How far you can move slowly gets bigger. Sometimes you notice a difference soon. Sometimes it takes a few weeks. Both are normal.',
        'The exercise programme in the app helps with this. Does an exercise go well a few times? Then the app proposes doing it a bit longer or a bit more often. You decide.',
      ],
    },
    {
      heading: 'What you may feel',
      paragraphs: [
        'A stretch or some discomfort during the exercise is fine. A bit more stiffness the next day is normal too. Hurt is not harm.',
        'Do you get sharp pain that stays? Then stop and ask your physiotherapist or GP for advice.',
      ],
    },
  ],
  sources: [
    'KNGF guideline Low back pain and lumbosacral radicular syndrome (2021)',
    'NICE guideline NG59: low back pain and sciatica',
    'Owen and others (2020): exercise therapy for low back pain',
  ],
};
