import { type RecordData, type RecordReader, type RecordType, type Stored, storedOfType } from '@veerkracht/core';
import { type RecordsSnapshot, useRecords } from './app';
import { perSnapshot } from './observable';

const readersByType = new Map<RecordType, (records: RecordsSnapshot) => readonly Stored<unknown>[]>();

/**
 * The checked records of one type in a snapshot, oldest first, the same array
 * however many parts of the page read them. They were checked when they
 * entered the device (docs/architecture.md, "Checked once, read many times"),
 * so reading them loads no validator.
 *
 * @example
 * checkedRecordsOf(app.records.get(), RECORD.psk) === checkedRecordsOf(app.records.get(), RECORD.psk) // true
 */
export function checkedRecordsOf<T extends RecordType>(
  records: RecordsSnapshot,
  type: T,
): readonly Stored<RecordData<T>>[] {
  let read = readersByType.get(type);
  if (!read) {
    read = perSnapshot((snapshot: RecordsSnapshot) => storedOfType(snapshot.checked.values(), type));
    readersByType.set(type, read);
  }
  // One cache for every type, so it holds them as `unknown`; each entry was checked as its own type.
  return read(records) as readonly Stored<RecordData<T>>[];
}

/**
 * The reader of a snapshot's checked records that the core's rules take
 * (`RecordReader`), the same function for the same snapshot.
 *
 * @example
 * plansPausedBySafety(snapshotReader(app.records.get()))
 */
export const snapshotReader = perSnapshot(
  (records: RecordsSnapshot): RecordReader =>
    (type) =>
      checkedRecordsOf(records, type),
);

/**
 * The one reader of the device's records in the web app: the checked records
 * of one type (`RECORD.psk`), oldest first. Features read every type through
 * this (or `snapshotReader` for the core's rules), never by filtering raw
 * records themselves.
 */
export function useRecordsOf<T extends RecordType>(type: T): readonly Stored<RecordData<T>>[] {
  return checkedRecordsOf(useRecords(), type);
}

/** The latest record of a list by its `date` field (the later clock on the same day), e.g. the last PSK. */
export function lastByDate<T extends { date: string }>(list: readonly Stored<T>[]): Stored<T> | undefined {
  return list.reduce<Stored<T> | undefined>(
    (latest, item) =>
      !latest || item.data.date > latest.data.date || (item.data.date === latest.data.date && item.hlc > latest.hlc)
        ? item
        : latest,
    undefined,
  );
}

/** The moment now on this device as an ISO instant, for the `at` fields of records. */
export function nowInstant(app: { now: () => number }): string {
  return new Date(app.now()).toISOString();
}
