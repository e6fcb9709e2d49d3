import { daysBetween } from '../calendar/calendarDay.js';

/** The safety check runs again at least this often (clinical.md §1.2). */
export const SAFETY_RECHECK_DAYS = 28;
/** PSK is repeated every 4 weeks, STarT Back every 12 weeks (clinical.md §7). */
export const PSK_REPEAT_DAYS = 28;
export const START_BACK_REPEAT_DAYS = 84;
/** A check-in this many points above the median of the previous 7 days counts as a flare-up. */
export const FLARE_UP_POINTS = 3;

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
 * A flare-up by the numbers (clinical.md §1.2, issue 3): today's pain at least
 * 3 points above the median pain of the previous 7 days' check-ins. Without
 * earlier check-ins there is nothing to compare with, so it is not a flare-up
 * by the numbers (the person can still report one with a tap).
 *
 * @example
 * isFlareUp(7, [3, 4, 4, 5]) // true (median 4)
 * isFlareUp(6, [3, 4, 4, 5]) // false
 */
export function isFlareUp(painToday: number, previousSevenDays: readonly number[]): boolean {
  const m = median(previousSevenDays);
  return m !== undefined && painToday - m >= FLARE_UP_POINTS;
}
