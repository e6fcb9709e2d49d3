import { describe, expect, it } from 'vitest';
import { dateFromParts, datePartOrder, datePartsOf, dateTextFromParts } from './dateParts.js';

const parts = (day: string, month: string, year: string) => ({ day, month, year });

describe('a date typed as day, month and year', () => {
  it('gives the ISO day for a real date, with or without leading zeros', () => {
    expect(dateFromParts(parts('5', '3', '2026'))).toEqual({ ok: true, value: '2026-03-05' });
    expect(dateFromParts(parts(' 05 ', '03', '2026'))).toEqual({ ok: true, value: '2026-03-05' });
  });

  it('accepts 29 February in a leap year and refuses it in another year, naming the day and its last possible value', () => {
    expect(dateFromParts(parts('29', '2', '2024'))).toEqual({ ok: true, value: '2024-02-29' });
    const result = dateFromParts(parts('29', '2', '2025'));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues).toEqual([expect.objectContaining({ field: 'day', code: 'out_of_range', max: 28 })]);
  });

  it('names every part that is missing, and reports nothing typed at all as one missing date', () => {
    const result = dateFromParts(parts('5', '', ''));
    expect(!result.ok && result.issues.map((issue) => [issue.field, issue.code])).toEqual([
      ['month', 'required'],
      ['year', 'required'],
    ]);
    const empty = dateFromParts(parts('', '', ''));
    expect(!empty.ok && empty.issues.map((issue) => [issue.field, issue.code])).toEqual([['date', 'required']]);
  });

  it('says which part is not a number, not whole, or out of range', () => {
    const result = dateFromParts(parts('vijf', '13', '2026'));
    expect(!result.ok && result.issues.map((issue) => [issue.field, issue.code])).toEqual([
      ['day', 'not_a_number'],
      ['month', 'out_of_range'],
    ]);
    const half = dateFromParts(parts('5,5', '3', '2026'));
    expect(!half.ok && half.issues.map((issue) => [issue.field, issue.code])).toEqual([['day', 'not_an_integer']]);
  });

  it('asks for the year in four digits instead of guessing the century', () => {
    const result = dateFromParts(parts('5', '3', '26'));
    expect(!result.ok && result.issues.map((issue) => [issue.field, issue.code])).toEqual([['year', 'invalid_format']]);
    const early = dateFromParts(parts('5', '3', '1850'));
    expect(!early.ok && early.issues).toEqual([
      expect.objectContaining({ field: 'year', code: 'out_of_range', min: 1900 }),
    ]);
  });

  it('refuses a day after the latest allowed day as a date in the future', () => {
    const result = dateFromParts(parts('26', '11', '2026'), { max: '2026-11-25' });
    expect(!result.ok && result.issues.map((issue) => [issue.field, issue.code])).toEqual([['date', 'date_in_future']]);
    expect(dateFromParts(parts('25', '11', '2026'), { max: '2026-11-25' }).ok).toBe(true);
  });

  it('refuses a day before the earliest allowed day', () => {
    const result = dateFromParts(parts('1', '1', '2020'), { min: '2020-01-02' });
    expect(!result.ok && result.issues.map((issue) => [issue.field, issue.code])).toEqual([['date', 'out_of_range']]);
  });
});

describe('the text a form keeps for a date in parts', () => {
  it('is the ISO day for a real date and empty for nothing typed', () => {
    expect(dateTextFromParts(parts('5', '3', '2026'))).toBe('2026-03-05');
    expect(dateTextFromParts(parts('', '', ''))).toBe('');
  });

  it('is never a valid ISO day while a part is missing or the day does not exist', () => {
    expect(dateTextFromParts(parts('5', '3', ''))).toBe('-03-05');
    expect(dateTextFromParts(parts('30', '2', '2026'))).toBe('2026-02-30');
  });

  it('round-trips through the parts of an ISO day', () => {
    expect(datePartsOf('2026-03-05')).toEqual(parts('5', '3', '2026'));
    expect(dateTextFromParts(datePartsOf('2026-12-31'))).toBe('2026-12-31');
    expect(datePartsOf('2026-02-30')).toEqual(parts('', '', ''));
    expect(datePartsOf('')).toEqual(parts('', '', ''));
  });
});

describe('the order of the parts', () => {
  it('puts the day first in Dutch and British English, the month first in US English', () => {
    expect(datePartOrder('nl-NL')).toEqual(['day', 'month', 'year']);
    expect(datePartOrder('en-GB')).toEqual(['day', 'month', 'year']);
    expect(datePartOrder('en-US')).toEqual(['month', 'day', 'year']);
  });
});
