import { type RecordKind, readRecords, type Stored } from '@veerkracht/core';
import { useMemo } from 'preact/hooks';
import { useRecords } from './app';

/**
 * The one reader of the device's records in the web app: the checked records
 * of one kind (a record type with its validator, e.g. `PSK_KIND` from the
 * core), oldest first, recomputed only when the records change. Features read
 * every type through this, never by filtering raw records themselves.
 */
export function useRecordsOf<D>(kind: RecordKind<D>): Stored<D>[] {
  const records = useRecords();
  return useMemo(() => readRecords(records.values(), kind), [records, kind]);
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
