import type { Weekday } from '../calendar/calendarDay.js';
import { type FearRating, HIGH_FEAR_RATING } from '../exposure/fearHierarchy.js';
import { type Equipment, EXERCISES, type Exercise } from './exerciseCatalogue.js';

/** The person's answers to the few starter questions. */
export type StarterAnswers = {
  /** What they have at home besides their own body ('none' is always there). */
  equipment: readonly Equipment[];
  /** Minutes a session may take. */
  minutes: 10 | 20 | 30;
  daysPerWeek: 2 | 3;
  /** Their fear ratings (0–100) of everyday movements, if they rated any. */
  fearRatings?: readonly FearRating[];
};

export type StarterItem = {
  exerciseId: string;
  /**
   * An exercise like a movement the person fears (rating 50 or more) comes
   * last and starts at its easiest: later and easier, never left out, so the
   * person meets it at a pace they choose (graded exposure, §4).
   */
  feared: boolean;
};

/** A proposal: the person accepts it as it is or edits it (add, remove, swap, other days). */
export type StarterProgramme = { days: Weekday[]; items: StarterItem[] };

/** Strength and mobility exercises per session, by the minutes it may take. */
const SIZE: Record<StarterAnswers['minutes'], { strength: number; mobility: number }> = {
  10: { strength: 3, mobility: 2 },
  20: { strength: 5, mobility: 3 },
  30: { strength: 7, mobility: 4 },
};

/** Days with rest between them. */
const DAYS: Record<StarterAnswers['daysPerWeek'], Weekday[]> = { 2: [1, 4], 3: [1, 3, 5] };

/**
 * A starter programme from the starter questions: the first exercises of the
 * library that need only what the person has, as many as fit the minutes,
 * on days with rest between them. Exercises like a feared movement stay in
 * and come last in the session, marked `feared` (the app starts them at their
 * easiest and says why). Every exercise starts at its light starting dose
 * (`startingPrescription`, §9.3).
 *
 * Throws a RangeError naming the field for an unknown equipment, minutes or
 * days per week.
 *
 * @example
 * proposeStarterProgramme({ equipment: [], minutes: 10, daysPerWeek: 2 })
 * // { days: [1, 4], items: cat_cow, knee_rolls, hip_hinge, glute_bridge, bird_dog (none feared) }
 */
export function proposeStarterProgramme(answers: StarterAnswers): StarterProgramme {
  const equipment = new Set<Equipment>(['none']);
  if (!Array.isArray(answers.equipment)) throw new RangeError('equipment must be a list');
  for (const item of answers.equipment) {
    if (item !== 'none' && item !== 'chair' && item !== 'band' && item !== 'weights') {
      throw new RangeError("equipment must hold only 'none', 'chair', 'band' or 'weights'");
    }
    equipment.add(item);
  }
  const size = SIZE[answers.minutes];
  if (!size) throw new RangeError('minutes must be 10, 20 or 30');
  const days = DAYS[answers.daysPerWeek];
  if (!days) throw new RangeError('daysPerWeek must be 2 or 3');

  const feared = new Set(
    (answers.fearRatings ?? []).filter((rating) => rating.rating >= HIGH_FEAR_RATING).map((rating) => rating.movement),
  );
  const isFeared = (exercise: Exercise) => exercise.resembles.some((movement) => feared.has(movement));
  const pick = (kind: Exercise['kind'], count: number): StarterItem[] => {
    // The library's order: a feared movement's exercise is chosen like any other (it is not left out).
    const usable = EXERCISES.filter((exercise) => exercise.kind === kind && equipment.has(exercise.equipment));
    return usable.slice(0, count).map((exercise) => ({ exerciseId: exercise.id, feared: isFeared(exercise) }));
  };
  const strength = pick('strength', size.strength);
  const mobility = pick('mobility', size.mobility);
  // Mobility first (a gentle start), strength after; the feared ones at the end of the session (a stable sort).
  const items = [...mobility, ...strength].sort((a, b) => Number(a.feared) - Number(b.feared));
  return { days: [...days], items };
}
