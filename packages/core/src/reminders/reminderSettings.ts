import { CLOCK_TIME } from '../calendar/clockTime.js';
import { type FieldIssue, isPlainObject, type Validated } from '../validation/fieldIssue.js';
import { unknownFields } from '../validation/recordFields.js';

/** What a reminder can be about (docs/clinical-rules.md §10.3). */
export const REMINDER_KINDS = ['check_in', 'exercise', 'follow_up', 'review'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** One kind of reminder: on or off, and (except follow-ups, which come when the question is due) at what time. */
export type ReminderChoice = { on: boolean; time?: string };

/**
 * The person's reminders (`reminder_settings` record): per kind on or off and
 * its time, and the quiet hours in which nothing is sent.
 */
export type ReminderSettings = {
  checkIn: { on: boolean; time: string };
  exercise: { on: boolean; time: string };
  followUp: { on: boolean };
  review: { on: boolean; time: string };
  quietFrom: string;
  quietUntil: string;
};

/** Every reminder off until the person turns it on; quiet from 22:00 to 08:00. */
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  checkIn: { on: false, time: '20:00' },
  exercise: { on: false, time: '10:00' },
  followUp: { on: false },
  review: { on: false, time: '19:00' },
  quietFrom: '22:00',
  quietUntil: '08:00',
};

const TIMED = ['checkIn', 'exercise', 'review'] as const;

/**
 * Validates a `reminder_settings` record. The time of a reminder that is on
 * may not lie inside the quiet hours (refused on that time: the person would
 * never get it).
 *
 * @example
 * validateReminderSettings({ ...DEFAULT_REMINDER_SETTINGS, checkIn: { on: true, time: '20:30' } }).ok // true
 * validateReminderSettings({ ...DEFAULT_REMINDER_SETTINGS, checkIn: { on: true, time: '23:00' } }).ok // false (checkIn.time)
 * validateReminderSettings({ ...DEFAULT_REMINDER_SETTINGS, checkIn: { on: false, time: '23:00' } }).ok // true (off)
 */
export function validateReminderSettings(input: unknown): Validated<ReminderSettings> {
  if (!isPlainObject(input))
    return {
      ok: false,
      issues: [{ field: '', code: 'not_an_object', message: 'reminder settings must be an object' }],
    };
  const issues: FieldIssue[] = [];
  unknownFields(input, [...TIMED, 'followUp', 'quietFrom', 'quietUntil'], issues, 'a reminder settings');
  const clock = (value: unknown, field: string): string | undefined => {
    if (typeof value === 'string' && CLOCK_TIME.test(value)) return value;
    issues.push({
      field,
      code: value === undefined || value === null ? 'required' : 'invalid_format',
      message: `${field} must be a time of day (HH:MM, 00:00–23:59)`,
    });
    return undefined;
  };
  const quietFrom = clock(input.quietFrom, 'quietFrom');
  const quietUntil = clock(input.quietUntil, 'quietUntil');
  const choice = (field: string, timed: boolean): { on: boolean; time?: string } | undefined => {
    const value = input[field];
    if (!isPlainObject(value)) {
      issues.push({
        field,
        code: value === undefined ? 'required' : 'not_an_object',
        message: `${field} must be an object`,
      });
      return undefined;
    }
    const own: FieldIssue[] = [];
    unknownFields(value, timed ? ['on', 'time'] : ['on'], own, 'a reminder');
    issues.push(...own.map((issue) => ({ ...issue, field: `${field}.${issue.field}` })));
    if (typeof value.on !== 'boolean')
      issues.push({ field: `${field}.on`, code: 'not_a_boolean', message: `${field}.on must be true or false` });
    if (!timed) return typeof value.on === 'boolean' ? { on: value.on } : undefined;
    const time = clock(value.time, `${field}.time`);
    // Only a reminder that is on: an off one is never sent, and its time may stay as it was.
    if (value.on === true && time && quietFrom && quietUntil && inQuietHours(time, quietFrom, quietUntil))
      issues.push({
        field: `${field}.time`,
        code: 'out_of_range',
        message: `${field}.time falls in the quiet hours (${quietFrom}–${quietUntil})`,
      });
    return typeof value.on === 'boolean' && time ? { on: value.on, time } : undefined;
  };
  const checkIn = choice('checkIn', true);
  const exercise = choice('exercise', true);
  const followUp = choice('followUp', false);
  const review = choice('review', true);
  if (issues.length > 0 || !checkIn || !exercise || !followUp || !review || !quietFrom || !quietUntil)
    return { ok: false, issues };
  return {
    ok: true,
    value: {
      checkIn: { on: checkIn.on, time: checkIn.time as string },
      exercise: { on: exercise.on, time: exercise.time as string },
      followUp: { on: followUp.on },
      review: { on: review.on, time: review.time as string },
      quietFrom,
      quietUntil,
    },
  };
}

/**
 * Whether a clock time falls in the quiet hours, from `quietFrom` up to (not
 * including) `quietUntil`, across midnight when `quietFrom` is later. Equal
 * times mean no quiet hours.
 *
 * @example
 * inQuietHours('23:30', '22:00', '08:00') // true
 * inQuietHours('08:00', '22:00', '08:00') // false
 * inQuietHours('13:00', '12:30', '14:00') // true
 */
export function inQuietHours(time: string, quietFrom: string, quietUntil: string): boolean {
  if (quietFrom === quietUntil) return false;
  if (quietFrom < quietUntil) return time >= quietFrom && time < quietUntil;
  return time >= quietFrom || time < quietUntil;
}

/** True when any reminder is on. */
export function anyReminderOn(settings: ReminderSettings): boolean {
  return settings.checkIn.on || settings.exercise.on || settings.followUp.on || settings.review.on;
}

/** The record kind (type and validator) of this file's record, for readers and the registry (records/syncChange.ts). */
export const REMINDER_SETTINGS_KIND = {
  type: 'reminder_settings',
  validate: (data: unknown) => validateReminderSettings(data),
} as const;
