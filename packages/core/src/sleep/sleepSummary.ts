import { lastDays } from '../calendar/calendarDay.js';
import type { SleepTargetSetting } from './sleepDiary.js';

/** The nights of a period as the sleep chart and its words show them. */
export type SleepSummary = {
  /** Every day of the period, oldest first. */
  days: string[];
  /** Hours slept in the night up to each day, `null` when not filled in. */
  hours: (number | null)[];
  filled: number;
  /** Mean hours of the filled nights, rounded to one decimal; `null` with none. */
  meanHours: number | null;
  /** Filled nights inside the target, both ends included. */
  withinTarget: number;
};

/**
 * The last `days` nights up to `today` against the person's target.
 *
 * @example
 * sleepSummary(new Map([['2026-11-28', { hoursSlept: 6 }], ['2026-11-27', { hoursSlept: 8 }]]),
 *   { minHours: 7, maxHours: 9 }, '2026-11-28', 28)
 * // { days: [… 28 days …], hours: [null, …, 8, 6], filled: 2, meanHours: 7, withinTarget: 1 }
 */
export function sleepSummary(
  nights: ReadonlyMap<string, { hoursSlept: number }>,
  target: SleepTargetSetting,
  today: string,
  days: number,
): SleepSummary {
  const period = lastDays(today, days);
  const hours = period.map((day) => nights.get(day)?.hoursSlept ?? null);
  const filled = hours.filter((value): value is number => value !== null);
  const total = filled.reduce((sum, value) => sum + value, 0);
  return {
    days: period,
    hours,
    filled: filled.length,
    // Hours are quarter hours, so the sum is exact; one rounding at the end.
    meanHours: filled.length === 0 ? null : Math.round((total / filled.length) * 10) / 10,
    withinTarget: filled.filter((value) => value >= target.minHours && value <= target.maxHours).length,
  };
}
