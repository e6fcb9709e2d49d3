import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/calendarDay.js';
import { sleepPainInsight } from './sleepPainInsight.js';

const TODAY = '2026-11-28';

/** Nights and pains for `days` days ending today: night i has hours[i], its day pain[i]. */
function diary(hours: number[], pain: number[], today = TODAY) {
  const nights = hours.map((hoursSlept, i) => ({ day: addDays(today, -i), hoursSlept }));
  const pains = pain.map((p, i) => ({ day: addDays(today, -i), pain: p }));
  return { nights, pains, minHours: 7, today };
}

const repeat = <T>(value: T, times: number): T[] => Array.from({ length: times }, () => value);

describe('sleepPainInsight', () => {
  it('compares the mean pain after short nights with the mean after enough sleep', () => {
    const input = diary([...repeat(6, 7), ...repeat(8, 7)], [...repeat(6, 7), ...repeat(4, 7)]);
    expect(sleepPainInsight(input)).toEqual({
      status: 'ok',
      pairs: 14,
      shortNights: 7,
      enoughNights: 7,
      meanPainAfterShort: 6,
      meanPainAfterEnough: 4,
      difference: 2,
    });
  });

  it('says too little data below 14 pairs, and reports what it counted', () => {
    const input = diary([...repeat(6, 6), ...repeat(8, 7)], [...repeat(6, 6), ...repeat(4, 7)]);
    expect(sleepPainInsight(input)).toEqual({ status: 'too_little_data', pairs: 13, shortNights: 6, enoughNights: 7 });
  });

  it.each([
    [3, 11],
    [11, 3],
  ])('says too little data with %s short and %s enough nights (fewer than 4 of one kind)', (short, enough) => {
    const input = diary([...repeat(5, short), ...repeat(9, enough)], repeat(5, short + enough));
    expect(sleepPainInsight(input)).toEqual({
      status: 'too_little_data',
      pairs: 14,
      shortNights: short,
      enoughNights: enough,
    });
  });

  it('is ok with exactly 4 nights of one kind and 14 pairs', () => {
    const input = diary([...repeat(5, 4), ...repeat(9, 10)], [...repeat(5, 4), ...repeat(3, 10)]);
    expect(sleepPainInsight(input)).toMatchObject({ status: 'ok', shortNights: 4, enoughNights: 10, difference: 2 });
  });

  it('counts a night of exactly the target as enough, and a quarter hour less as short', () => {
    const input = diary([...repeat(7, 7), ...repeat(6.75, 7)], [...repeat(2, 7), ...repeat(5, 7)]);
    expect(sleepPainInsight(input)).toMatchObject({ enoughNights: 7, shortNights: 7, difference: 3 });
  });

  it('pairs a night only with the pain of the same day, and counts only the 28 days ending today', () => {
    const nights = [
      ...Array.from({ length: 28 }, (_, i) => ({ day: addDays(TODAY, -i), hoursSlept: i % 2 ? 6 : 8 })),
      { day: addDays(TODAY, -28), hoursSlept: 3 }, // one day too early
      { day: addDays(TODAY, 1), hoursSlept: 3 }, // later than today
    ];
    const pains = [
      ...Array.from({ length: 10 }, (_, i) => ({ day: addDays(TODAY, -i), pain: 5 })),
      ...Array.from({ length: 6 }, (_, i) => ({ day: addDays(TODAY, -20 - i), pain: 5 })),
      { day: addDays(TODAY, -28), pain: 10 },
      { day: addDays(TODAY, 1), pain: 10 },
    ];
    expect(sleepPainInsight({ nights, pains, minHours: 7, today: TODAY })).toEqual({
      status: 'ok',
      pairs: 16,
      shortNights: 8,
      enoughNights: 8,
      meanPainAfterShort: 5,
      meanPainAfterEnough: 5,
      difference: 0,
    });
  });

  it('rounds each mean half up to one decimal, on the exact value', () => {
    const shortPains = [...repeat(1, 6), 2, 2]; // 10/8 = 1.25 → 1.3
    const enoughPains = [...repeat(0, 5), 1, 1, 1]; // 3/8 = 0.375 → 0.4
    const input = diary([...repeat(6, 8), ...repeat(8, 8)], [...shortPains, ...enoughPains]);
    expect(sleepPainInsight(input)).toMatchObject({
      meanPainAfterShort: 1.3,
      meanPainAfterEnough: 0.4,
      difference: 0.9, // 1.25 − 0.375 = 0.875 → 0.9 (not 1.3 − 0.4)
    });
  });

  it('rounds a difference of −0.25 away from zero to −0.3', () => {
    // Short mean 1.5 (6/4), enough mean 1.75 (21/12): difference −0.25.
    const shortPains = [1, 1, 2, 2];
    const enoughPains = [...repeat(2, 9), 1, 1, 1]; // 21/12 = 1.75 → 1.8
    const input = diary([...repeat(6, 4), ...repeat(8, 12)], [...shortPains, ...enoughPains]);
    expect(sleepPainInsight(input)).toMatchObject({
      meanPainAfterShort: 1.5,
      meanPainAfterEnough: 1.8,
      difference: -0.3,
    });
  });

  it.each([
    [
      'nights',
      {
        nights: [
          { day: TODAY, hoursSlept: 7 },
          { day: TODAY, hoursSlept: 6 },
        ],
      },
      /nights\.1\.day/,
    ],
    [
      'pains',
      {
        pains: [
          { day: TODAY, pain: 3 },
          { day: TODAY, pain: 4 },
        ],
      },
      /pains\.1\.day/,
    ],
    ['a date that does not exist', { nights: [{ day: '2026-02-30', hoursSlept: 7 }] }, /nights\.0\.day/],
    ['hours above 24', { nights: [{ day: TODAY, hoursSlept: 24.5 }] }, /hoursSlept/],
    ['negative hours', { nights: [{ day: TODAY, hoursSlept: -1 }] }, /hoursSlept/],
    ['hours that are not a number', { nights: [{ day: TODAY, hoursSlept: Number.NaN }] }, /hoursSlept/],
    ['pain above 10', { pains: [{ day: TODAY, pain: 11 }] }, /pain/],
    ['pain that is not whole', { pains: [{ day: TODAY, pain: 4.5 }] }, /pain/],
    ['minHours below 6', { minHours: 5.75 }, /minHours/],
    ['minHours above 10', { minHours: 10.25 }, /minHours/],
    ['a today that does not exist', { today: '2026-13-01' }, /today/],
  ])('throws a RangeError naming the field for %s', (_, change, field) => {
    const input = { nights: [], pains: [], minHours: 7, today: TODAY, ...change };
    expect(() => sleepPainInsight(input)).toThrow(RangeError);
    expect(() => sleepPainInsight(input)).toThrow(field);
  });

  it('accepts the ends of the ranges: 0 and 24 hours, pain 0 and 10, minHours 6 and 10', () => {
    for (const minHours of [6, 10]) {
      const input = {
        nights: [
          { day: TODAY, hoursSlept: 0 },
          { day: addDays(TODAY, -1), hoursSlept: 24 },
        ],
        pains: [
          { day: TODAY, pain: 0 },
          { day: addDays(TODAY, -1), pain: 10 },
        ],
        minHours,
        today: TODAY,
      };
      expect(sleepPainInsight(input)).toEqual({ status: 'too_little_data', pairs: 2, shortNights: 1, enoughNights: 1 });
    }
  });

  it('always counts pairs as short plus enough nights, and flips the sign of the difference when the pains swap', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ hours: fc.integer({ min: 0, max: 96 }), a: fc.integer({ min: 0, max: 10 }) }), {
          minLength: 14,
          maxLength: 28,
        }),
        (days) => {
          const hours = days.map((d) => d.hours / 4);
          const result = sleepPainInsight(
            diary(
              hours,
              days.map((d) => d.a),
            ),
          );
          expect(result.pairs).toBe(result.shortNights + result.enoughNights);
          expect(result.pairs).toBe(days.length);
          if (result.status !== 'ok') return;
          // Give short nights the pain of enough nights and the other way round (10 − pain keeps it in range).
          const mirrored = sleepPainInsight(
            diary(
              hours,
              days.map((d) => 10 - d.a),
            ),
          );
          if (mirrored.status === 'ok')
            expect(mirrored.difference).toBe(result.difference === 0 ? 0 : -result.difference);
          expect(Object.is(result.difference, -0)).toBe(false);
        },
      ),
    );
  });
});
