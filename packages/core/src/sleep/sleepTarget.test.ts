import { describe, expect, it } from 'vitest';
import { sleepTarget } from './sleepTarget.js';

describe('sleepTarget', () => {
  it.each([
    [18, 7, 9],
    [40, 7, 9],
    [64, 7, 9],
    [64.9, 7, 9],
    [65, 7, 8],
    [90, 7, 8],
    [120, 7, 8],
  ])('recommends for age %s between %s and %s hours, the same for every sex', (age, minHours, maxHours) => {
    expect(sleepTarget(age)).toEqual({ minHours, maxHours });
  });

  it.each([17, 17.9, 0, -1, 121, Number.NaN, Number.POSITIVE_INFINITY])(
    'throws a RangeError naming ageYears for age %s',
    (age) => {
      expect(() => sleepTarget(age)).toThrow(RangeError);
      expect(() => sleepTarget(age)).toThrow(/ageYears/);
    },
  );
});
