import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/calendarDay.js';
import { stressStaysHigh } from './stressStaysHigh.js';

const TODAY = '2026-11-28';
const day = (back: number) => addDays(TODAY, -back);

describe('stressStaysHigh', () => {
  it('is true with stress 7 or more on 4 of the last 7 days', () => {
    const entries = [0, 2, 4, 6].map((back) => ({ day: day(back), stress: 7 }));
    expect(stressStaysHigh(entries, TODAY)).toBe(true);
  });

  it('is false with 3 high days, whatever the other days say', () => {
    const entries = [
      ...[0, 1, 2].map((back) => ({ day: day(back), stress: 10 })),
      ...[3, 4, 5, 6].map((back) => ({ day: day(back), stress: 6 })),
    ];
    expect(stressStaysHigh(entries, TODAY)).toBe(false);
  });

  it('does not count days outside the 7 days ending today, before or after', () => {
    const entries = [
      ...[0, 1, 2].map((back) => ({ day: day(back), stress: 8 })),
      { day: day(7), stress: 9 },
      { day: day(-1), stress: 9 },
    ];
    expect(stressStaysHigh(entries, TODAY)).toBe(false);
  });

  it('does not count a day without an entry as high', () => {
    expect(stressStaysHigh([], TODAY)).toBe(false);
  });

  it.each([
    [
      'a day twice',
      [
        { day: TODAY, stress: 3 },
        { day: TODAY, stress: 8 },
      ],
      /entries\.1\.day/,
    ],
    ['stress that is not whole', [{ day: TODAY, stress: 7.5 }], /entries\.0\.stress/],
    ['stress above 10', [{ day: TODAY, stress: 11 }], /entries\.0\.stress/],
    ['stress below 0', [{ day: TODAY, stress: -1 }], /entries\.0\.stress/],
    ['a date that does not exist', [{ day: '2026-11-31', stress: 3 }], /entries\.0\.day/],
  ])('throws a RangeError naming the field for %s', (_, entries, field) => {
    expect(() => stressStaysHigh(entries, TODAY)).toThrow(RangeError);
    expect(() => stressStaysHigh(entries, TODAY)).toThrow(field);
  });

  it('checks entries outside the window too', () => {
    expect(() => stressStaysHigh([{ day: day(30), stress: 12 }], TODAY)).toThrow(RangeError);
  });
});
