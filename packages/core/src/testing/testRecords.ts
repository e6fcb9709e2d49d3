import type { SyncRecord } from '../sync/merge.js';

/*
 * Records for the core's tests, in one place. Not part of the build (tsconfig.json leaves `src/testing` out), so no
 * app or server can import it.
 */

/**
 * A record as the device stores it and the sync protocol carries it.
 *
 * @example
 * storedRecord('a', 'checkin', { date: '2026-11-25', pain: 4 }, clock(1))
 */
export function storedRecord(id: string, type: string, data: unknown, hlc: string, deleted = false): SyncRecord {
  return { id, type, data, hlc, deleted };
}

/**
 * A maker of records whose ids and clocks grow in the order they are made, so a record made later is the newer
 * version. Each test file makes its own series.
 *
 * @example
 * const record = recordSeries();
 * record('checkin', { date: '2026-11-25', pain: 4 }) // clock …-0001-…
 * record('checkin', { date: '2026-11-25', pain: 6 }, { deleted: true }) // clock …-0002-…, deleted
 */
export function recordSeries(): (type: string, data: unknown, extra?: Partial<SyncRecord>) => SyncRecord {
  let made = 0;
  return (type, data, extra = {}) => {
    made += 1;
    return {
      id: `019a0000-0000-7000-8000-${String(made).padStart(12, '0')}`,
      type,
      data,
      hlc: `2026-11-20T10:00:00.000Z-${String(made).padStart(4, '0')}-0123456789abcdef`,
      deleted: false,
      ...extra,
    };
  };
}
