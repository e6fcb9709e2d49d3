import { addDays, daysBetween, isIsoDate } from '../calendar/calendarDay.js';
import { type FieldIssue, isPlainObject, readNumber, type Validated } from '../validation/fieldIssue.js';
import { readId, readInstant, readOneOf, type Source, unknownFields } from '../validation/recordFields.js';
import { EMERGENCY_ITEMS, GP_SOON_ITEMS, isSafetyItemId, ONSET_BEFORE_45, type SafetyItemId } from './safetyItems.js';
import { SAFETY_LIMITS } from './safetyLimits.js';
import { type SafetyResult, screenSafety } from './screenSafety.js';

/**
 * The synced records of the safety check (docs/clinical-rules.md §1): every check with
 * its answers and result, "I have seen a doctor" confirmations, free-text
 * concerns, and the person's profile (age, start of this episode).
 */

/** Why a check was done: the first run, the 28-day re-check, a flare-up, or the person asked for it. */
export const SAFETY_TRIGGERS = ['first_run', 'periodic', 'flare_up', 'manual'] as const;
export type SafetyTrigger = (typeof SAFETY_TRIGGERS)[number];

/**
 * `emergency`: only the emergency questions were asked (a re-check, a check
 * stopped after them, or a check whose emergency answers already called for
 * a doctor now); `full`: the GP-soon questions and the question about the
 * age the pain started were answered too.
 */
export const SAFETY_SCOPES = ['emergency', 'full'] as const;
export type SafetyScope = (typeof SAFETY_SCOPES)[number];

/** One safety check (`safety_check` record). */
export type SafetyCheck = {
  /** The calendar day of the check in the person's time zone; the `today` of `screenSafety`. */
  date: string;
  /** When the person finished the check (ISO instant with offset). */
  completedAt: string;
  trigger: SafetyTrigger;
  scope: SafetyScope;
  ageYears?: number;
  onsetDate?: string;
  /** Every question asked, answered yes (true) or no (false). */
  answers: Partial<Record<SafetyItemId, boolean>>;
  /** `screenSafety`'s result for these answers; a record whose result differs is refused. */
  result: SafetyResult;
  /** When the person confirmed having read the emergency advice (only for tier `emergency`). */
  readAt?: string;
};

/** Who confirmed a clearance: the person ("I have seen a doctor") or a linked therapist (resumed the plan). */
export const CLEARANCE_BY = ['person', 'therapist'] as const;
export type ClearanceBy = (typeof CLEARANCE_BY)[number];

/**
 * "I have seen a doctor" (by the person) or "resume the plan" (by a linked
 * therapist) (`safety_clearance` record): ends the pause of plan progression
 * that an `emergency` or `gp_soon` check started before it (`progressionPaused`).
 */
export type SafetyClearance = {
  /** When (ISO instant with offset). */
  at: string;
  /** The check it answers, when known. */
  checkId?: string;
  /** Absent means the person. */
  by?: ClearanceBy;
};

/**
 * The person has mentioned a `review` result's signs at a visit
 * (`review_discussed` record): closes that note on Today. It is a record of
 * its own, not a clearance, because it must never lift a pause.
 */
export type ReviewDiscussed = { at: string; checkId?: string };

/** "Something does not feel right" in the person's own words (`concern` record). */
export type Concern = { at: string; text: string };

/** The person's age and the start of this episode of back pain (`profile` record). */
export type Profile = {
  ageYears: number;
  /** The day the age was given, so it can be counted on later. */
  ageAsOf: string;
  onsetDate: string;
  /** True when the person chose "about when" rather than an exact day. */
  onsetApproximate?: boolean;
};

const CHECK_FIELDS = [
  'date',
  'completedAt',
  'trigger',
  'scope',
  'ageYears',
  'onsetDate',
  'answers',
  'result',
  'readAt',
];
const RESULT_FIELDS = ['tier', 'reasons', 'painType'];

function notAnObject(what: string): Validated<never> {
  return { ok: false, issues: [{ field: '', code: 'not_an_object', message: `${what} must be an object` }] };
}

function readDate(input: Source, field: string, issues: FieldIssue[], required: boolean): string | undefined {
  const value = input[field];
  if (value === undefined || value === null) {
    if (required) issues.push({ field, code: 'required', message: `${field} is required` });
    return undefined;
  }
  if (!isIsoDate(value)) {
    issues.push({ field, code: 'invalid_date', message: `${field} must be a date (YYYY-MM-DD)` });
    return undefined;
  }
  return value;
}

function readDay(input: Source, issues: FieldIssue[], today: string | undefined): string | undefined {
  const date = readDate(input, 'date', issues, true);
  // One day of slack: the person may live in another time zone than the receiver.
  if (date !== undefined && today !== undefined && daysBetween(addDays(today, 1), date) > 0) {
    issues.push({ field: 'date', code: 'date_in_future', message: 'date is in the future' });
    return undefined;
  }
  return date;
}

function readAnswers(input: Source, scope: SafetyScope | undefined, issues: FieldIssue[]) {
  const value = input.answers;
  if (!isPlainObject(value)) {
    issues.push({
      field: 'answers',
      code: 'not_an_object',
      message: 'answers must be an object of item ids to true or false',
    });
    return undefined;
  }
  const answers: Partial<Record<SafetyItemId, boolean>> = {};
  let valid = true;
  for (const [id, answer] of Object.entries(value)) {
    if (!isSafetyItemId(id) || (scope === 'emergency' && !(EMERGENCY_ITEMS as readonly string[]).includes(id))) {
      issues.push({
        field: `answers.${id}`,
        code: 'unknown_field',
        message: `answers.${id} is not a question of a check with scope ${scope ?? 'unknown'}`,
      });
      valid = false;
    } else if (typeof answer !== 'boolean') {
      issues.push({ field: `answers.${id}`, code: 'not_a_boolean', message: `answers.${id} must be true or false` });
      valid = false;
    } else {
      answers[id] = answer;
    }
  }
  // No silent pass: every question of the check's scope must have been answered.
  const required: readonly SafetyItemId[] =
    scope === 'full' ? [...EMERGENCY_ITEMS, ...GP_SOON_ITEMS, ONSET_BEFORE_45] : EMERGENCY_ITEMS;
  for (const id of required) {
    if (value[id] === undefined || value[id] === null) {
      issues.push({ field: `answers.${id}`, code: 'required', message: `answers.${id} is required` });
      valid = false;
    }
  }
  return valid ? answers : undefined;
}

/**
 * Validates a `safety_check` record. Besides the shape, it re-computes
 * `screenSafety` from the stored age, onset date, day and answers, and
 * refuses a record whose `result` differs (a tampered or miscalculated
 * record), and one that leaves a question of its scope unanswered. With
 * `today`, a check dated more than a day ahead is refused.
 *
 * @example
 * const answers = { saddle_numbness: false, bladder_change: false, bowel_change: false,
 *   sexual_function_change: false, progressive_leg_weakness: false, sudden_severe_pain: false };
 * validateSafetyCheck({ date: '2026-11-25', completedAt: '2026-11-25T10:00:00+01:00', trigger: 'periodic',
 *   scope: 'emergency', ageYears: 52, answers, result: { tier: 'none', reasons: [], painType: 'unknown' } }).ok // true
 */
export function validateSafetyCheck(input: unknown, options: { today?: string } = {}): Validated<SafetyCheck> {
  if (!isPlainObject(input)) return notAnObject('a safety check');
  const issues: FieldIssue[] = [];
  unknownFields(input, CHECK_FIELDS, issues, 'a safety check');
  const date = readDay(input, issues, options.today);
  const completedAt = readInstant(input, 'completedAt', issues);
  const trigger = readOneOf(input, 'trigger', SAFETY_TRIGGERS, issues);
  const scope = readOneOf(input, 'scope', SAFETY_SCOPES, issues);
  const ageYears = readNumber(input, 'ageYears', issues, { ...SAFETY_LIMITS.ageYears, required: false });
  const onsetDate = readDate(input, 'onsetDate', issues, false);
  if (onsetDate !== undefined && date !== undefined && daysBetween(onsetDate, date) < 0) {
    issues.push({ field: 'onsetDate', code: 'date_in_future', message: 'onsetDate must not be after date' });
  }
  const answers = readAnswers(input, scope, issues);
  const readAt = input.readAt === undefined ? undefined : readInstant(input, 'readAt', issues);
  const result = input.result;
  if (!isPlainObject(result)) {
    issues.push({ field: 'result', code: 'not_an_object', message: 'result must be an object' });
  } else {
    for (const key of Object.keys(result)) {
      if (!RESULT_FIELDS.includes(key)) {
        issues.push({ field: `result.${key}`, code: 'unknown_field', message: `result.${key} is not a result field` });
      }
    }
  }
  if (issues.length > 0 || !date || !completedAt || !trigger || !scope || !answers || !isPlainObject(result)) {
    return { ok: false, issues };
  }
  const expected = screenSafety({
    answers,
    today: date,
    ...(ageYears !== undefined ? { ageYears } : {}),
    ...(onsetDate !== undefined ? { onsetDate } : {}),
  });
  if (!sameResult(result, expected)) {
    return {
      ok: false,
      issues: [
        {
          field: 'result',
          code: 'invalid_format',
          message: `result must be what screenSafety computes from the answers: ${JSON.stringify(expected)}`,
        },
      ],
    };
  }
  if (readAt !== undefined && expected.tier !== 'emergency') {
    return {
      ok: false,
      issues: [
        { field: 'readAt', code: 'unknown_field', message: 'readAt belongs only to a check with tier emergency' },
      ],
    };
  }
  const value: SafetyCheck = { date, completedAt, trigger, scope, answers, result: expected };
  if (ageYears !== undefined) value.ageYears = ageYears;
  if (onsetDate !== undefined) value.onsetDate = onsetDate;
  if (readAt !== undefined) value.readAt = readAt;
  return { ok: true, value };
}

function sameResult(stored: Record<string, unknown>, expected: SafetyResult): boolean {
  const reasons = stored.reasons;
  return (
    stored.tier === expected.tier &&
    stored.painType === expected.painType &&
    Array.isArray(reasons) &&
    reasons.length === expected.reasons.length &&
    reasons.every((reason, i) => reason === expected.reasons[i])
  );
}

/**
 * Validates a `safety_clearance` record.
 *
 * @example
 * validateSafetyClearance({ at: '2026-11-27T09:00:00+01:00', by: 'person' }).ok // true
 */
export function validateSafetyClearance(input: unknown): Validated<SafetyClearance> {
  if (!isPlainObject(input)) return notAnObject('a safety clearance');
  const issues: FieldIssue[] = [];
  unknownFields(input, ['at', 'checkId', 'by'], issues, 'a safety clearance');
  const at = readInstant(input, 'at', issues);
  const checkId = input.checkId === undefined ? undefined : readId(input, 'checkId', issues);
  const by = readOneOf(input, 'by', CLEARANCE_BY, issues, false);
  if (issues.length > 0 || !at) return { ok: false, issues };
  const value: SafetyClearance = { at };
  if (checkId) value.checkId = checkId;
  if (by) value.by = by;
  return { ok: true, value };
}

/**
 * Validates a `review_discussed` record.
 *
 * @example
 * validateReviewDiscussed({ at: '2026-12-02T15:00:00+01:00' }).ok // true
 */
export function validateReviewDiscussed(input: unknown): Validated<ReviewDiscussed> {
  if (!isPlainObject(input)) return notAnObject('a review note');
  const issues: FieldIssue[] = [];
  unknownFields(input, ['at', 'checkId'], issues, 'a review note');
  const at = readInstant(input, 'at', issues);
  const checkId = input.checkId === undefined ? undefined : readId(input, 'checkId', issues);
  if (issues.length > 0 || !at) return { ok: false, issues };
  return { ok: true, value: checkId ? { at, checkId } : { at } };
}

/**
 * Validates a `concern` record: a moment and 1–2000 characters of text (not
 * only spaces).
 *
 * @example
 * validateConcern({ at: '2026-11-25T20:00:00+01:00', text: 'My leg feels strange since this morning.' }).ok // true
 * validateConcern({ at: '2026-11-25T20:00:00+01:00', text: '  ' }).ok // false (text: required)
 */
export function validateConcern(input: unknown): Validated<Concern> {
  if (!isPlainObject(input)) return notAnObject('a concern');
  const issues: FieldIssue[] = [];
  unknownFields(input, ['at', 'text'], issues, 'a concern');
  const at = readInstant(input, 'at', issues);
  const text = input.text;
  if (text === undefined || text === null || (typeof text === 'string' && text.trim() === '')) {
    issues.push({ field: 'text', code: 'required', message: 'text is required' });
  } else if (typeof text !== 'string') {
    issues.push({ field: 'text', code: 'not_a_string', message: 'text must be text' });
  } else if (text.length > SAFETY_LIMITS.concern.maxLength) {
    issues.push({
      field: 'text',
      code: 'too_long',
      message: `text must be at most ${SAFETY_LIMITS.concern.maxLength} characters`,
      max: SAFETY_LIMITS.concern.maxLength,
    });
  }
  if (issues.length > 0 || !at || typeof text !== 'string') return { ok: false, issues };
  return { ok: true, value: { at, text } };
}

/**
 * Validates a `profile` record: a whole age 0–120 as of a day, and the
 * start of this episode, not after the day the age was given.
 *
 * @example
 * validateProfile({ ageYears: 47, ageAsOf: '2026-11-25', onsetDate: '2026-03-01' }).ok // true
 */
export function validateProfile(input: unknown, options: { today?: string } = {}): Validated<Profile> {
  if (!isPlainObject(input)) return notAnObject('a profile');
  const issues: FieldIssue[] = [];
  unknownFields(input, ['ageYears', 'ageAsOf', 'onsetDate', 'onsetApproximate'], issues, 'a profile');
  const ageYears = readNumber(input, 'ageYears', issues, { ...SAFETY_LIMITS.ageYears, required: true });
  const ageAsOf = readDate(input, 'ageAsOf', issues, true);
  if (ageAsOf !== undefined && options.today !== undefined && daysBetween(addDays(options.today, 1), ageAsOf) > 0) {
    issues.push({ field: 'ageAsOf', code: 'date_in_future', message: 'ageAsOf is in the future' });
  }
  const onsetDate = readDate(input, 'onsetDate', issues, true);
  if (onsetDate !== undefined && ageAsOf !== undefined && daysBetween(onsetDate, ageAsOf) < 0) {
    issues.push({ field: 'onsetDate', code: 'date_in_future', message: 'onsetDate must not be after ageAsOf' });
  }
  const approximate = input.onsetApproximate;
  if (approximate !== undefined && typeof approximate !== 'boolean') {
    issues.push({
      field: 'onsetApproximate',
      code: 'not_a_boolean',
      message: 'onsetApproximate must be true or false',
    });
  }
  if (issues.length > 0 || ageYears === undefined || !ageAsOf || !onsetDate) return { ok: false, issues };
  const value: Profile = { ageYears, ageAsOf, onsetDate };
  if (approximate === true) value.onsetApproximate = true;
  return { ok: true, value };
}

/** The record kind (type and validator) of this file's records, for readers and the registry (records/syncChange.ts). */
export const SAFETY_CHECK_KIND = {
  type: 'safety_check',
  validate: (data: unknown, today?: string) => validateSafetyCheck(data, today ? { today } : {}),
} as const;
export const SAFETY_CLEARANCE_KIND = {
  type: 'safety_clearance',
  validate: (data: unknown) => validateSafetyClearance(data),
} as const;
export const REVIEW_DISCUSSED_KIND = {
  type: 'review_discussed',
  validate: (data: unknown) => validateReviewDiscussed(data),
} as const;
export const CONCERN_KIND = { type: 'concern', validate: (data: unknown) => validateConcern(data) } as const;
export const PROFILE_KIND = {
  type: 'profile',
  validate: (data: unknown, today?: string) => validateProfile(data, today ? { today } : {}),
} as const;
