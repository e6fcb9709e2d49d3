import { fromEpochDay, isIsoDate, toEpochDay } from '../calendar/calendarDay.js';

/** How many active days make a week count, unless the person chooses another number (docs/clinical-rules.md §10). */
export const DEFAULT_ACTIVE_DAYS_PER_WEEK = 3;

/**
 * The Monday of the ISO week (Monday to Sunday) that holds `isoDate`.
 * Throws a `RangeError` for a date that does not exist.
 *
 * @example
 * weekStartOf('2026-11-29') // '2026-11-23' (a Sunday belongs to the week that began on Monday)
 * weekStartOf('2026-11-30') // '2026-11-30'
 */
export function weekStartOf(isoDate: string): string {
  return fromEpochDay(mondayOf(toEpochDay(isoDate)));
}

// 1970-01-01 was a Thursday: three days after a Monday.
function mondayOf(epochDay: number): number {
  return epochDay - ((((epochDay + 3) % 7) + 7) % 7);
}

/**
 * The gentle streak of tip 10 (docs/clinical-rules.md §10): the number of
 * weeks in a row with at least `minDays` distinct active days. The run ends
 * with the last complete week; the week that holds `today` is added when it
 * already counts and never breaks the run while it does not (yet). Days after
 * `today` are ignored. There is no count of days, and no week is ever called
 * missed or lost.
 *
 * Throws a `RangeError` when `minDays` is not a whole number 1–7, or when
 * `today` or an active day is not a date that exists.
 *
 * @example
 * // Three days in each of the last two complete weeks, nothing yet this week:
 * activeWeeks(['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-16', '2026-11-18', '2026-11-20'], '2026-11-24') // 2
 * activeWeeks([], '2026-11-24') // 0
 */
export function activeWeeks(
  activeDays: readonly string[],
  today: string,
  minDays: number = DEFAULT_ACTIVE_DAYS_PER_WEEK,
): number {
  if (!Number.isInteger(minDays) || minDays < 1 || minDays > 7)
    throw new RangeError(`minDays must be a whole number from 1 to 7, got ${String(minDays)}`);
  if (!isIsoDate(today)) throw new RangeError(`today must be a calendar date (YYYY-MM-DD), got ${String(today)}`);
  const todayNumber = toEpochDay(today);
  const daysPerWeek = new Map<number, Set<number>>();
  for (const day of activeDays) {
    if (!isIsoDate(day))
      throw new RangeError(`every active day must be a calendar date (YYYY-MM-DD), got ${String(day)}`);
    const dayNumber = toEpochDay(day);
    if (dayNumber > todayNumber) continue;
    const monday = mondayOf(dayNumber);
    const days = daysPerWeek.get(monday);
    if (days) days.add(dayNumber);
    else daysPerWeek.set(monday, new Set([dayNumber]));
  }
  const counts = (monday: number): boolean => (daysPerWeek.get(monday)?.size ?? 0) >= minDays;
  const thisWeek = mondayOf(todayNumber);
  let run = counts(thisWeek) ? 1 : 0;
  for (let monday = thisWeek - 7; counts(monday); monday -= 7) run += 1;
  return run;
}

/**
 * The distinct active days so far in the week that holds `today`, for "this
 * week so far" beside the weeks in a row.
 *
 * @example
 * activeDaysThisWeek(['2026-11-20', '2026-11-23', '2026-11-23', '2026-11-24', '2026-11-26'], '2026-11-25') // 2
 */
export function activeDaysThisWeek(activeDays: readonly string[], today: string): number {
  const monday = weekStartOf(today);
  return new Set(activeDays.filter((day) => day >= monday && day <= today)).size;
}
