import { add, compare, fromNumber, sub, toNumber } from '../math/exactDecimal.js';

/** How a strength exercise is prescribed now (docs/clinical-rules.md §9.1). */
export type StrengthPrescription = {
  /** Sets per session, a whole number 1..5. */
  sets: number;
  /** Bottom of the repetition range, a whole number 1..29. */
  repMin: number;
  /** Top of the repetition range, a whole number repMin+1..30. */
  repMax: number;
  /** Repetitions asked per set now, repMin..repMax. */
  targetReps: number;
  /** true: progress by load; false: by a harder variant (body weight). */
  usesLoad: boolean;
  /** Kilograms of added weight, 0 or more (0: body weight only). */
  load: number;
  /** Kilograms added or taken off in one step, more than 0 (e.g. 1, 2, 2.5). */
  loadStep: number;
  /** Which variant, 0 (easiest) .. variants − 1. */
  variant: number;
  /** How many variants the exercise has, 1 or more. */
  variants: number;
};

/** The last session at this prescription: reps done per set, and whether the back settled (§3.3). */
export type StrengthSession = { repsDone: number[]; settled: 'yes' | 'no' | null };

export type StrengthDecision = 'start' | 'add_reps' | 'add_load' | 'harder_variant' | 'top' | 'hold' | 'step_back';

export type StrengthDose = { targetReps: number; load: number; variant: number; decision: StrengthDecision };

function wholeNumber(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${field} must be a whole number from ${min} to ${max}`);
  }
  return value;
}

function checkPrescription(p: StrengthPrescription): void {
  if (p === null || typeof p !== 'object') throw new RangeError('prescription must be an object');
  wholeNumber(p.sets, 'sets', 1, 5);
  wholeNumber(p.repMin, 'repMin', 1, 29);
  wholeNumber(p.repMax, 'repMax', p.repMin + 1, 30);
  wholeNumber(p.targetReps, 'targetReps', p.repMin, p.repMax);
  if (typeof p.usesLoad !== 'boolean') throw new RangeError('usesLoad must be true or false');
  if (typeof p.load !== 'number' || !Number.isFinite(p.load) || p.load < 0) {
    throw new RangeError('load must be a number of kilograms, 0 or more');
  }
  if (typeof p.loadStep !== 'number' || !Number.isFinite(p.loadStep) || p.loadStep <= 0) {
    throw new RangeError('loadStep must be a number of kilograms above 0');
  }
  wholeNumber(p.variants, 'variants', 1, Number.MAX_SAFE_INTEGER);
  wholeNumber(p.variant, 'variant', 0, p.variants - 1);
}

function checkSession(session: StrengthSession): void {
  if (session === null || typeof session !== 'object') throw new RangeError('last must be a session or left out');
  if (!Array.isArray(session.repsDone)) throw new RangeError('repsDone must be a list of repetitions per set');
  session.repsDone.forEach((reps, i) => {
    wholeNumber(reps, `repsDone.${i}`, 0, 100);
  });
  if (session.settled !== 'yes' && session.settled !== 'no' && session.settled !== null) {
    throw new RangeError("settled must be 'yes', 'no' or null");
  }
}

/** `a + b` or `a − b` on the decimals as typed (7.5 + 0.1 = 7.6), never below 0. */
function exactStep(load: number, step: number, direction: 1 | -1): number {
  const a = fromNumber(load);
  const b = fromNumber(step);
  const result = direction === 1 ? add(a, b) : sub(a, b);
  return compare(result, fromNumber(0)) < 0 ? 0 : toNumber(result);
}

/**
 * The next dose of a strength exercise by double progression under the
 * 48-hour rule (docs/clinical-rules.md §9.1): first one more repetition per
 * set up to the top of the range, then more load (or a harder variant) from
 * the bottom of the range again. A session that did not settle steps back; an
 * unanswered follow-up or a missed target holds.
 *
 * Throws a RangeError naming the field for a value out of its range.
 *
 * @example
 * const squat = { sets: 3, repMin: 8, repMax: 12, targetReps: 12, usesLoad: true, load: 7.5, loadStep: 2.5, variant: 0, variants: 1 };
 * nextStrengthDose(squat) // { targetReps: 12, load: 7.5, variant: 0, decision: 'start' }
 * nextStrengthDose(squat, { repsDone: [12, 12, 12], settled: 'yes' }) // { targetReps: 8, load: 10, variant: 0, decision: 'add_load' }
 * nextStrengthDose({ ...squat, targetReps: 10 }, { repsDone: [10, 9, 8], settled: 'no' }) // { targetReps: 8, load: 7.5, variant: 0, decision: 'step_back' }
 */
export function nextStrengthDose(prescription: StrengthPrescription, last?: StrengthSession): StrengthDose {
  checkPrescription(prescription);
  const { sets, repMin, repMax, targetReps, usesLoad, load, loadStep, variant, variants } = prescription;
  const dose = (decision: StrengthDecision, changes: Partial<Omit<StrengthDose, 'decision'>> = {}): StrengthDose => ({
    targetReps,
    load,
    variant,
    ...changes,
    decision,
  });
  if (last === undefined) return dose('start');
  checkSession(last);

  if (last.settled === null) return dose('hold');
  if (last.settled === 'no') {
    if (targetReps > repMin) return dose('step_back', { targetReps: Math.max(repMin, targetReps - 2) });
    if (usesLoad) {
      const lower = exactStep(load, loadStep, -1);
      return lower === load ? dose('hold') : dose('step_back', { load: lower });
    }
    return variant > 0 ? dose('step_back', { variant: variant - 1 }) : dose('hold');
  }

  const metTarget = last.repsDone.length >= sets && last.repsDone.slice(0, sets).every((reps) => reps >= targetReps);
  if (!metTarget) return dose('hold');
  if (targetReps < repMax) return dose('add_reps', { targetReps: targetReps + 1 });
  if (usesLoad) return dose('add_load', { load: exactStep(load, loadStep, 1), targetReps: repMin });
  if (variant < variants - 1) return dose('harder_variant', { variant: variant + 1, targetReps: repMin });
  return dose('top');
}
