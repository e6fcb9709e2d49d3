import { addDays, isIsoDate } from '../calendar/calendarDay.js';

/** Stress at or above this counts as high (docs/clinical-rules.md §6.1). */
export const HIGH_STRESS = 7;
/** High on at least this many of the last 7 days means stress stays high. */
export const HIGH_STRESS_DAYS = 4;
export const HIGH_STRESS_WINDOW_DAYS = 7;

/**
 * True when at least 4 of the 7 calendar days ending `today` have a stress
 * entry of 7 or more (docs/clinical-rules.md §6.1). A day without an entry
 * is not high. A day twice, a stress that is not a whole number from 0 to 10,
 * or a date that does not exist throws a RangeError naming the field.
 *
 * @example
 * stressStaysHigh([{ day: '2026-11-25', stress: 8 }, { day: '2026-11-26', stress: 7 },
 *   { day: '2026-11-27', stress: 9 }, { day: '2026-11-28', stress: 7 }], '2026-11-28') // true
 * stressStaysHigh([{ day: '2026-11-28', stress: 9 }], '2026-11-28') // false
 */
export function stressStaysHigh(entries: readonly { day: string; stress: number }[], today: string): boolean {
  if (!isIsoDate(today)) throw new RangeError('today must be a date that exists (YYYY-MM-DD)');
  const first = addDays(today, -(HIGH_STRESS_WINDOW_DAYS - 1));
  const seen = new Set<string>();
  let highDays = 0;
  entries.forEach((entry, i) => {
    if (!isIsoDate(entry.day)) throw new RangeError(`entries.${i}.day must be a date that exists (YYYY-MM-DD)`);
    if (seen.has(entry.day)) throw new RangeError(`entries.${i}.day ${entry.day} appears twice`);
    seen.add(entry.day);
    if (!Number.isInteger(entry.stress) || entry.stress < 0 || entry.stress > 10)
      throw new RangeError(`entries.${i}.stress must be a whole number from 0 to 10`);
    if (entry.day >= first && entry.day <= today && entry.stress >= HIGH_STRESS) highDays += 1;
  });
  return highDays >= HIGH_STRESS_DAYS;
}
