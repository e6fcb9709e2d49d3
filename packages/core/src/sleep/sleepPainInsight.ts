import { addDays, isIsoDate } from '../calendar/calendarDay.js';
import { PERSONAL_SLEEP_TARGET_RANGE } from './sleepTarget.js';

/** One night in the diary: `day` is the calendar date the person woke up. */
export type SleepNightHours = { day: string; hoursSlept: number };
/** One day's pain check-in (NPRS 0–10, a whole number). */
export type DayPain = { day: string; pain: number };

export type SleepPainInsight =
  | { status: 'too_little_data'; pairs: number; shortNights: number; enoughNights: number }
  | {
      status: 'ok';
      pairs: number;
      shortNights: number;
      enoughNights: number;
      meanPainAfterShort: number;
      meanPainAfterEnough: number;
      difference: number;
    };

/** The window the insight reads: today and the 27 days before (docs/clinical-rules.md §5.1). */
export const SLEEP_PAIN_WINDOW_DAYS = 28;
/** Fewer pairs than this, or fewer short or enough nights than the next, is too little to compare. */
export const SLEEP_PAIN_MIN_PAIRS = 14;
export const SLEEP_PAIN_MIN_NIGHTS_EACH = 4;
/** A difference smaller than this (in absolute value) is shown as "no clear difference". */
export const SLEEP_PAIN_CLEAR_DIFFERENCE = 1;

function checkDays<T extends { day: string }>(entries: readonly T[], field: string): void {
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    if (!isIsoDate(entry.day)) throw new RangeError(`${field}.${i}.day must be a date that exists (YYYY-MM-DD)`);
    if (seen.has(entry.day)) throw new RangeError(`${field}.${i}.day ${entry.day} appears twice`);
    seen.add(entry.day);
  });
}

/** `num / den` rounded to one decimal, half away from zero, in whole numbers (no floating-point error). */
function roundTenths(num: number, den: number): number {
  const scaled = Math.abs(num) * 10;
  // floor(scaled/den + 1/2): exact for the small whole numbers a 28-day window gives.
  const tenths = Math.floor((2 * scaled + den) / (2 * den));
  // Never −0: a difference that rounds to nothing is plain 0.
  return (num < 0 && tenths > 0 ? -tenths : tenths) / 10;
}

/**
 * Sleep and pain read together (docs/clinical-rules.md §5.1): the mean pain
 * on days after a short night against days after a night of enough sleep,
 * over the 28 days ending `today`. A night is paired with the pain check-in
 * of the day the person woke up. Honest about its limits: fewer than 14
 * pairs, or fewer than 4 nights of either kind, gives `too_little_data`.
 * Means are rounded to one decimal half up; the difference is taken of the
 * exact means, then rounded half away from zero. Bad input throws a
 * RangeError naming the field.
 *
 * @example
 * // 7 short nights (6 h) each followed by pain 6, 7 nights of 8 h followed by pain 4:
 * sleepPainInsight({ nights, pains, minHours: 7, today: '2026-11-28' })
 * // { status: 'ok', pairs: 14, shortNights: 7, enoughNights: 7,
 * //   meanPainAfterShort: 6, meanPainAfterEnough: 4, difference: 2 }
 */
export function sleepPainInsight(input: {
  nights: readonly SleepNightHours[];
  pains: readonly DayPain[];
  minHours: number;
  today: string;
}): SleepPainInsight {
  const { nights, pains, minHours, today } = input;
  if (!isIsoDate(today)) throw new RangeError('today must be a date that exists (YYYY-MM-DD)');
  if (
    typeof minHours !== 'number' ||
    !(minHours >= PERSONAL_SLEEP_TARGET_RANGE.minHours && minHours <= PERSONAL_SLEEP_TARGET_RANGE.maxHours)
  ) {
    throw new RangeError(
      `minHours must be between ${PERSONAL_SLEEP_TARGET_RANGE.minHours} and ${PERSONAL_SLEEP_TARGET_RANGE.maxHours}`,
    );
  }
  checkDays(nights, 'nights');
  checkDays(pains, 'pains');
  nights.forEach((night, i) => {
    if (typeof night.hoursSlept !== 'number' || !(night.hoursSlept >= 0 && night.hoursSlept <= 24))
      throw new RangeError(`nights.${i}.hoursSlept must be between 0 and 24`);
  });
  pains.forEach((entry, i) => {
    if (!Number.isInteger(entry.pain) || entry.pain < 0 || entry.pain > 10)
      throw new RangeError(`pains.${i}.pain must be a whole number from 0 to 10`);
  });

  const first = addDays(today, -(SLEEP_PAIN_WINDOW_DAYS - 1));
  const painOn = new Map(pains.map((entry) => [entry.day, entry.pain]));
  let shortNights = 0;
  let enoughNights = 0;
  let painAfterShort = 0;
  let painAfterEnough = 0;
  for (const night of nights) {
    // ISO dates of four-digit years sort as text in calendar order.
    if (night.day < first || night.day > today) continue;
    const pain = painOn.get(night.day);
    if (pain === undefined) continue;
    if (night.hoursSlept < minHours) {
      shortNights += 1;
      painAfterShort += pain;
    } else {
      enoughNights += 1;
      painAfterEnough += pain;
    }
  }
  const pairs = shortNights + enoughNights;
  if (
    pairs < SLEEP_PAIN_MIN_PAIRS ||
    shortNights < SLEEP_PAIN_MIN_NIGHTS_EACH ||
    enoughNights < SLEEP_PAIN_MIN_NIGHTS_EACH
  )
    return { status: 'too_little_data', pairs, shortNights, enoughNights };
  return {
    status: 'ok',
    pairs,
    shortNights,
    enoughNights,
    meanPainAfterShort: roundTenths(painAfterShort, shortNights),
    meanPainAfterEnough: roundTenths(painAfterEnough, enoughNights),
    // short/ns − enough/ne = (short·ne − enough·ns) / (ns·ne), exact in whole numbers.
    difference: roundTenths(painAfterShort * enoughNights - painAfterEnough * shortNights, shortNights * enoughNights),
  };
}
