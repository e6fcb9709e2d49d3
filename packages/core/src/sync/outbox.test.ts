import { describe, expect, it } from 'vitest';
import { formatHlc, parseHlc } from './hlc.js';
import {
  clockAheadPositions,
  isAcknowledged,
  restampClocks,
  retryDelayMs,
  SYNC_BATCH_BYTES,
  SYNC_RETRY_MAX_MS,
  serverClockOffsetMs,
  syncBatches,
  syncStatus,
  utf8Length,
} from './outbox.js';

const node = '0123456789abcdef';

describe('outbox batches', () => {
  it('sends the oldest clocks first, at most the batch size per request', () => {
    const outbox = [{ hlc: 'c' }, { hlc: 'a' }, { hlc: 'b' }];
    expect(syncBatches(outbox, 2)).toEqual([[{ hlc: 'a' }, { hlc: 'b' }], [{ hlc: 'c' }]]);
  });

  it('makes 501 changes into two requests of 500 and 1', () => {
    const outbox = Array.from({ length: 501 }, (_, i) => ({ hlc: String(i).padStart(4, '0') }));
    expect(syncBatches(outbox).map((batch) => batch.length)).toEqual([500, 1]);
  });

  it('keeps every request under the byte limit, so 500 check-ins with long notes still fit the server', () => {
    const note = 'é'.repeat(2000); // 4,000 bytes in UTF-8
    const outbox = Array.from({ length: 500 }, (_, i) => ({ hlc: String(i).padStart(4, '0'), data: { note } }));
    const batches = syncBatches(outbox);
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.flat()).toHaveLength(500);
    for (const batch of batches) expect(utf8Length(JSON.stringify(batch))).toBeLessThanOrEqual(SYNC_BATCH_BYTES);
  });

  it('sends a single change that is larger than the limit on its own rather than never', () => {
    expect(syncBatches([{ hlc: 'a', data: 'x'.repeat(50) }], 10, 20)).toHaveLength(1);
  });

  it('counts UTF-8 bytes of any character', () => {
    expect(utf8Length('pijn')).toBe(4);
    expect(utf8Length('é€')).toBe(5);
    expect(utf8Length('💪')).toBe(4);
  });

  it('makes no request for an empty outbox', () => {
    expect(syncBatches([])).toEqual([]);
  });

  it('refuses a batch size that is not a positive whole number', () => {
    expect(() => syncBatches([], 0)).toThrow(RangeError);
  });
});

describe('acknowledging a push', () => {
  it('removes an entry the server received unchanged', () => {
    expect(isAcknowledged('h1', 'h1')).toBe(true);
  });

  it('keeps an entry that was written again while the push was under way', () => {
    expect(isAcknowledged('h1', 'h2')).toBe(false);
  });

  it('has nothing to remove when the entry is already gone', () => {
    expect(isAcknowledged('h1', undefined)).toBe(false);
  });
});

describe('clocks the server found too far ahead', () => {
  it('finds the positions of clock_ahead issues only', () => {
    const issues = [
      { field: 'changes.3.hlc', code: 'clock_ahead' },
      { field: 'changes.0.hlc', code: 'clock_ahead' },
      { field: 'changes.4.data.pain', code: 'out_of_range' },
      { field: 'changes.5.hlc', code: 'invalid_clock' },
    ];
    expect(clockAheadPositions(issues)).toEqual([0, 3]);
  });

  it('gives future records new, increasing clocks from the corrected time and winds the device clock back', () => {
    const future = { millis: Date.parse('2099-01-01T00:00:00Z'), counter: 4, node };
    const now = Date.parse('2026-11-25T12:00:00Z');
    const records = [
      { id: 'a', hlc: formatHlc(future) },
      { id: 'b', hlc: formatHlc({ ...future, counter: 5 }) },
    ];
    const result = restampClocks(records, { ...future, counter: 5 }, now);
    const clocks = result.records.map((record) => parseHlc(record.hlc));
    expect(clocks).toEqual([
      { millis: now, counter: 1, node },
      { millis: now, counter: 2, node },
    ]);
    expect(result.clock).toEqual({ millis: now, counter: 2, node });
    expect(result.records.map((record) => record.id)).toEqual(['a', 'b']);
  });

  it('keeps counting from a device clock that is not ahead', () => {
    const now = Date.parse('2026-11-25T12:00:00Z');
    const result = restampClocks([{ hlc: 'x' }], { millis: now, counter: 7, node }, now);
    expect(result.clock).toEqual({ millis: now, counter: 8, node });
  });
});

describe('waiting between sync tries after network errors', () => {
  it('doubles the wait each try, with a random part between half and all of it', () => {
    expect(retryDelayMs(1, 0)).toBe(1000);
    expect(retryDelayMs(2, 0)).toBe(2000);
    expect(retryDelayMs(3, 0.999)).toBeLessThan(8000);
    expect(retryDelayMs(3, 0.999)).toBeGreaterThan(7900);
  });

  it('never waits longer than five minutes', () => {
    expect(retryDelayMs(50, 1)).toBe(SYNC_RETRY_MAX_MS);
    expect(retryDelayMs(1000, 0.5)).toBe(SYNC_RETRY_MAX_MS * 0.75);
  });

  it('treats attempt 0 or below as the first try', () => {
    expect(retryDelayMs(0, 0)).toBe(1000);
  });
});

describe('the server clock offset', () => {
  it('compares the server time with the middle of the request', () => {
    expect(serverClockOffsetMs(10_500, 1_000, 2_000)).toBe(9_000);
    expect(serverClockOffsetMs(1_500, 1_000, 2_000)).toBe(0);
  });
});

describe('the sync state a person sees', () => {
  const base = { backupOn: true, online: true, syncing: false, pending: 0, failure: null };

  it('says saved on this phone while backup is off, whatever else is true', () => {
    expect(syncStatus({ ...base, backupOn: false, online: false, failure: 'rejected' })).toBe('local_only');
  });

  it('says everything is saved when nothing waits to be sent', () => {
    expect(syncStatus(base)).toBe('saved');
  });

  it('says saving while changes wait or a sync runs', () => {
    expect(syncStatus({ ...base, pending: 1 })).toBe('saving');
    expect(syncStatus({ ...base, syncing: true })).toBe('saving');
  });

  it('says offline without a connection or after a network error', () => {
    expect(syncStatus({ ...base, online: false, pending: 3 })).toBe('offline');
    expect(syncStatus({ ...base, failure: 'network', pending: 3 })).toBe('offline');
  });

  it('shows an error the person may need to act on, even when offline', () => {
    expect(syncStatus({ ...base, online: false, failure: 'unauthorized' })).toBe('error');
    expect(syncStatus({ ...base, failure: 'rejected' })).toBe('error');
    expect(syncStatus({ ...base, failure: 'server' })).toBe('error');
  });
});
