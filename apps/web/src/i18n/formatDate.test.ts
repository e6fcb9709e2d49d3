import { describe, expect, it, vi } from 'vitest';
import {
  formatDay,
  formatDayMonth,
  formatFullDay,
  formatShortDate,
  loadMessages,
  monthNames,
  weekdayNames,
} from './i18n';

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

describe('dates in words from the catalogue (decision 0042)', () => {
  const intlDay = (isoDate: string, lang: 'nl' | 'en', weekday: boolean, year: boolean) =>
    new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
      ...(weekday ? { weekday: 'long' } : {}),
      day: 'numeric',
      month: 'long',
      ...(year ? { year: 'numeric' } : {}),
      timeZone: 'UTC',
    })
      .format(new Date(`${isoDate}T12:00:00Z`))
      // Some ICU versions put a comma after the English weekday; the app writes none.
      .replace(',', '');

  it('say every month and weekday as Intl does, in both languages, with and without the year', async () => {
    for (const lang of ['nl', 'en'] as const) {
      await loadMessages(lang);
      // The 1st to the 12th of each month of 2025 and 2026: every month, and every weekday many times.
      for (const year of ['2025', '2026']) {
        for (let month = 1; month <= 12; month++) {
          for (let day = 1; day <= 12; day++) {
            const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
            const other = { withYearIfNot: year === '2025' ? '2026-01-01' : '2026-06-01' };
            expect(formatDayMonth(iso, lang, other)).toBe(intlDay(iso, lang, false, year === '2025'));
            expect(formatDay(iso, lang, 'long', other)).toBe(intlDay(iso, lang, true, year === '2025'));
            expect(formatFullDay(iso, lang)).toBe(intlDay(iso, lang, true, true));
          }
        }
      }
    }
  });

  it('build no Intl date formatter once the catalogue is there: the first one starts ICU, a long task on a phone', async () => {
    await loadMessages('nl');
    const spy = vi.spyOn(Intl, 'DateTimeFormat');
    try {
      expect(formatDayMonth('2026-11-23', 'nl', { withYearIfNot: '2026-11-29' })).toBe('23 november');
      expect(formatDay('2025-11-28', 'nl', 'long', { withYearIfNot: '2026-11-27' })).toBe('vrijdag 28 november 2025');
      expect(formatFullDay('2026-03-02', 'nl')).toBe('maandag 2 maart 2026');
      expect(monthNames('nl')[2]).toBe('maart');
      expect(weekdayNames('nl')[6]).toBe('zondag');
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});
