import { recordsOfType, type Stored } from '../safety/safetyJourney.js';
import type { SyncRecord } from '../sync/merge.js';
import type { Validated } from '../validation/fieldIssue.js';
import { RECORD_VALIDATORS, type RecordType } from './syncChange.js';

/**
 * The name of every record type, for code outside the registry: features
 * write `RECORD.safetyCheck`, never the string, so a renamed or mistyped type
 * is a type error (docs/architecture.md, "One record registry").
 */
export const RECORD = {
  checkIn: 'checkin',
  activityPlan: 'activity_plan',
  activitySession: 'activity_session',
  followUp: 'follow_up',
  planDecision: 'plan_decision',
  fearRating: 'fear_rating',
  exposure: 'exposure',
  safetyCheck: 'safety_check',
  safetyClearance: 'safety_clearance',
  reviewDiscussed: 'review_discussed',
  concern: 'concern',
  profile: 'profile',
  startBack: 'start_back',
  psk: 'psk',
  lessonProgress: 'lesson_progress',
} as const satisfies Record<string, RecordType>;

/** The checked data of a record type, as its validator returns it. */
export type RecordData<T extends RecordType> =
  ReturnType<(typeof RECORD_VALIDATORS)[T]> extends Validated<infer D> ? D : never;

/**
 * Checks the data of a record of `type` with the same validator the server
 * uses; `today` (the writer's calendar day) refuses dates in the future.
 *
 * @example
 * validateRecordData(RECORD.concern, { at: '2026-11-25T10:00:00Z', text: 'Mijn been tintelt' }).ok // true
 * validateRecordData(RECORD.psk, { date: 'gisteren' }) // { ok: false, issues: [{ field: 'date', … }, …] }
 */
export function validateRecordData<T extends RecordType>(
  type: T,
  data: unknown,
  context: { today?: string } = {},
): Validated<RecordData<T>> {
  return RECORD_VALIDATORS[type](data, context.today) as Validated<RecordData<T>>;
}

/**
 * The one reader of stored records: the not-deleted records of `type` whose
 * data passes that type's validator, oldest clock first. Fields a newer app
 * added are ignored rather than a reason to drop the record.
 *
 * @example
 * readRecords(records.values(), RECORD.psk) // [{ id, hlc, data: PskRecord }, …]
 */
export function readRecords<T extends RecordType>(records: Iterable<SyncRecord>, type: T): Stored<RecordData<T>>[] {
  return recordsOfType(records, type, (data) => validateRecordData(type, data));
}

/** Whether a string names a record type this version knows. */
export function isRecordType(value: unknown): value is RecordType {
  return typeof value === 'string' && Object.hasOwn(RECORD_VALIDATORS, value);
}
