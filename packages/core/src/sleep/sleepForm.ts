import { DEFAULT_TIME_ZONE } from '../calendar/calendarDay.js';
import { CLOCK_TIME } from '../calendar/clockTime.js';
import { parseFormNumber } from '../checkIn/checkInForm.js';
import { hoursSleptBetween, type SleepNight } from './sleepDiary.js';

/** A night of the sleep diary as its form holds it: text as typed, `''` when empty. */
export type SleepForm = { day: string; bedtime: string; wakeTime: string; hoursSlept: string; quality: string };

/**
 * The hours slept between two clock times, as text for the hours field (with
 * the person's decimal mark), or `undefined` while either time is missing or
 * not a time. Forms fill the hours with it whenever a time changes; the
 * person may still change the hours afterwards.
 *
 * @example
 * hoursTextFromTimes('2026-11-28', '23:15', '07:00', ',') // '7,75'
 * hoursTextFromTimes('2026-11-28', '23:15', '', ',') // undefined
 */
export function hoursTextFromTimes(
  day: string,
  bedtime: string,
  wakeTime: string,
  decimalMark: ',' | '.' = '.',
  timeZone = DEFAULT_TIME_ZONE,
): string | undefined {
  if (!CLOCK_TIME.test(bedtime) || !CLOCK_TIME.test(wakeTime)) return undefined;
  try {
    return String(hoursSleptBetween(day, bedtime, wakeTime, timeZone)).replace('.', decimalMark);
  } catch {
    return undefined;
  }
}

/**
 * The form for a night: the saved night's values when there is one, an empty
 * form otherwise.
 *
 * @example
 * sleepFormFor('2026-11-28', { day: '2026-11-28', hoursSlept: 7.5, quality: 4 }, { decimalMark: ',' })
 * // { day: '2026-11-28', bedtime: '', wakeTime: '', hoursSlept: '7,5', quality: '4' }
 */
export function sleepFormFor(day: string, saved?: SleepNight, options: { decimalMark?: ',' | '.' } = {}): SleepForm {
  const mark = options.decimalMark ?? '.';
  return {
    day,
    bedtime: saved?.bedtime ?? '',
    wakeTime: saved?.wakeTime ?? '',
    hoursSlept: saved ? String(saved.hoursSlept).replace('.', mark) : '',
    quality: saved?.quality === undefined ? '' : String(saved.quality),
  };
}

/**
 * The input for `validateSleepNight` from the form: skipped fields left out,
 * numbers read with either decimal mark, anything else passed on as typed so
 * validation names it.
 *
 * @example
 * sleepNightInputFromForm({ day: '2026-11-28', bedtime: '23:00', wakeTime: '07:00', hoursSlept: '7,5', quality: '' })
 * // { day: '2026-11-28', bedtime: '23:00', wakeTime: '07:00', hoursSlept: 7.5 }
 */
export function sleepNightInputFromForm(form: SleepForm): Record<string, unknown> {
  const input: Record<string, unknown> = { day: form.day };
  if (form.bedtime.trim() !== '') input.bedtime = form.bedtime.trim();
  if (form.wakeTime.trim() !== '') input.wakeTime = form.wakeTime.trim();
  const hours = parseFormNumber(form.hoursSlept);
  if (hours !== undefined) input.hoursSlept = hours;
  const quality = parseFormNumber(form.quality);
  if (quality !== undefined) input.quality = quality;
  return input;
}
