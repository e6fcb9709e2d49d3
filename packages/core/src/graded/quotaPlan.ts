import { add, compare, div, fromNumber, mul, type Ratio, roundToStep, sub, toNumber } from '../math/exactDecimal.js';

export type QuotaPlanInput = {
  /** 1–10 baseline measurements, each > 0, in the activity's unit (minutes, repetitions, metres…). */
  baseline: number[];
  /** Target amount, > 0. */
  goal: number;
  /** Planned sessions from the first quota to the goal, integer 2–200. */
  sessions: number;
  /** Share of the baseline mean to start at; default 0.7, allowed 0.5–1.0. */
  startFraction?: number;
  /** Rounding step, default 1; > 0 and not above the goal. */
  step?: number;
};

export type QuotaPlan = { levels: number[] };

/**
 * A graded-activity quota plan (docs/clinical-rules.md §3.1; Lindström 1992, KNGF
 * "stapsgewijs en tijdcontingent"): start below the baseline and rise in even
 * steps to the goal. Level k = start + (goal − start) × k / (sessions − 1),
 * where start = startFraction × mean(baseline), rounded half up to a multiple
 * of `step` on the exact decimal value (so 0.7 × 45 = 31.5 rounds to 32, where
 * floating point would say 31.499…), then clamped to [step, goal]; the last
 * level is exactly `goal`, so levels never decrease.
 *
 * Throws a RangeError naming the field for: an empty, too long or
 * non-positive baseline; a goal, step or fraction out of range or not finite;
 * sessions not an integer 2–200; step above goal; a start level (after
 * rounding) at or above the goal.
 *
 * @example
 * buildQuotaPlan({ baseline: [10, 12, 14], goal: 30, sessions: 10 })
 * // { levels: [8, 11, 13, 16, 18, 20, 23, 25, 28, 30] }
 */
export function buildQuotaPlan(input: QuotaPlanInput): QuotaPlan {
  const { baseline, goal, sessions } = input;
  const startFraction = input.startFraction ?? 0.7;
  const step = input.step ?? 1;
  const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

  if (!Array.isArray(baseline) || baseline.length < 1 || baseline.length > 10) {
    throw new RangeError('baseline must hold 1 to 10 measurements');
  }
  baseline.forEach((value, i) => {
    if (!finite(value) || value <= 0) throw new RangeError(`baseline.${i} must be a number above 0`);
  });
  if (!finite(goal) || goal <= 0) throw new RangeError('goal must be a number above 0');
  if (!finite(sessions) || !Number.isInteger(sessions) || sessions < 2 || sessions > 200) {
    throw new RangeError('sessions must be a whole number from 2 to 200');
  }
  if (!finite(startFraction) || startFraction < 0.5 || startFraction > 1) {
    throw new RangeError('startFraction must be from 0.5 to 1.0');
  }
  if (!finite(step) || step <= 0) throw new RangeError('step must be a number above 0');
  if (step > goal) throw new RangeError('step must not be above the goal');

  const exactGoal = fromNumber(goal);
  const exactStep = fromNumber(step);
  const sum = baseline.reduce<Ratio>((acc, value) => add(acc, fromNumber(value)), { num: 0n, den: 1n });
  const mean = div(sum, fromNumber(baseline.length));
  const start = mul(fromNumber(startFraction), mean);
  if (compare(roundToStep(start, exactStep), exactGoal) >= 0) {
    throw new RangeError('goal must be above the start level (startFraction × the baseline mean, rounded)');
  }

  const rise = sub(exactGoal, start);
  const last = fromNumber(sessions - 1);
  const levels: number[] = [];
  for (let k = 0; k < sessions; k++) {
    const exact = add(start, div(mul(rise, fromNumber(k)), last));
    let level = roundToStep(exact, exactStep);
    if (compare(level, exactStep) < 0) level = exactStep;
    if (compare(level, exactGoal) > 0) level = exactGoal;
    levels.push(toNumber(level));
  }
  levels[sessions - 1] = goal;
  return { levels };
}
