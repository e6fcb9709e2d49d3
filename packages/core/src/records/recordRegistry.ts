import type { Validated } from '../validation/fieldIssue.js';
import { RECORD_VALIDATORS, type RecordType } from './syncChange.js';

// The table of every validator lives here, apart from the names (recordNames.ts) and the kinds (recordKinds.ts):
// code that only names or reads some types does not bundle every validator.

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

/** Whether a string names a record type this version knows. */
export function isRecordType(value: unknown): value is RecordType {
  return typeof value === 'string' && Object.hasOwn(RECORD_VALIDATORS, value);
}
