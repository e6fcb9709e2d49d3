import { describe, expect, it } from 'vitest';
import { type PskActivity, scorePsk } from './psk.js';

describe('scorePsk', () => {
  it('is the mean of one to three ratings, unrounded', () => {
    expect(scorePsk([{ activity: 'Walking', score: 6 }])).toBe(6);
    expect(
      scorePsk([
        { activity: 'Vacuuming', score: 4 },
        { activity: 'Cycling', score: 7 },
      ]),
    ).toBe(5.5);
    expect(
      scorePsk([
        { activity: 'a', score: 0 },
        { activity: 'b', score: 10 },
        { activity: 'c', score: 5 },
      ]),
    ).toBe(5);
    expect(
      scorePsk([
        { activity: 'a', score: 1 },
        { activity: 'b', score: 2 },
        { activity: 'c', score: 2 },
      ]),
    ).toBeCloseTo(5 / 3, 12);
  });

  it.each([
    [[], /activities/],
    [[1, 2, 3, 4].map((n) => ({ activity: `a${n}`, score: 5 })), /activities/],
    [[{ activity: '', score: 5 }], /activities\.0\.activity/],
    [
      [
        { activity: 'a', score: 5 },
        { activity: 'b', score: 11 },
      ],
      /activities\.1\.score/,
    ],
    [[{ activity: 'a', score: -1 }], /activities\.0\.score/],
    [[{ activity: 'a', score: Number.NaN }], /activities\.0\.score/],
  ])('throws a RangeError naming the field for %j', (activities, field) => {
    expect(() => scorePsk(activities as PskActivity[])).toThrow(RangeError);
    expect(() => scorePsk(activities as PskActivity[])).toThrow(field);
  });
});
