import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'hurt-is-not-harm',
  order: 2,
  title: 'Hurt is not harm',
  summary:
    'With lasting pain, your nervous system has become more sensitive. The pain is real, but says little about damage.',
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'Pain feels like a sign that something is wrong. With a fresh wound, that is true. But with pain that stays for months, it works differently.',
        'Then the pain is mostly a sign that your nervous system has become more sensitive. Not that your back is being damaged.',
      ],
    },
    {
      heading: 'Pain comes from your brain',
      paragraphs: [
        'Your brain decides whether you feel pain. It looks at signals from your body, but also at what you think, feel and have been through before.',
        'Does your brain think there is danger? Then it makes pain. That is meant to protect you.',
      ],
    },
    {
      heading: 'An alarm that goes off too easily',
      paragraphs: [
        'With lasting pain, the alarm is set too sensitively. It is like a smoke alarm that goes off when you make toast.',
        'Small things, like bending or sitting for a long time, can then cause a lot of pain. Even when nothing is breaking.',
      ],
      bullets: [
        'Tiredness, stress and poor sleep make the alarm more sensitive.',
        'Worry and fear about your back do that too.',
        'Moving calmly and often makes the alarm less sensitive again.',
      ],
    },
    {
      heading: 'What this means for you',
      paragraphs: [
        'You may move, even if it hurts a little. More pain after moving does not mean you have damaged something.',
        'Does the pain settle to how it was within 48 hours? Then you are doing fine. If it takes longer, take it a bit easier next time.',
      ],
    },
    {
      heading: 'It can become less',
      paragraphs: [
        'A sensitive nervous system can calm down again. That does not happen in a few days, but over weeks and months.',
        'Everything that makes you feel safe helps: explanation, building up calmly, good sleep and doing things you enjoy.',
      ],
    },
  ],
  sources: [
    'KNGF guideline Low back pain and lumbosacral radicular syndrome (2021)',
    'Moseley and Butler: Explain Pain',
    'NICE guideline NG59: low back pain and sciatica',
  ],
};
