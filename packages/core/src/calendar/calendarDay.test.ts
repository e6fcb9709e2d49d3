import { describe, expect, it } from 'vitest';
import { addDays, calendarDayAt, daysBetween, fromEpochDay, isIsoDate, lastDays, toEpochDay } from './calendarDay.js';

describe('calendar days', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2026-13-01', false],
    ['2026-04-31', false],
    ['2026-1-05', false],
    ['', false],
  ])('treats %s as a real calendar date: %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('rejects values that are not strings as dates', () => {
    expect(isIsoDate(20240229)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });

  it('counts days across a leap day', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('counts whole days across both DST changes, never 23 or 25 hours', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });

  it('round-trips epoch days', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(fromEpochDay(toEpochDay('2026-11-25'))).toBe('2026-11-25');
  });

  it('throws a RangeError naming the date for an invalid date', () => {
    expect(() => toEpochDay('2026-02-30')).toThrow(RangeError);
    expect(() => toEpochDay('2026-02-30')).toThrow(/date/);
  });

  it('takes the calendar day in Amsterdam, not in UTC', () => {
    // 23:30 UTC on 28 March 2026 is 00:30 on 29 March in Amsterdam (winter time, UTC+1).
    expect(calendarDayAt(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29');
    // 22:30 UTC on 29 March is 00:30 on 30 March (summer time, UTC+2).
    expect(calendarDayAt(new Date('2026-03-29T22:30:00Z'))).toBe('2026-03-30');
    expect(calendarDayAt(new Date('2026-03-29T21:30:00Z'))).toBe('2026-03-29');
    expect(calendarDayAt(new Date('2026-03-28T23:30:00Z'), 'UTC')).toBe('2026-03-28');
  });

  it('lists the last days oldest first, ending on the given day', () => {
    expect(lastDays('2026-03-01', 3)).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
    expect(lastDays('2026-03-01', 0)).toEqual([]);
  });
});
