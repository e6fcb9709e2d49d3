import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/calendarDay.js';
import { activeDaysThisWeek, activeWeeks, weekStartOf } from './activeWeeks.js';

// 2026-11-23 is a Monday; today in most cases is Wednesday 2026-11-25.
const MON = '2026-11-23';
const day = (monday: string, offset: number) => addDays(monday, offset);
const weeksBack = (weeks: number) => addDays(MON, -7 * weeks);
/** The first `count` days (Monday on) of the week starting `monday`. */
const daysOf = (monday: string, count: number) => Array.from({ length: count }, (_, i) => day(monday, i));

describe('weekStartOf', () => {
  it('gives the Monday of the ISO week, for every day of that week', () => {
    for (let i = 0; i < 7; i++) expect(weekStartOf(day(MON, i))).toBe(MON);
    expect(weekStartOf(day(MON, 7))).toBe('2026-11-30');
  });

  it('keeps the days around new year in their ISO week', () => {
    expect(weekStartOf('2027-01-01')).toBe('2026-12-28');
    expect(weekStartOf('2026-01-01')).toBe('2025-12-29');
  });
});

describe('activeWeeks counts weeks, never days (docs/clinical-rules.md §10)', () => {
  it('is 0 without any active day', () => {
    expect(activeWeeks([], '2026-11-25')).toBe(0);
  });

  it('counts the unbroken run of weeks with three active days that ends with the last complete week', () => {
    const days = [...daysOf(weeksBack(3), 3), ...daysOf(weeksBack(2), 4), ...daysOf(weeksBack(1), 3)];
    expect(activeWeeks(days, '2026-11-25')).toBe(3);
  });

  it('stops at the first week below the minimum, looking back', () => {
    const days = [
      ...daysOf(weeksBack(4), 7),
      ...daysOf(weeksBack(3), 2),
      ...daysOf(weeksBack(2), 3),
      ...daysOf(weeksBack(1), 3),
    ];
    expect(activeWeeks(days, '2026-11-25')).toBe(2);
  });

  it('adds the current week once it already counts', () => {
    const days = [...daysOf(weeksBack(1), 3), ...daysOf(MON, 3)];
    expect(activeWeeks(days, '2026-11-25')).toBe(2);
  });

  it('never lets the current week break the run while it does not count yet', () => {
    const days = [...daysOf(weeksBack(2), 3), ...daysOf(weeksBack(1), 3), day(MON, 0)];
    expect(activeWeeks(days, '2026-11-25')).toBe(2);
    expect(activeWeeks(daysOf(weeksBack(1), 3), '2026-11-29')).toBe(1);
  });

  it('is 0 when the last complete week does not count, even with older counting weeks', () => {
    const days = [...daysOf(weeksBack(3), 3), ...daysOf(weeksBack(2), 3), ...daysOf(weeksBack(1), 2)];
    expect(activeWeeks(days, '2026-11-25')).toBe(0);
  });

  it('counts the current week alone when it counts and the week before does not', () => {
    expect(activeWeeks(daysOf(MON, 3), '2026-11-25')).toBe(1);
  });

  it('treats Sunday as part of the current week, not as a complete week that could break the run', () => {
    const days = [...daysOf(weeksBack(1), 3), day(MON, 6)];
    expect(activeWeeks(days, day(MON, 6))).toBe(1);
    expect(activeWeeks([...days, day(MON, 0), day(MON, 1)], day(MON, 6))).toBe(2);
  });

  it('counts a week from Monday to Sunday: three days across two weeks do not count', () => {
    const days = [day(weeksBack(1), 5), day(weeksBack(1), 6), day(MON, 0)];
    expect(activeWeeks(days, day(MON, 2))).toBe(0);
  });

  it('counts distinct days: one day written three times is one day', () => {
    const monday = weeksBack(1);
    expect(activeWeeks([monday, monday, monday], '2026-11-25')).toBe(0);
    expect(activeWeeks([monday, monday, day(monday, 1), day(monday, 2)], '2026-11-25')).toBe(1);
  });

  it('ignores days after today, also later days of the current week', () => {
    const days = [...daysOf(weeksBack(1), 3), day(MON, 0), day(MON, 4), day(MON, 5)];
    expect(activeWeeks(days, day(MON, 1))).toBe(1);
    expect(activeWeeks(days, day(MON, 5))).toBe(2);
    expect(activeWeeks(['2027-01-04', '2027-01-05', '2027-01-06'], '2026-11-25')).toBe(0);
  });

  it('takes the days in any order', () => {
    const days = [...daysOf(weeksBack(2), 3), ...daysOf(weeksBack(1), 3)].reverse();
    expect(activeWeeks(days, '2026-11-25')).toBe(2);
  });

  it('uses the chosen number of days per week, from 1 to 7', () => {
    const days = [...daysOf(weeksBack(3), 1), ...daysOf(weeksBack(2), 5), ...daysOf(weeksBack(1), 7)];
    expect(activeWeeks(days, '2026-11-25', 1)).toBe(3);
    expect(activeWeeks(days, '2026-11-25', 5)).toBe(2);
    expect(activeWeeks(days, '2026-11-25', 7)).toBe(1);
  });

  it('runs across the new year through ISO weeks', () => {
    // 2026-12-28 is the Monday of the week that holds 2027-01-01.
    const days = [...daysOf('2026-12-21', 3), ...daysOf('2026-12-28', 3), ...daysOf('2027-01-04', 3)];
    expect(activeWeeks(days, '2027-01-12')).toBe(3);
  });

  it('counts long runs', () => {
    const days = Array.from({ length: 104 }, (_, week) => daysOf(weeksBack(week + 1), 3)).flat();
    expect(activeWeeks(days, '2026-11-25')).toBe(104);
  });

  it('refuses a number of days that is not a whole number from 1 to 7', () => {
    for (const minDays of [0, 8, 2.5, -1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => activeWeeks([], '2026-11-25', minDays)).toThrow(RangeError);
  });

  it('refuses a date that does not exist, as today or as an active day', () => {
    expect(() => activeWeeks([], '2026-02-29')).toThrow(RangeError);
    expect(() => activeWeeks(['2026-02-30'], '2026-11-25')).toThrow(RangeError);
    expect(() => activeWeeks(['25-11-2026'], '2026-11-25')).toThrow(RangeError);
    // A date after today that does not exist is still refused, not ignored.
    expect(() => activeWeeks(['2027-02-29'], '2026-11-25')).toThrow(RangeError);
  });
});

describe('activeDaysThisWeek', () => {
  it('counts the distinct days from Monday up to today', () => {
    const days = ['2026-11-22', '2026-11-23', '2026-11-23', '2026-11-25', '2026-11-26'];
    expect(activeDaysThisWeek(days, '2026-11-25')).toBe(2);
    expect(activeDaysThisWeek(days, '2026-11-29')).toBe(3);
    expect(activeDaysThisWeek(days, '2026-11-30')).toBe(0);
  });
});
