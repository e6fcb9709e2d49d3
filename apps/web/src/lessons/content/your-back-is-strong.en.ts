import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'your-back-is-strong',
  order: 4,
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'Your back is made to move. Bending, twisting, lifting and carrying: that is what it is for.',
        'Your vertebrae, discs, joints, muscles and ligaments are sturdy. They adapt to what you do. When you use them, they get stronger.',
      ],
    },
    {
      heading: 'Hurt is not harm',
      paragraphs: [
        'With persistent back pain, pain usually does not mean that something is breaking. Your nervous system has become more sensitive. It works like an alarm that goes off too easily.',
        'The pain is real. But it says little about the state of your back. That is why you may move, also when it hurts a bit.',
      ],
    },
    {
      heading: 'What a scan shows',
      paragraphs: [
        'Many people without any back pain have changes on a scan. They are part of getting older, like grey hair or wrinkles.',
        'So such a picture says little about where your pain comes from. It does not mean that you have to spare your back.',
      ],
    },
    {
      heading: 'Sparing makes it more sensitive',
      paragraphs: [
        'It makes sense to avoid movements that hurt. But in the long run that works against you. You get stiffer and weaker, and the alarm goes off even sooner.',
        'Moving calmly and often works the other way round. Your body and your brain learn that moving is safe. The alarm then slowly becomes less sensitive.',
      ],
    },
    {
      heading: 'Just use your back',
      paragraphs: [
        'There is no single right way to bend or lift. Bending with a rounded back is fine too. Vary, stay relaxed and keep breathing calmly.',
        'Start with what you can manage and build up calmly. Your back can do more than you think.',
      ],
    },
    {
      heading: 'Practise what feels scary',
      paragraphs: [
        'Do some movements feel scary? Then practise them step by step, in "Practise movements" in the app.',
        'First you say how harmful each movement seems. You start with the movement that feels least scary. Before you practise, you note how much pain you expect and what you fear will happen. Afterwards you note how much pain you really had, and whether what you feared happened.',
        'Often it turns out better than expected. This way you find out yourself that your back can do more than you thought.',
      ],
    },
  ],
  whenToCallDoctor: true,
  sources: [
    'KNGF guideline Low back pain and lumbosacral radicular syndrome (2021)',
    'NHG guideline on low back pain (M54)',
    'Vlaeyen and Linton: the fear-avoidance model',
    'De Jong and others: graded exposure in vivo for back pain',
    'NICE guideline NG59: low back pain and sciatica',
  ],
};
