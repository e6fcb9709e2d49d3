import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'hurt-is-not-harm',
  order: 2,
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'Pain feels like a sign that something is broken. With a fresh cut or a twisted ankle, that is often true. But with back pain that stays for months, pain works differently.',
        'Then pain mostly says something about your nervous system. It has become more sensitive. The pain then says little about the state of your back.',
      ],
    },
    {
      heading: 'Pain wants to protect you',
      paragraphs: [
        'Your brain decides whether you feel pain. It gets signals from your body. But it also pays attention to what you think, what you feel and what you have been through before.',
        'Does your brain think there is danger? Then it makes pain. That way it makes sure you are careful. With a fresh wound that is useful: the wound then gets rest to heal.',
        'So pain is a warning, not a measure of damage. Sometimes it warns for a good reason. Sometimes it warns too often.',
      ],
    },
    {
      heading: 'An alarm that goes off too easily',
      paragraphs: [
        'When pain lasts a long time, the alarm is set too sensitively. Think of a smoke alarm that already beeps when you make toast. There is no fire, but the noise is real.',
        'These things can make the alarm even more sensitive:',
      ],
      bullets: [
        'Sleeping badly and being tired.',
        'Stress, worry and low mood.',
        'Fear of moving, or the thought that your back is weak.',
        'Sitting still for a long time and doing little.',
      ],
    },
    {
      heading: 'More pain without more damage',
      paragraphs: [
        'A sensitive nervous system gets better and better at making pain. Just as you get better at something you practise often. Because of that, the pain can grow, or be felt in more places. Sometimes even a light touch hurts.',
        'That is unpleasant, and it can make you worried. But it does not mean that your back is breaking down further. The alarm has become louder. The danger has not become bigger.',
      ],
    },
    {
      heading: 'What this means for you',
      paragraphs: [
        'You may move, also when it hurts a bit. Some more pain during or after moving is not a sign that you are damaging something. Hurt is not harm.',
        'A useful rule of thumb: does the extra pain settle back to how it was within 48 hours? Then you are doing well. Does it take longer? Then do a little less next time.',
      ],
    },
    {
      heading: 'The alarm can calm down again',
      paragraphs: [
        'The good news: a sensitive nervous system can calm down again. That does not happen in a few days. It happens over weeks and months, with ups and downs.',
        'Everything that gives your body and your brain a feeling of safety helps. For example explanation like this, building up calmly, sleeping well, relaxing and doing things you enjoy.',
      ],
    },
  ],
  sources: [
    'KNGF guideline Low back pain and lumbosacral radicular syndrome (2021)',
    'Moseley and Butler: Explain Pain',
    'NICE guideline NG59: low back pain and sciatica',
  ],
};
