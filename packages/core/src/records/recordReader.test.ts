import { describe, expect, it } from 'vitest';
import { addDays, calendarDayAt } from '../calendar/calendarDay.js';
import { storedRecord } from '../testing/testRecords.js';
import { RECORD } from './recordNames.js';
import { storedOfType } from './recordReader.js';
import { readerOf, validateRecordData } from './recordRegistry.js';

const record = storedRecord;
const clock = (n: number) => `000000000000${n}-0000-aaaaaaaaaaaaaaaa`;
const at = '2026-11-25T10:00:00Z';

describe('storedOfType', () => {
  it('keeps only the records of the type, leaves out deleted ones and sorts the rest oldest clock first', () => {
    const records = [
      record('b', RECORD.concern, { at, text: 'tweede' }, clock(2)),
      record('a', RECORD.concern, { at, text: 'eerste' }, clock(1)),
      record('c', RECORD.concern, { at, text: 'weg' }, clock(3), true),
      record('d', RECORD.psk, { at, text: 'ander type' }, clock(0)),
    ];
    expect(storedOfType(records, RECORD.concern)).toEqual([
      { id: 'a', hlc: clock(1), data: { at, text: 'eerste' } },
      { id: 'b', hlc: clock(2), data: { at, text: 'tweede' } },
    ]);
  });

  it('checks nothing: data no validator would accept is passed on as it is, unknown fields included', () => {
    const broken = { at: 'gisteren', text: 42, mood: 'calm' };
    expect(storedOfType([record('a', RECORD.concern, broken, clock(1))], RECORD.concern)).toEqual([
      { id: 'a', hlc: clock(1), data: broken },
    ]);
  });
});

describe('readerOf', () => {
  it('leaves out a record whose data its type validator refuses', () => {
    const read = readerOf([
      record('a', RECORD.concern, { at, text: 'goed' }, clock(1)),
      record('b', RECORD.concern, { at: 'gisteren', text: 'kapot' }, clock(2)),
      record('c', RECORD.checkIn, { date: '2026-11-25', pain: 11 }, clock(3)),
    ]);
    expect(read(RECORD.concern).map((stored) => stored.id)).toEqual(['a']);
    expect(read(RECORD.checkIn)).toEqual([]);
  });

  it('keeps a record whose only problem is a field a newer app added, and leaves that field out of its data', () => {
    const read = readerOf([record('a', RECORD.checkIn, { date: '2026-11-25', pain: 4, mood: 'calm' }, clock(1))]);
    expect(read(RECORD.checkIn)).toEqual([{ id: 'a', hlc: clock(1), data: { date: '2026-11-25', pain: 4 } }]);
  });

  it('gives the same array when asked for the same type a second time', () => {
    const read = readerOf([record('a', RECORD.concern, { at, text: 'goed' }, clock(1))]);
    const first = read(RECORD.concern);
    expect(read(RECORD.concern)).toBe(first);
    expect(read(RECORD.psk)).toEqual([]);
  });

  it('reads a check-in dated after today, because it checks without a today', () => {
    const today = calendarDayAt(new Date());
    const ahead = { date: addDays(today, 3), pain: 5 };
    expect(validateRecordData(RECORD.checkIn, ahead, { today }).ok).toBe(false);
    const read = readerOf([record('a', RECORD.checkIn, ahead, clock(1))]);
    expect(read(RECORD.checkIn)).toEqual([{ id: 'a', hlc: clock(1), data: ahead }]);
  });
});
