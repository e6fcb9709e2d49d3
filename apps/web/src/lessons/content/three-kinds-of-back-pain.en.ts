import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'three-kinds-of-back-pain',
  order: 1,
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'Back pain is very common. Almost everybody has it at some point. Doctors and physiotherapists tell three kinds of low back pain apart.',
        'Which kind fits you decides what you can best do. In this lesson you read about all three.',
      ],
    },
    {
      heading: '1. Back pain with a medical cause',
      paragraphs: [
        'Sometimes back pain has a clear medical cause. For example a slipped disc that presses on a nerve, a broken bone, an inflammation such as in rheumatism, an infection or a growth.',
        'This is not common. But when it is the case, a doctor needs to look at your back.',
        'That is why Veerkracht asks you about signs a doctor should look at. For example a numb feeling between your legs, problems passing urine, or a leg that quickly gets weaker.',
        'After the doctor’s treatment, a physiotherapist can help you get stronger again.',
      ],
    },
    {
      heading: '2. Back pain that started recently',
      paragraphs: [
        'Most back pain starts suddenly, often without a clear reason. It can hurt a lot. Still, usually nothing is broken in your back.',
        'What can you expect? For many people the pain gets less in the first weeks. After 3 months, about half of people have recovered. Back pain often comes back. That is annoying, but it does not mean that something is wrong with your back.',
        'What helps? Keep moving and do your normal things as much as you can. Staying in bed for a long time actually slows recovery down.',
      ],
    },
    {
      heading: '3. Persistent back pain',
      paragraphs: [
        'Has your back pain lasted longer than about 3 months? Then it is called persistent back pain. Most people with persistent back pain have no damage in their back.',
        'So why does the pain stay? Your nervous system has become more sensitive. You can compare it to an alarm that goes off too easily. It already sends a pain signal when there is no danger.',
        'Other things play a part too: how you sleep, stress, worries, low mood and how you move. The pain is real. But here, pain does not mean that your back is breaking. Hurt is not harm.',
        'What helps? Moving more step by step, getting stronger, sleeping well and learning to deal with stress. It takes time, and there are ups and downs. Every small step counts. Veerkracht is made for this group.',
      ],
    },
    {
      heading: 'Which kind fits you?',
      paragraphs: [
        'The safety check in Veerkracht looks at your answers and at how long your back pain has lasted. Then you read which kind of back pain fits your answers.',
        'That is information, not a diagnosis. Not sure? Ask your GP or physiotherapist.',
      ],
    },
  ],
  whenToCallDoctor: true,
  sources: [
    'KNGF guideline Low back pain and lumbosacral radicular syndrome (2021)',
    'Dutch GP guideline (NHG) on low back pain (M54)',
    'NICE guideline NG59: low back pain and sciatica',
    'NICE guideline NG65: spondyloarthritis',
  ],
};
