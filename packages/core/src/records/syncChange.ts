import { CHECK_IN_KIND } from '../checkIn/checkIn.js';
import { EXERCISE_DECISION_KIND, EXERCISE_PROGRAMME_KIND, EXERCISE_SESSION_KIND } from '../exercise/exerciseRecords.js';
import { EXPOSURE_KIND, FEAR_RATING_KIND } from '../exposure/exposureRecords.js';
import { FLARE_UP_PLAN_KIND } from '../flareUp/flareUpPlan.js';
import {
  ACTIVITY_PLAN_KIND,
  ACTIVITY_SESSION_KIND,
  FOLLOW_UP_KIND,
  PLAN_DECISION_KIND,
} from '../graded/activityRecords.js';
import { LESSON_PROGRESS_KIND } from '../lessons/lessonProgress.js';
import { PSK_KIND, START_BACK_KIND } from '../measures/measureRecords.js';
import { RELAXATION_SESSION_KIND } from '../relax/relaxationSession.js';
import { REMINDER_SETTINGS_KIND } from '../reminders/reminderSettings.js';
import { REVIEW_SETTINGS_KIND, WEEKLY_REVIEW_KIND } from '../review/reviewRecords.js';
import {
  CONCERN_KIND,
  PROFILE_KIND,
  REVIEW_DISCUSSED_KIND,
  SAFETY_CHECK_KIND,
  SAFETY_CLEARANCE_KIND,
} from '../safety/safetyRecords.js';
import { SLEEP_NIGHT_KIND, SLEEP_TARGET_KIND } from '../sleep/sleepRecords.js';
import { NOTICE_SHOWN_KIND } from '../stress/noticeRecords.js';
import { parseHlc } from '../sync/hlc.js';
import type { SyncRecord } from '../sync/merge.js';
import { isUuid } from '../sync/uuid.js';
import { type FieldIssue, isPlainObject, prefixIssues, type Validated } from '../validation/fieldIssue.js';
import { readTolerantly } from '../validation/tolerantRead.js';

/**
 * Every record kind that syncs: its type and the validator of its data (each
 * kind is a constant beside its validator; see records/recordKinds.ts).
 * Adding a kind is additive; removing or narrowing one would break old clients.
 */
export const RECORD_KINDS = [
  CHECK_IN_KIND,
  ACTIVITY_PLAN_KIND,
  ACTIVITY_SESSION_KIND,
  FOLLOW_UP_KIND,
  PLAN_DECISION_KIND,
  FEAR_RATING_KIND,
  EXPOSURE_KIND,
  SAFETY_CHECK_KIND,
  SAFETY_CLEARANCE_KIND,
  REVIEW_DISCUSSED_KIND,
  CONCERN_KIND,
  PROFILE_KIND,
  START_BACK_KIND,
  PSK_KIND,
  LESSON_PROGRESS_KIND,
  EXERCISE_PROGRAMME_KIND,
  EXERCISE_SESSION_KIND,
  EXERCISE_DECISION_KIND,
  SLEEP_NIGHT_KIND,
  SLEEP_TARGET_KIND,
  RELAXATION_SESSION_KIND,
  FLARE_UP_PLAN_KIND,
  NOTICE_SHOWN_KIND,
  WEEKLY_REVIEW_KIND,
  REVIEW_SETTINGS_KIND,
  REMINDER_SETTINGS_KIND,
] as const;

type Kind = (typeof RECORD_KINDS)[number];

/** The validator of every record type, looked up by type: the table the server and the sync use. */
export const RECORD_VALIDATORS = Object.fromEntries(RECORD_KINDS.map((kind) => [kind.type, kind.validate])) as {
  readonly [K in Kind as K['type']]: K['validate'];
};

export type RecordType = keyof typeof RECORD_VALIDATORS;
export const RECORD_TYPES = Object.keys(RECORD_VALIDATORS) as RecordType[];

/**
 * How far ahead of the receiver's clock a change's clock may be. Phones' clocks
 * drift by seconds to minutes; a clock an hour ahead would let that device's
 * writes win over every later write for an hour, so it is refused.
 */
export const MAX_CLOCK_AHEAD_MS = 60 * 60 * 1000;

const CHANGE_FIELDS = new Set(['id', 'type', 'data', 'hlc', 'deleted']);

/**
 * Validates one incoming sync change: envelope (UUID id, known type, clock not
 * too far ahead of `nowMs`, deleted flag) and the type's data. A deleted
 * record may carry `null` data. Data whose only problem is fields this version
 * does not know (written by a newer app) is accepted and kept as sent, unknown
 * fields included; unknown fields of the envelope are still refused.
 *
 * @example
 * validateSyncChange({ id, type: 'checkin', hlc, deleted: false, data: { date: '2026-11-25', pain: 3 } },
 *   { nowMs: Date.parse('2026-11-25T12:00:00Z') }).ok // true
 */
export function validateSyncChange(
  input: unknown,
  context: { nowMs: number; today?: string; maxAheadMs?: number },
): Validated<SyncRecord> {
  if (!isPlainObject(input))
    return { ok: false, issues: [{ field: '', code: 'not_an_object', message: 'a change must be an object' }] };
  const issues: FieldIssue[] = [];
  for (const key of Object.keys(input)) {
    if (!CHANGE_FIELDS.has(key))
      issues.push({ field: key, code: 'unknown_field', message: `${key} is not a change field` });
  }
  if (!isUuid(input.id)) issues.push({ field: 'id', code: 'invalid_id', message: 'id must be a lowercase UUID' });
  const hlc = parseHlc(input.hlc);
  if (!hlc) issues.push({ field: 'hlc', code: 'invalid_clock', message: 'hlc must be a hybrid logical clock' });
  else if (hlc.millis > context.nowMs + (context.maxAheadMs ?? MAX_CLOCK_AHEAD_MS)) {
    issues.push({ field: 'hlc', code: 'clock_ahead', message: "hlc is too far ahead of the server's clock" });
  }
  if (typeof input.deleted !== 'boolean')
    issues.push({ field: 'deleted', code: 'not_a_boolean', message: 'deleted must be true or false' });
  const type = input.type;
  let data: unknown = null;
  if (typeof type !== 'string' || !Object.hasOwn(RECORD_VALIDATORS, type)) {
    issues.push({ field: 'type', code: 'unknown_type', message: `type must be one of: ${RECORD_TYPES.join(', ')}` });
  } else if (!(input.deleted === true && input.data === null)) {
    const validate = (value: unknown): Validated<unknown> =>
      RECORD_VALIDATORS[type as RecordType](value, context.today);
    const result = validate(input.data);
    if (result.ok) data = result.value;
    // Fields a newer app added pass through unchanged: every reader ignores what it does not know
    // (readTolerantly), and the record must reach the newer devices whole (docs/decisions/0017).
    else if (readTolerantly(validate, input.data).ok) data = input.data;
    else issues.push(...prefixIssues('data', result.issues));
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      id: input.id as string,
      type: type as string,
      data,
      hlc: input.hlc as string,
      deleted: input.deleted as boolean,
    },
  };
}
