import { type RecordKind, readRecords, type Stored } from '@veerkracht/core';
import { type RecordsSnapshot, useRecords } from './app';
import { perSnapshot } from './observable';

const readersByKind = new WeakMap<RecordKind<unknown>, (records: RecordsSnapshot) => Stored<unknown>[]>();

/**
 * The checked records of one kind in a snapshot, oldest first, checked once per snapshot however many parts of the
 * page read them (the same array each time).
 *
 * @example
 * recordsOfKind(app.records.get(), PSK_KIND) === recordsOfKind(app.records.get(), PSK_KIND) // true
 */
export function recordsOfKind<D>(records: RecordsSnapshot, kind: RecordKind<D>): Stored<D>[] {
  // One cache for every kind, so it holds them as `unknown`; this kind's reader only ever gives its own `D` back.
  const anyKind = kind as RecordKind<unknown>;
  let read = readersByKind.get(anyKind);
  if (!read) {
    read = perSnapshot((snapshot: RecordsSnapshot) => readRecords(snapshot.values(), anyKind));
    readersByKind.set(anyKind, read);
  }
  return read(records) as Stored<D>[];
}

/**
 * The one reader of the device's records in the web app: the checked records
 * of one kind (a record type with its validator, e.g. `PSK_KIND` from the
 * core), oldest first, checked once per snapshot of the records. Features read
 * every type through this, never by filtering raw records themselves.
 */
export function useRecordsOf<D>(kind: RecordKind<D>): Stored<D>[] {
  return recordsOfKind(useRecords(), kind);
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
