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
 * recordsOfKind(app.records.get(), RECORD.psk) === recordsOfKind(app.records.get(), RECORD.psk) // true
 */
export function recordsOfKind<T extends RecordType>(
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
 * plansPausedBySafety(readerOf(app.records.get()))
 */
export const readerOf = perSnapshot(
  (records: RecordsSnapshot): RecordReader =>
    (type) =>
      recordsOfKind(records, type),
);

/**
 * The one reader of the device's records in the web app: the checked records
 * of one type (`RECORD.psk`), oldest first. Features read every type through
 * this (or `useRecordReader` for the core's rules), never by filtering raw
 * records themselves.
 */
export function useRecordsOf<T extends RecordType>(type: T): readonly Stored<RecordData<T>>[] {
  return recordsOfKind(useRecords(), type);
}

/** The reader of the device's checked records, for the core's rules that read several types. */
export function useRecordReader(): RecordReader {
  return readerOf(useRecords());
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
