import { daysBetween } from '../calendar/calendarDay.js';

/** The safety check runs again at least this often (docs/clinical-rules.md §1.2). */
export const SAFETY_RECHECK_DAYS = 28;
/** PSK is repeated every 4 weeks, STarT Back every 12 weeks (docs/clinical-rules.md §7). */
export const PSK_REPEAT_DAYS = 28;
export const START_BACK_REPEAT_DAYS = 84;
/** A check-in this many points above the person's usual pain counts as a flare-up. */
export const FLARE_UP_POINTS = 3;
/** Without any earlier check-in to compare with, a pain of this much or more counts as a flare-up. */
export const FLARE_UP_SEVERE_PAIN = 7;
/** How far back `flareUpAfterCheckIn` looks for the usual pain when the last 7 days have no check-in. */
export const FLARE_UP_LOOKBACK_DAYS = 28;

/**
 * True when something done on `lastDone` (or never) is due again on `today`
 * after `everyDays` days.
 *
 * @example
 * isDue('2026-10-28', '2026-11-25', 28) // true (28 days)
 * isDue('2026-10-29', '2026-11-25', 28) // false (27 days)
 * isDue(undefined, '2026-11-25', 28) // true (never done)
 */
export function isDue(lastDone: string | undefined, today: string, everyDays: number): boolean {
  return lastDone === undefined || daysBetween(lastDone, today) >= everyDays;
}

/**
 * The median of a list of numbers; `undefined` for an empty list.
 *
 * @example
 * median([3, 1, 2]) // 2
 * median([1, 2, 3, 4]) // 2.5
 */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * A flare-up by the numbers (docs/clinical-rules.md, "When the safety check
 * runs"): today's pain at least 3 points above the median of the usual pain.
 * Without any earlier pain to compare with, nothing tells what is usual: then
 * a pain of 7 or more counts (the safer side; the emergency questions are
 * offered rather than skipped).
 *
 * @example
 * isFlareUp(7, [3, 4, 4, 5]) // true (median 4)
 * isFlareUp(6, [3, 4, 4, 5]) // false
 * isFlareUp(9, []) // true (nothing to compare with, and 9 is severe)
 */
export function isFlareUp(painToday: number, usualPains: readonly number[]): boolean {
  const m = median(usualPains);
  if (m === undefined) return painToday >= FLARE_UP_SEVERE_PAIN;
  return painToday - m >= FLARE_UP_POINTS;
}
