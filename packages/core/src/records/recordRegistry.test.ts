import { describe, expect, it } from 'vitest';
import { CONCERN_KIND } from '../safety/safetyRecords.js';
import { storedRecord } from '../testing/testRecords.js';
import { readRecords } from './recordKinds.js';
import { RECORD } from './recordNames.js';
import { isRecordType, validateRecordData } from './recordRegistry.js';
import { RECORD_KINDS, RECORD_TYPES, RECORD_VALIDATORS } from './syncChange.js';

const record = storedRecord;

describe('the record registry', () => {
  it('names every record type once, and nothing else', () => {
    expect(Object.values(RECORD).sort()).toEqual([...RECORD_TYPES].sort());
    expect(new Set(Object.values(RECORD)).size).toBe(RECORD_TYPES.length);
  });

  it('has one kind per record type, whose validator is the one the table uses', () => {
    const all = RECORD_KINDS;
    expect(all.map((kind) => kind.type).sort()).toEqual([...RECORD_TYPES].sort());
    for (const kind of all) expect(RECORD_VALIDATORS[kind.type]).toBe(kind.validate);
  });

  it('knows its own types and nothing else', () => {
    expect(isRecordType('safety_check')).toBe(true);
    expect(isRecordType('toString')).toBe(false);
    expect(isRecordType(42)).toBe(false);
  });

  it('checks data with the type validator and names the field that is wrong', () => {
    expect(validateRecordData(RECORD.concern, { at: '2026-11-25T10:00:00Z', text: 'Mijn been tintelt' }).ok).toBe(true);
    const refused = validateRecordData(RECORD.psk, { date: 'gisteren', activities: [], score: 0 });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.issues.map((issue) => issue.field)).toContain('date');
  });

  it('refuses a date more than a day after the writer today (time zones) when today is given', () => {
    const checkIn = { date: '2026-11-27', pain: 3 };
    expect(validateRecordData(RECORD.checkIn, checkIn).ok).toBe(true);
    expect(validateRecordData(RECORD.checkIn, checkIn, { today: '2026-11-25' }).ok).toBe(false);
  });

  it('reads one type, oldest clock first, leaving out deleted and broken records but keeping newer fields', () => {
    const at = '2026-11-25T10:00:00Z';
    const records = [
      record('b', RECORD.concern, { at, text: 'tweede' }, '0000000000002-0000-aaaaaaaaaaaaaaaa'),
      record('a', RECORD.concern, { at, text: 'eerste', mood: 'calm' }, '0000000000001-0000-aaaaaaaaaaaaaaaa'),
      record('c', RECORD.concern, { at, text: 'weg' }, '0000000000003-0000-aaaaaaaaaaaaaaaa', true),
      record('d', RECORD.concern, { at: 'gisteren', text: 'kapot' }, '0000000000004-0000-aaaaaaaaaaaaaaaa'),
      record('e', RECORD.psk, { at, text: 'ander type' }, '0000000000005-0000-aaaaaaaaaaaaaaaa'),
    ];
    const read = readRecords(records, CONCERN_KIND);
    expect(read.map((r) => r.id)).toEqual(['a', 'b']);
    expect(read[0]?.data).toEqual({ at, text: 'eerste' });
  });
});
