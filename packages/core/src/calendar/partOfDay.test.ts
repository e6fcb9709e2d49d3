import { describe, expect, it } from 'vitest';
import { partOfDay } from './partOfDay.js';

describe('the part of the day', () => {
  it.each([
    [0, 'night'],
    [5, 'night'],
    [6, 'morning'],
    [11, 'morning'],
    [12, 'afternoon'],
    [17, 'afternoon'],
    [18, 'evening'],
    [23, 'evening'],
  ])('calls hour %i %s', (hour, part) => {
    expect(partOfDay(hour)).toBe(part);
  });

  it('refuses an hour outside 0–23', () => {
    expect(() => partOfDay(24)).toThrow(RangeError);
    expect(() => partOfDay(-1)).toThrow(RangeError);
    expect(() => partOfDay(1.5)).toThrow(RangeError);
  });
});
