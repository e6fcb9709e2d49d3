import type { MovementId } from '../exposure/movements.js';
import type { MobilityDose } from './mobilityDose.js';
import type { StrengthPrescription } from './strengthDose.js';

/** What an exercise needs at home. */
export type Equipment = 'none' | 'chair' | 'band' | 'weights';

/**
 * A strength exercise: its variants from easiest to hardest (ids for the
 * app's texts and drawings; `nextStrengthDose` walks them when the exercise
 * grows by variant), and the light dose it starts at (docs/clinical-rules.md
 * §9.3: start light).
 */
export type StrengthExercise = {
  id: string;
  kind: 'strength';
  equipment: Equipment;
  variants: readonly string[];
  usesLoad: boolean;
  start: Omit<StrengthPrescription, 'variant' | 'variants' | 'usesLoad'>;
  /** Everyday movements (the fear hierarchy) this exercise resembles. */
  resembles: readonly MovementId[];
};

/** A mobility exercise: held for seconds or repeated, per side when `perSide`. */
export type MobilityExercise = {
  id: string;
  kind: 'mobility';
  equipment: Equipment;
  unit: 'seconds' | 'reps';
  perSide: boolean;
  start: MobilityDose;
  resembles: readonly MovementId[];
};

export type Exercise = StrengthExercise | MobilityExercise;

const reps = (sets: number, repMin: number, repMax: number) => ({
  sets,
  repMin,
  repMax,
  targetReps: repMin,
  load: 0,
  loadStep: 1,
});

/**
 * The exercise library (docs/clinical-rules.md §9): 13 strength and 8 mobility
 * exercises. Only ever add ids, never rename or remove one: records keep them.
 * Doses start light: the bottom of the range, two sets.
 */
export const EXERCISES: readonly Exercise[] = [
  {
    id: 'hip_hinge',
    kind: 'strength',
    equipment: 'none',
    variants: ['hands_on_thighs', 'arms_crossed', 'single_leg_reach'],
    usesLoad: false,
    start: reps(2, 8, 12),
    resembles: ['bend_pick_up', 'lean_over_sink'],
  },
  {
    id: 'squat',
    kind: 'strength',
    equipment: 'chair',
    variants: ['sit_to_stand', 'tap_the_chair', 'free_squat'],
    usesLoad: false,
    start: reps(2, 8, 12),
    resembles: ['floor_up_down', 'lift_crate'],
  },
  {
    id: 'glute_bridge',
    kind: 'strength',
    equipment: 'none',
    variants: ['two_legs', 'marching', 'single_leg'],
    usesLoad: false,
    start: reps(2, 8, 15),
    resembles: [],
  },
  {
    id: 'bird_dog',
    kind: 'strength',
    equipment: 'none',
    variants: ['arm_or_leg', 'arm_and_leg', 'with_hold'],
    usesLoad: false,
    start: reps(2, 6, 10),
    resembles: ['reach_up'],
  },
  {
    id: 'dead_bug',
    kind: 'strength',
    equipment: 'none',
    variants: ['heel_taps', 'legs_only', 'arms_and_legs'],
    usesLoad: false,
    start: reps(2, 6, 10),
    resembles: [],
  },
  {
    id: 'side_plank',
    kind: 'strength',
    equipment: 'none',
    variants: ['from_knees', 'from_feet', 'with_leg_lift'],
    usesLoad: false,
    start: reps(2, 5, 10),
    resembles: ['carry_shopping'],
  },
  {
    id: 'band_row',
    kind: 'strength',
    equipment: 'band',
    variants: ['light_band', 'medium_band', 'strong_band'],
    usesLoad: false,
    start: reps(2, 10, 15),
    resembles: ['vacuum'],
  },
  {
    id: 'farmers_carry',
    kind: 'strength',
    equipment: 'weights',
    variants: ['two_hands'],
    usesLoad: true,
    // Steps walked per set: 10 to 30.
    start: { ...reps(2, 10, 30), load: 2, loadStep: 1 },
    resembles: ['carry_shopping', 'lift_crate'],
  },
  {
    id: 'step_up',
    kind: 'strength',
    equipment: 'none',
    variants: ['low_step_with_support', 'low_step', 'stair_step'],
    usesLoad: false,
    start: reps(2, 6, 12),
    resembles: [],
  },
  {
    id: 'split_squat',
    kind: 'strength',
    equipment: 'chair',
    variants: ['holding_a_chair', 'free', 'back_foot_raised'],
    usesLoad: false,
    start: reps(2, 6, 10),
    resembles: ['tie_shoes', 'floor_up_down'],
  },
  {
    id: 'back_extension',
    kind: 'strength',
    equipment: 'none',
    variants: ['arms_by_side', 'hands_at_temples', 'arms_forward'],
    usesLoad: false,
    start: reps(2, 6, 12),
    resembles: ['reach_up'],
  },
  {
    id: 'calf_raise',
    kind: 'strength',
    equipment: 'none',
    variants: ['two_legs', 'one_leg'],
    usesLoad: false,
    start: reps(2, 10, 20),
    resembles: ['stand_long'],
  },
  {
    id: 'wall_push_up',
    kind: 'strength',
    equipment: 'none',
    variants: ['against_a_wall', 'against_a_counter', 'on_the_knees'],
    usesLoad: false,
    start: reps(2, 8, 15),
    resembles: [],
  },
  {
    id: 'cat_cow',
    kind: 'mobility',
    equipment: 'none',
    unit: 'reps',
    perSide: false,
    start: { amount: 6, min: 5, max: 15, step: 2 },
    resembles: ['bend_pick_up'],
  },
  {
    id: 'knee_rolls',
    kind: 'mobility',
    equipment: 'none',
    unit: 'reps',
    perSide: false,
    start: { amount: 6, min: 5, max: 15, step: 2 },
    resembles: ['twist_look_back'],
  },
  {
    id: 'hip_flexor_stretch',
    kind: 'mobility',
    equipment: 'none',
    unit: 'seconds',
    perSide: true,
    start: { amount: 20, min: 15, max: 60, step: 5 },
    resembles: [],
  },
  {
    id: 'thoracic_rotation',
    kind: 'mobility',
    equipment: 'none',
    unit: 'reps',
    perSide: true,
    start: { amount: 5, min: 4, max: 12, step: 2 },
    resembles: ['twist_look_back'],
  },
  {
    id: 'childs_pose',
    kind: 'mobility',
    equipment: 'none',
    unit: 'seconds',
    perSide: false,
    start: { amount: 20, min: 15, max: 60, step: 5 },
    resembles: ['bend_pick_up'],
  },
  {
    id: 'hamstring_stretch',
    kind: 'mobility',
    // A strap: a band, a towel or a belt, so nobody needs to buy anything.
    equipment: 'none',
    unit: 'seconds',
    perSide: true,
    start: { amount: 20, min: 15, max: 60, step: 5 },
    resembles: ['tie_shoes'],
  },
  {
    id: 'pelvic_tilt',
    kind: 'mobility',
    equipment: 'none',
    unit: 'reps',
    perSide: false,
    start: { amount: 8, min: 6, max: 20, step: 2 },
    resembles: [],
  },
  {
    id: 'standing_side_bend',
    kind: 'mobility',
    equipment: 'none',
    unit: 'reps',
    perSide: true,
    start: { amount: 5, min: 4, max: 12, step: 2 },
    resembles: ['reach_up'],
  },
];

/**
 * The exercise with this id, or `undefined`.
 *
 * @example
 * exerciseById('squat')?.kind // 'strength'
 * exerciseById('juggling') // undefined
 */
export function exerciseById(id: string): Exercise | undefined {
  return EXERCISES.find((exercise) => exercise.id === id);
}

/**
 * The prescription a strength exercise starts at, at its easiest variant.
 *
 * @example
 * startingPrescription(exerciseById('squat') as StrengthExercise)
 * // { sets: 2, repMin: 8, repMax: 12, targetReps: 8, load: 0, loadStep: 1, usesLoad: false, variant: 0, variants: 3 }
 */
export function startingPrescription(exercise: StrengthExercise): StrengthPrescription {
  return { ...exercise.start, usesLoad: exercise.usesLoad, variant: 0, variants: exercise.variants.length };
}
