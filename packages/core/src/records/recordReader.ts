/*
 * How the core's rules read records (docs/architecture.md, "Checked once, read
 * many times"). A rule that needs records of several types takes a
 * `RecordReader`, never raw records: it then bundles no validator, and the
 * caller decides how the records were checked. The server and tests check raw
 * records with `readerOf` (records/recordRegistry.ts); the web app checks each
 * record once when it enters the device and reads the checked copies.
 */
import type { Stored } from '../safety/safetyJourney.js';
import type { SyncRecord } from '../sync/merge.js';
import type { RecordData } from './recordRegistry.js';
import type { RecordType } from './syncChange.js';

/**
 * The checked, not-deleted records of one type, oldest clock first. Records
 * whose data this version refuses are not among them; fields a newer app added
 * are left out of their data.
 *
 * @example
 * const read: RecordReader = readerOf(records) // or the web app's reader of its checked records
 * read(RECORD.psk) // [{ id, hlc, data: PskRecord }, …]
 */
export type RecordReader = <T extends RecordType>(type: T) => readonly Stored<RecordData<T>>[];

/**
 * The not-deleted records of one type as they are, oldest clock first, for
 * records whose data was checked already (the web app checks each record once,
 * when it is saved or pulled). It checks nothing itself.
 *
 * @example
 * storedOfType([{ id: 'b', type: 'psk', hlc: '2', deleted: false, data: pskB },
 *               { id: 'a', type: 'psk', hlc: '1', deleted: false, data: pskA }], 'psk')
 * // [{ id: 'a', hlc: '1', data: pskA }, { id: 'b', hlc: '2', data: pskB }]
 */
export function storedOfType<D = unknown>(records: Iterable<SyncRecord>, type: string): Stored<D>[] {
  const out: Stored<D>[] = [];
  for (const record of records) {
    if (record.type === type && !record.deleted) out.push({ id: record.id, hlc: record.hlc, data: record.data as D });
  }
  return out.sort(byClock);
}

/** Oldest clock first (clocks in text form sort as they tick). */
export function byClock(a: { hlc: string }, b: { hlc: string }): number {
  return a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0;
}
