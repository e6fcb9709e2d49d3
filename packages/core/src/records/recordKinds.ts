/*
 * A record kind is a record type with the validator of its data. Each kind
 * is a constant in the module of its validator (`SAFETY_CHECK_KIND` in
 * safety/safetyRecords.ts), not in one table, so an app that reads only some
 * types bundles only their validators (the web app's first load;
 * docs/architecture.md, "Budgets"). The table of all of them, for the server
 * and the sync, is RECORD_VALIDATORS / RECORD_KINDS in syncChange.ts.
 */
import { recordsOfType, type Stored } from '../safety/safetyJourney.js';
import type { SyncRecord } from '../sync/merge.js';
import type { Validated } from '../validation/fieldIssue.js';
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
