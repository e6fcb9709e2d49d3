import { describe, expect, it } from 'vitest';
import { formatDay, formatDayMonth, formatShortDate, monthNames, weekdayNames } from './i18n';

describe('dates in words', () => {
  it('keep the existing form without a year when not asked for one', () => {
    expect(formatDay('2025-11-28', 'nl')).toBe('vrijdag 28 november');
    expect(formatDay('2025-11-28', 'en', 'short')).toBe('Fri 28 Nov');
  });

  it('add the year for a day in another year than today, and leave it out for this year', () => {
    expect(formatDay('2025-11-28', 'nl', 'long', { withYearIfNot: '2026-11-27' })).toBe('vrijdag 28 november 2025');
    expect(formatDay('2025-11-28', 'en', 'long', { withYearIfNot: '2026-11-27' })).toMatch(
      /^Friday,? 28 November 2025$/,
    );
    expect(formatDay('2026-03-02', 'nl', 'long', { withYearIfNot: '2026-11-27' })).toBe('maandag 2 maart');
  });

  it('write a short date for a chart axis, with the year only when it is not this year', () => {
    expect(formatShortDate('2026-03-05', 'nl', { withYearIfNot: '2026-11-27' })).toBe('5 mrt');
    expect(formatShortDate('2025-03-05', 'en', { withYearIfNot: '2026-11-27' })).toBe('5 Mar 2025');
  });

  it('name the months in the chosen language, January first', () => {
    expect(monthNames('nl').slice(0, 3)).toEqual(['januari', 'februari', 'maart']);
    expect(monthNames('en').at(-1)).toBe('December');
  });

  it('write a day and month in full, with the year only when it is not this year', () => {
    expect(formatDayMonth('2026-11-23', 'nl', { withYearIfNot: '2026-11-29' })).toBe('23 november');
    expect(formatDayMonth('2025-12-29', 'en', { withYearIfNot: '2026-01-04' })).toBe('29 December 2025');
  });

  it('name the weekdays in the chosen language, Monday first', () => {
    expect(weekdayNames('nl')).toEqual([
      'maandag',
      'dinsdag',
      'woensdag',
      'donderdag',
      'vrijdag',
      'zaterdag',
      'zondag',
    ]);
    expect(weekdayNames('en').at(-1)).toBe('Sunday');
  });
});
