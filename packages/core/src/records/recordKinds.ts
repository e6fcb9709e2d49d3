/*
 * A record kind is a record type with the validator of its data. Each kind
 * is a constant in the module of its validator (`SAFETY_CHECK_KIND` in
 * safety/safetyRecords.ts); the table of all of them, for the server and the
 * sync, is RECORD_VALIDATORS / RECORD_KINDS in syncChange.ts. Rules never
 * read raw records with these: they take a `RecordReader` (recordReader.ts),
 * and the modules that define kinds hold no rule a page needs, so a page that
 * only reads checked records bundles no validator (docs/architecture.md,
 * "Checked once, read many times").
 */
import type { Stored } from '../safety/safetyJourney.js';
import type { SyncRecord } from '../sync/merge.js';
import type { Validated } from '../validation/fieldIssue.js';
import { readTolerantly } from '../validation/tolerantRead.js';
import { byClock } from './recordReader.js';
import type { RecordType } from './syncChange.js';

/** A record type with the validator of its data (one constant per type beside its validator, e.g. `PSK_KIND`). */
export type RecordKind<D> = { readonly type: RecordType; readonly validate: (data: unknown) => Validated<D> };

/**
 * The one reader of stored records: the not-deleted records of a kind whose
 * data passes that kind's validator, oldest clock first. Fields a newer app
 * added are ignored rather than a reason to drop the record. It takes the
 * kind (not the name) so that a reader bundles only the validators it uses.
 *
 * @example
 * readRecords(records.values(), PSK_KIND) // [{ id, hlc, data: PskRecord }, …]
 */
export function readRecords<D>(records: Iterable<SyncRecord>, kind: RecordKind<D>): Stored<D>[] {
  return recordsOfType(records, kind.type, (data) => kind.validate(data));
}

/**
 * The not-deleted records of one type whose data passes `validate`, in clock
 * order (oldest first). Records that do not validate are left out rather
 * than trusted: every rule below then works on checked data only. Fields
 * this version does not know (a newer app added them) are ignored, not a
 * reason to drop the record (`readTolerantly`).
 *
 * @example
 * recordsOfType(records.values(), 'safety_check', validateSafetyCheck) // [{ id, hlc, data: SafetyCheck }, …]
 */
export function recordsOfType<T>(
  records: Iterable<SyncRecord>,
  type: string,
  validate: (data: unknown) => Validated<T>,
): Stored<T>[] {
  const out: Stored<T>[] = [];
  for (const record of records) {
    if (record.type !== type || record.deleted) continue;
    const result = readTolerantly(validate, record.data);
    if (result.ok) out.push({ id: record.id, hlc: record.hlc, data: result.value });
  }
  return out.sort(byClock);
}
