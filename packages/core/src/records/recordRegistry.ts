import type { Stored } from '../safety/safetyJourney.js';
import type { SyncRecord } from '../sync/merge.js';
import type { Validated } from '../validation/fieldIssue.js';
import { recordsOfType } from './recordKinds.js';
import type { RecordReader } from './recordReader.js';
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

/**
 * A reader of raw records that checks each type with its validator the first
 * time it is asked for (the tolerant way: fields a newer app added are left
 * out, a record with any other problem is left out). For the server, exports
 * and tests; the web app reads records it checked when they entered the device.
 *
 * @example
 * const read = readerOf(records.values())
 * read(RECORD.checkIn) // the check-ins that pass validateCheckIn, oldest clock first
 */
export function readerOf(records: Iterable<SyncRecord>): RecordReader {
  const list = [...records];
  const byType = new Map<RecordType, readonly Stored<unknown>[]>();
  return <T extends RecordType>(type: T) => {
    let read = byType.get(type);
    if (!read) {
      // Without `today`: a date ahead of this reader's clock was accepted by its writer and still counts.
      const validate = RECORD_VALIDATORS[type] as (data: unknown) => Validated<unknown>;
      read = recordsOfType(list, type, (data) => validate(data));
      byType.set(type, read);
    }
    // The table holds every type's records as `unknown`; each entry was read by its own type's validator.
    return read as readonly Stored<RecordData<T>>[];
  };
}
