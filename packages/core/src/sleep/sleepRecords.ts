import { addDays, isIsoDate } from '../calendar/calendarDay.js';
import { CHECK_IN_LIMITS } from '../checkIn/checkIn.js';
import { type FieldIssue, isPlainObject, readNumber, type Validated } from '../validation/fieldIssue.js';
import { readClockTime, unknownFields } from '../validation/recordFields.js';
import { SLEEP_TARGET_STEP, type SleepNight, type SleepTargetSetting } from './sleepDiary.js';
import { PERSONAL_SLEEP_TARGET_RANGE } from './sleepTarget.js';

/*
 * The validators of the sleep diary's records, apart from its rules (sleepDiary.ts): pages that show nights bundle
 * no validator (docs/architecture.md, "Checked once, read many times").
 */

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

/** The record kinds of this file, for readers and the registry (records/syncChange.ts). */
export const SLEEP_NIGHT_KIND = {
  type: 'sleep_night',
  validate: (data: unknown, today?: string) => validateSleepNight(data, today ? { today } : {}),
} as const;

export const SLEEP_TARGET_KIND = {
  type: 'sleep_target',
  validate: (data: unknown) => validateSleepTarget(data),
} as const;
