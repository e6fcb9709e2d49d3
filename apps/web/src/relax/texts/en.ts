import type { RelaxTexts } from '../textTypes';

/** The steps of the relaxation guides in plain English (B1). One text per step, in order. */
export const RELAX_TEXTS: RelaxTexts = {
  guides: {
    'guided-breathing': [
      'Sit or lie down comfortably. Close your eyes if you like. You can also look softly at a point in front of you.',
      'Notice how you breathe right now. You do not have to change anything. Just notice: where do you feel your breath the most?',
      'Put a hand on your belly. Feel your belly rise a little when you breathe in. And feel it sink again when you breathe out.',
      'Breathe in calmly through your nose. Let the out-breath last a bit longer than the in-breath. For example, count to four in and to six out. Do you feel dizzy? Then just breathe on in your own way.',
      'With every out-breath, let your shoulders drop a little. Let your jaw and your hands go too.',
      'Go on like this, at your own pace. Is your mind somewhere else for a moment? That is normal. Just start again with the next breath.',
      'Let your breathing go by itself again. Move your fingers and your toes. Open your eyes when you are ready.',
    ],
    'body-scan': [
      'Lie down or sit in a comfortable place. Let your body become heavy. Breathe out calmly a few times.',
      'Bring your attention to your feet. What do you feel there? Warmth, cold, tingling, or nothing. Everything is fine.',
      'Move on to your lower legs and your knees. Feel them, without wanting to change anything.',
      'Now your thighs and your buttocks. Notice where they touch the chair, the bed or the floor.',
      'Bring your attention to your back. Do you feel pain or tension? That is okay. Your back is strong. Breathe out calmly and see if the muscles there can soften a little.',
      'Move on to your belly and your chest. Feel them move as you breathe.',
      'Now your shoulders, your arms and your hands. Let them go. Let them become heavy.',
      'Finally your neck and your face. Let your jaw go. Feel your whole body at once. Then come back calmly and open your eyes.',
    ],
    mindfulness: [
      'Sit down calmly, with your feet on the floor. Feel where your body touches the chair.',
      'Listen to the sounds around you. Close by and far away. You do not have to do anything with them. You just hear them.',
      'Notice what you feel in your body. Warmth, pressure, maybe pain. Look at it in a kind way, without judging.',
      'Bring your attention to your breath. Feel the air in your nose, or your belly moving calmly.',
      'Does your mind wander? That is normal. Say ‘thinking’ to yourself. Then calmly go back to your breath.',
      'Follow a few breaths, from beginning to end. Starting again and again is exactly the exercise.',
      'Stretch a little if you like. Take this calm with you into the rest of your day.',
    ],
  },
};
