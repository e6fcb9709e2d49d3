import { addDays, daysBetween, isIsoDate } from '../calendar/calendarDay.js';
import { type FieldIssue, isPlainObject, readNumber, readString, type Validated } from '../validation/fieldIssue.js';
import { readClockTime } from '../validation/recordFields.js';

/**
 * The daily check-in: one per calendar day, about the last 24 hours.
 * Only pain is required; a person in pain may skip the rest.
 */
export type CheckIn = {
  /** The calendar day (Europe/Amsterdam unless the person chose another zone) the check-in is about. */
  date: string;
  /** Average pain over the last 24 hours, NPRS 0–10 (LOINC 72514-3). */
  pain: number;
  /** Hours slept last night, 0–24 in quarter hours (LOINC 93832-4). */
  sleepHours?: number;
  /** When the person went to bed and woke up (HH:MM where they live), together or not at all (docs/clinical-rules.md §5). */
  bedtime?: string;
  wakeTime?: string;
  /** Sleep quality 1 (very bad) – 5 (very good). */
  sleepQuality?: number;
  /** Stress 0 (none) – 10 (the most imaginable). */
  stress?: number;
  /** Minutes of activity today (walking, exercises, housework…), whole minutes 0–720 (docs/clinical-rules.md §10.4). */
  activeMinutes?: number;
  /** What the person did today, in a few words of their own. */
  activity?: string;
  note?: string;
};

/** Limits of every check-in field, shared by validation, forms and the API document. */
export const CHECK_IN_LIMITS = {
  pain: { min: 0, max: 10, integer: true },
  sleepHours: { min: 0, max: 24, step: 0.25 },
  sleepQuality: { min: 1, max: 5, integer: true },
  stress: { min: 0, max: 10, integer: true },
  note: { maxLength: 2000 },
  activeMinutes: { min: 0, max: 720, integer: true },
  activity: { maxLength: 200 },
} as const;

/** How many days back (today included) a person may still edit a check-in in the app. */
export const CHECK_IN_EDIT_DAYS = 7;

const CHECK_IN_FIELDS = new Set([
  'date',
  'pain',
  'sleepHours',
  'bedtime',
  'wakeTime',
  'sleepQuality',
  'stress',
  'activeMinutes',
  'activity',
  'note',
]);

// Built once: the server validates every pushed check-in, and spreading the
// limits into new rule objects per field cost more than the checks themselves.
const RULES = {
  pain: { ...CHECK_IN_LIMITS.pain, required: true },
  sleepHours: { ...CHECK_IN_LIMITS.sleepHours, required: false },
  sleepQuality: { ...CHECK_IN_LIMITS.sleepQuality, required: false },
  stress: { ...CHECK_IN_LIMITS.stress, required: false },
  note: { ...CHECK_IN_LIMITS.note, required: false },
  activeMinutes: { ...CHECK_IN_LIMITS.activeMinutes, required: false },
  activity: { ...CHECK_IN_LIMITS.activity, required: false },
} as const;

function withPath<R extends object>(rule: R, path: string): R | (R & { path: string }) {
  return path ? { ...rule, path } : rule;
}

// The last day allowed for a given `today`: every push of a day asks with the
// same `today`, so the one answer is kept (a pure function's result, no state
// that changes what validateCheckIn returns).
let latestFor = { today: '', latest: '' };

function latestDay(today: string): string {
  if (latestFor.today !== today) latestFor = { today, latest: addDays(today, 1) };
  return latestFor.latest;
}

/**
 * Validates unknown input as a check-in. With `today`, a date more than one
 * day ahead is refused (one day of slack because the person may live in
 * another time zone than the server).
 *
 * @example
 * validateCheckIn({ date: '2026-11-25', pain: 4 }) // { ok: true, value: { date: '2026-11-25', pain: 4 } }
 * validateCheckIn({ date: '2026-11-25', pain: 11 }).ok // false, issue on field 'pain' (out_of_range)
 */
export function validateCheckIn(input: unknown, options: { today?: string; path?: string } = {}): Validated<CheckIn> {
  const path = options.path ?? '';
  const at = (field: string) => (path ? `${path}.${field}` : field);
  if (!isPlainObject(input)) {
    return {
      ok: false,
      issues: [{ field: path, code: 'not_an_object', message: 'a check-in must be an object' }],
    };
  }
  const issues: FieldIssue[] = [];
  for (const key of Object.keys(input)) {
    if (!CHECK_IN_FIELDS.has(key))
      issues.push({ field: at(key), code: 'unknown_field', message: `${at(key)} is not a check-in field` });
  }
  const date = input.date;
  if (date === undefined || date === null)
    issues.push({ field: at('date'), code: 'required', message: `${at('date')} is required` });
  else if (!isIsoDate(date))
    issues.push({ field: at('date'), code: 'invalid_date', message: `${at('date')} must be a date (YYYY-MM-DD)` });
  // ISO days of four-digit years sort as text in calendar order.
  else if (options.today && date > latestDay(options.today)) {
    issues.push({ field: at('date'), code: 'date_in_future', message: `${at('date')} is in the future` });
  }
  const pain = readNumber(input, 'pain', issues, withPath(RULES.pain, path));
  const sleepHours = readNumber(input, 'sleepHours', issues, withPath(RULES.sleepHours, path));
  const bedtime = readClockTime(input, 'bedtime', issues, path);
  const wakeTime = readClockTime(input, 'wakeTime', issues, path);
  const hasBedtime = input.bedtime !== undefined && input.bedtime !== null;
  const hasWakeTime = input.wakeTime !== undefined && input.wakeTime !== null;
  if (hasBedtime !== hasWakeTime) {
    const missing = hasBedtime ? 'wakeTime' : 'bedtime';
    issues.push({
      field: at(missing),
      code: 'required',
      message: `${at(missing)} is required with the other sleep time`,
    });
  }
  if (hasBedtime && (input.sleepHours === undefined || input.sleepHours === null))
    issues.push({
      field: at('sleepHours'),
      code: 'required',
      message: `${at('sleepHours')} is required with sleep times`,
    });
  const sleepQuality = readNumber(input, 'sleepQuality', issues, withPath(RULES.sleepQuality, path));
  const stress = readNumber(input, 'stress', issues, withPath(RULES.stress, path));
  const note = readString(input, 'note', issues, withPath(RULES.note, path));
  const activeMinutes = readNumber(input, 'activeMinutes', issues, withPath(RULES.activeMinutes, path));
  const activity = readString(input, 'activity', issues, withPath(RULES.activity, path));
  if (issues.length > 0 || pain === undefined || typeof date !== 'string') return { ok: false, issues };
  const value: CheckIn = { date, pain };
  if (sleepHours !== undefined) value.sleepHours = sleepHours;
  if (bedtime !== undefined && wakeTime !== undefined) {
    value.bedtime = bedtime;
    value.wakeTime = wakeTime;
  }
  if (sleepQuality !== undefined) value.sleepQuality = sleepQuality;
  if (stress !== undefined) value.stress = stress;
  if (activeMinutes !== undefined) value.activeMinutes = activeMinutes;
  if (activity !== undefined) value.activity = activity;
  // Kept as sent, even blank: a sync never drops part of what a device wrote (readers trim for display).
  if (note !== undefined) value.note = note;
  return { ok: true, value };
}

/**
 * True when the person may still edit the check-in of `date` on `today`:
 * today and the 6 days before it.
 *
 * @example
 * isEditableDay('2026-11-19', '2026-11-25') // true
 * isEditableDay('2026-11-18', '2026-11-25') // false
 */
export function isEditableDay(date: string, today: string): boolean {
  const age = daysBetween(date, today);
  return age >= 0 && age < CHECK_IN_EDIT_DAYS;
}

/** The record kind (type and validator) of this file's record, for readers and the registry (records/syncChange.ts). */
export const CHECK_IN_KIND = {
  type: 'checkin',
  validate: (data: unknown, today?: string) => validateCheckIn(data, today ? { today } : {}),
} as const;
