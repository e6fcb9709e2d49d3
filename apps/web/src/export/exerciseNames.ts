import type { MessageKey } from '../i18n/i18n';

/**
 * The exercise names once more, for the printed summary: features never import each other, and the exercise texts
 * are long. app/exerciseNames.test.ts checks they say what the exercise pages say.
 */
export const EXERCISE_NAME: Readonly<Record<string, MessageKey>> = {
  hip_hinge: 'export.exercise.name.hip_hinge',
  squat: 'export.exercise.name.squat',
  glute_bridge: 'export.exercise.name.glute_bridge',
  bird_dog: 'export.exercise.name.bird_dog',
  dead_bug: 'export.exercise.name.dead_bug',
  side_plank: 'export.exercise.name.side_plank',
  band_row: 'export.exercise.name.band_row',
  farmers_carry: 'export.exercise.name.farmers_carry',
  step_up: 'export.exercise.name.step_up',
  split_squat: 'export.exercise.name.split_squat',
  back_extension: 'export.exercise.name.back_extension',
  calf_raise: 'export.exercise.name.calf_raise',
  wall_push_up: 'export.exercise.name.wall_push_up',
  cat_cow: 'export.exercise.name.cat_cow',
  knee_rolls: 'export.exercise.name.knee_rolls',
  hip_flexor_stretch: 'export.exercise.name.hip_flexor_stretch',
  thoracic_rotation: 'export.exercise.name.thoracic_rotation',
  childs_pose: 'export.exercise.name.childs_pose',
  hamstring_stretch: 'export.exercise.name.hamstring_stretch',
  pelvic_tilt: 'export.exercise.name.pelvic_tilt',
  standing_side_bend: 'export.exercise.name.standing_side_bend',
};
