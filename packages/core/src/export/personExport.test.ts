import { describe, expect, it } from 'vitest';
import { RECORD } from '../records/recordNames.js';
import type { SyncRecord } from '../sync/merge.js';
import { storedRecord } from '../testing/testRecords.js';
import { buildPersonExport, EXPORT_FORMAT, EXPORT_VERSION, exportFileName } from './personExport.js';

const CONTEXT = { exportedAt: '2026-11-29T10:00:00.000Z', language: 'nl' as const };
const clock = (minute: number, counter = 0) =>
  `2026-11-28T10:${String(minute).padStart(2, '0')}:00.000Z-${counter.toString(16).padStart(4, '0')}-0123456789abcdef`;
const record = (id: string, type: string, minute: number, data: unknown, deleted = false): SyncRecord =>
  storedRecord(id, type, data, clock(minute), deleted);

describe('buildPersonExport', () => {
  it('names its format and version, and says when and in which language it was made', () => {
    const result = buildPersonExport([], CONTEXT);
    expect(result).toMatchObject({
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: '2026-11-29T10:00:00.000Z',
      language: 'nl',
      recordCount: 0,
    });
    expect(result.format).toBe('veerkracht-export');
    expect(result.version).toBe(1);
  });

  it('has a list for every record type, empty when there are no records of it', () => {
    const result = buildPersonExport([], CONTEXT);
    expect(Object.keys(result.records).sort()).toEqual(Object.values(RECORD).sort());
    expect(Object.values(result.records).every((list) => list.length === 0)).toBe(true);
  });

  it('keeps every record with its id, type, clock, time of change and data exactly as stored', () => {
    const data = { date: '2026-11-28', pain: 3, futureField: 'kept' };
    const result = buildPersonExport([record('a', RECORD.checkIn, 5, data)], CONTEXT);
    expect(result.records[RECORD.checkIn]).toEqual([
      { id: 'a', type: RECORD.checkIn, changedAt: '2026-11-28T10:05:00.000Z', hlc: clock(5), data },
    ]);
    expect(result.recordCount).toBe(1);
  });

  it('leaves deleted records out', () => {
    const result = buildPersonExport(
      [
        record('a', RECORD.concern, 1, { at: '2026-11-28T10:00:00Z', text: 'x' }),
        record('b', RECORD.concern, 2, null, true),
      ],
      CONTEXT,
    );
    expect(result.records[RECORD.concern]?.map((item) => item.id)).toEqual(['a']);
    expect(result.recordCount).toBe(1);
  });

  it('puts each type’s records oldest change first, whatever order they come in', () => {
    const result = buildPersonExport(
      [record('late', RECORD.psk, 9, {}), record('early', RECORD.psk, 1, {}), record('middle', RECORD.psk, 4, {})],
      CONTEXT,
    );
    expect(result.records[RECORD.psk]?.map((item) => item.id)).toEqual(['early', 'middle', 'late']);
  });

  it('keeps a record of a type this version does not know, under its own type', () => {
    const result = buildPersonExport([record('n', 'newer_type', 1, { x: 1 })], CONTEXT);
    expect(result.records.newer_type?.[0]?.data).toEqual({ x: 1 });
  });

  it('gives no time of change for a clock it cannot read, and still keeps the record', () => {
    const result = buildPersonExport([{ ...record('a', RECORD.psk, 1, {}), hlc: 'not a clock' }], CONTEXT);
    expect(result.records[RECORD.psk]?.[0]).toMatchObject({ changedAt: null, hlc: 'not a clock' });
  });

  it('survives a round trip through JSON unchanged', () => {
    const result = buildPersonExport([record('a', RECORD.checkIn, 5, { date: '2026-11-28', pain: 3 })], CONTEXT);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('exportFileName', () => {
  it('names the file after the day it was made', () => {
    expect(exportFileName('2026-11-29', 'json')).toBe('veerkracht-2026-11-29.json');
    expect(exportFileName('2026-11-29', 'zip')).toBe('veerkracht-2026-11-29.zip');
  });
});
