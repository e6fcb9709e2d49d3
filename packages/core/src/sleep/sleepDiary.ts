import { addDays, DEFAULT_TIME_ZONE, isIsoDate } from '../calendar/calendarDay.js';
import { wallClockInstant } from '../calendar/zonedTime.js';
import { CHECK_IN_LIMITS, type CheckIn } from '../checkIn/checkIn.js';
import type { Stored } from '../safety/safetyJourney.js';
import { type FieldIssue, isPlainObject, readNumber, type Validated } from '../validation/fieldIssue.js';
import { CLOCK_TIME, readClockTime, unknownFields } from '../validation/recordFields.js';
import { PERSONAL_SLEEP_TARGET_RANGE, sleepTarget } from './sleepTarget.js';

/**
 * One night in the sleep diary (`sleep_night` record), kept by the day the
 * person woke up: the same day the morning check-in is about, so a night
 * pairs with that day's pain (docs/clinical-rules.md §5.1). Bedtime and wake
 * time are clock times (HH:MM) where the person lives; hours slept is
 * computed from them but the person may change it (lying awake for an hour).
 */
export type SleepNight = {
  day: string;
  bedtime?: string;
  wakeTime?: string;
  hoursSlept: number;
  quality?: number;
};

/** The person's own sleep target (`sleep_target` record), inside 6–10 hours (docs/clinical-rules.md §5). */
export type SleepTargetSetting = { minHours: number; maxHours: number };

/** A sleep target moves in half hours. */
export const SLEEP_TARGET_STEP = 0.5;

/**
 * Validates a `sleep_night` record. Bedtime and wake time come together or
 * not at all; a day more than one day after `today` is refused.
 *
 * @example
 * validateSleepNight({ day: '2026-11-28', bedtime: '23:15', wakeTime: '07:00', hoursSlept: 7.75, quality: 4 }).ok // true
 * validateSleepNight({ day: '2026-11-28', bedtime: '23:15', hoursSlept: 7 }).ok // false (wakeTime is missing)
 */
export function validateSleepNight(input: unknown, options: { today?: string } = {}): Validated<SleepNight> {
  if (!isPlainObject(input))
    return { ok: false, issues: [{ field: '', code: 'not_an_object', message: 'a sleep night must be an object' }] };
  const issues: FieldIssue[] = [];
  unknownFields(input, ['day', 'bedtime', 'wakeTime', 'hoursSlept', 'quality'], issues, 'a sleep night');
  const day = input.day;
  if (day === undefined || day === null) issues.push({ field: 'day', code: 'required', message: 'day is required' });
  else if (!isIsoDate(day))
    issues.push({ field: 'day', code: 'invalid_date', message: 'day must be a date that exists (YYYY-MM-DD)' });
  else if (options.today && day > addDays(options.today, 1))
    issues.push({ field: 'day', code: 'date_in_future', message: 'day is in the future' });
  const bedtime = readClockTime(input, 'bedtime', issues);
  const wakeTime = readClockTime(input, 'wakeTime', issues);
  const hasBedtime = input.bedtime !== undefined && input.bedtime !== null;
  const hasWakeTime = input.wakeTime !== undefined && input.wakeTime !== null;
  if (hasBedtime !== hasWakeTime) {
    const missing = hasBedtime ? 'wakeTime' : 'bedtime';
    issues.push({ field: missing, code: 'required', message: `${missing} is required with the other sleep time` });
  }
  const hoursSlept = readNumber(input, 'hoursSlept', issues, { ...CHECK_IN_LIMITS.sleepHours, required: true });
  const quality = readNumber(input, 'quality', issues, { ...CHECK_IN_LIMITS.sleepQuality, required: false });
  if (issues.length > 0 || typeof day !== 'string' || hoursSlept === undefined) return { ok: false, issues };
  const value: SleepNight = { day, hoursSlept };
  if (bedtime !== undefined && wakeTime !== undefined) {
    value.bedtime = bedtime;
    value.wakeTime = wakeTime;
  }
  if (quality !== undefined) value.quality = quality;
  return { ok: true, value };
}

/**
 * Validates a `sleep_target` record: both ends inside 6–10 hours in half
 * hours, the lower end not above the upper.
 *
 * @example
 * validateSleepTarget({ minHours: 7.5, maxHours: 9 }).ok // true
 * validateSleepTarget({ minHours: 5, maxHours: 9 }).ok // false (minHours out of range)
 */
export function validateSleepTarget(input: unknown): Validated<SleepTargetSetting> {
  if (!isPlainObject(input))
    return { ok: false, issues: [{ field: '', code: 'not_an_object', message: 'a sleep target must be an object' }] };
  const issues: FieldIssue[] = [];
  unknownFields(input, ['minHours', 'maxHours'], issues, 'a sleep target');
  const rule = {
    min: PERSONAL_SLEEP_TARGET_RANGE.minHours,
    max: PERSONAL_SLEEP_TARGET_RANGE.maxHours,
    step: SLEEP_TARGET_STEP,
    required: true,
  };
  const minHours = readNumber(input, 'minHours', issues, rule);
  const maxHours = readNumber(input, 'maxHours', issues, rule);
  if (minHours !== undefined && maxHours !== undefined && minHours > maxHours)
    issues.push({
      field: 'maxHours',
      code: 'out_of_range',
      message: 'maxHours must not be below minHours',
      min: minHours,
      max: PERSONAL_SLEEP_TARGET_RANGE.maxHours,
    });
  if (issues.length > 0 || minHours === undefined || maxHours === undefined) return { ok: false, issues };
  return { ok: true, value: { minHours, maxHours } };
}

/**
 * Hours from `bedtime` to `wakeTime` for a night that ended on `day`, by the
 * real time that passed where the person lives (default Europe/Amsterdam), in
 * quarter hours. A bedtime later on the clock than the wake time (or the
 * same) was the evening before; an earlier one was after midnight. In the
 * night the clocks go back an hour, 23:00 to 07:00 is 9 hours; in spring, 7.
 *
 * @example
 * hoursSleptBetween('2026-11-28', '23:00', '07:00') // 8
 * hoursSleptBetween('2026-11-28', '00:30', '06:45') // 6.25
 * hoursSleptBetween('2026-10-25', '23:00', '07:00') // 9 (clocks back that night)
 * hoursSleptBetween('2026-03-29', '23:00', '07:00') // 7 (clocks forward)
 */
export function hoursSleptBetween(
  day: string,
  bedtime: string,
  wakeTime: string,
  timeZone = DEFAULT_TIME_ZONE,
): number {
  if (!isIsoDate(day)) throw new RangeError('day must be a date that exists (YYYY-MM-DD)');
  if (!CLOCK_TIME.test(bedtime)) throw new RangeError('bedtime must be a time of day (HH:MM)');
  if (!CLOCK_TIME.test(wakeTime)) throw new RangeError('wakeTime must be a time of day (HH:MM)');
  const bedDay = bedtime >= wakeTime ? addDays(day, -1) : day;
  const ms = wallClockInstant(day, wakeTime, timeZone) - wallClockInstant(bedDay, bedtime, timeZone);
  const quarters = Math.round(ms / 900_000);
  // Clamp to the diary's range: a spring night of 23:59 to 00:00 could come out just below zero.
  return Math.min(24, Math.max(0, quarters / 4));
}

/** The sleep of one night as the app shows it, from the diary or from that day's check-in. */
export type NightSleep = SleepNight & { fromCheckIn: boolean };

/**
 * The sleep of every night: from the sleep diary or from the morning
 * check-in, whichever the person wrote last (by record clock), so an edit in
 * either place counts. A check-in without hours slept says nothing about the
 * night. Diary records are expected as read by `readRecords` (one per day is
 * usual; with more, the latest counts).
 *
 * @example
 * nightsByDay(checkInsByDay(records), readRecords(records, SLEEP_NIGHT_KIND))
 * // Map { '2026-11-28' → { day, hoursSlept: 7.5, quality: 4, fromCheckIn: false }, … }
 */
export function nightsByDay(
  checkIns: ReadonlyMap<string, { hlc: string; data: CheckIn }>,
  diary: readonly Stored<SleepNight>[],
): Map<string, NightSleep> {
  const latest = new Map<string, { hlc: string; night: NightSleep }>();
  const offer = (hlc: string, night: NightSleep) => {
    const current = latest.get(night.day);
    if (!current || hlc > current.hlc) latest.set(night.day, { hlc, night });
  };
  for (const [day, record] of checkIns) {
    const { sleepHours, sleepQuality, bedtime, wakeTime } = record.data;
    if (sleepHours === undefined) continue;
    const night: NightSleep = { day, hoursSlept: sleepHours, fromCheckIn: true };
    if (bedtime !== undefined && wakeTime !== undefined) {
      night.bedtime = bedtime;
      night.wakeTime = wakeTime;
    }
    if (sleepQuality !== undefined) night.quality = sleepQuality;
    offer(record.hlc, night);
  }
  for (const record of diary) offer(record.hlc, { ...record.data, fromCheckIn: false });
  return new Map([...latest].map(([day, { night }]) => [day, night]));
}

/**
 * The person's sleep target: their own when they set one, otherwise the
 * recommendation for their age (`sleepTarget`), otherwise the adult range 7–9.
 *
 * @example
 * personalSleepTarget(undefined, 70) // { minHours: 7, maxHours: 8, own: false }
 * personalSleepTarget({ minHours: 6.5, maxHours: 8 }, 40) // { minHours: 6.5, maxHours: 8, own: true }
 */
export function personalSleepTarget(
  own: SleepTargetSetting | undefined,
  ageYears: number | undefined,
): SleepTargetSetting & { own: boolean } {
  if (own) return { ...own, own: true };
  // An age the safety check accepted is 18–120; anything else falls back to the range for every adult.
  const adult = ageYears !== undefined && ageYears >= 18 && ageYears <= 120 ? ageYears : 18;
  return { ...sleepTarget(adult), own: false };
}

/** The record kinds of this file, for readers and the registry (records/syncChange.ts). */
export const SLEEP_NIGHT_KIND = {
  type: 'sleep_night',
  validate: (data: unknown, today?: string) => validateSleepNight(data, today ? { today } : {}),
} as const;
export const SLEEP_TARGET_KIND = {
  type: 'sleep_target',
  validate: (data: unknown) => validateSleepTarget(data),
} as const;
