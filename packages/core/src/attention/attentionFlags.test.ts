import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/calendarDay.js';
import {
  type AttentionCheckIn,
  type AttentionInput,
  attentionFacts,
  attentionFlags,
  sortByAttention,
} from './attentionFlags.js';

// docs/clinical-rules.md §11.
const TODAY = '2026-11-29';
const day = (back: number) => addDays(TODAY, -back);
const input = (change: Partial<AttentionInput> = {}): AttentionInput => ({
  linkedSince: day(30),
  openSafetyTier: null,
  openConcerns: 0,
  unsettledSessionDays: [],
  checkIns: [{ day: TODAY, pain: 3 }],
  ...change,
});
const pains = (backs: number[], pain: number): AttentionCheckIn[] => backs.map((back) => ({ day: day(back), pain }));

describe('attentionFlags', () => {
  it('gives nothing for a patient who checks in and has nothing open', () => {
    expect(attentionFlags(input(), TODAY)).toEqual([]);
  });

  it('flags safety for any open tier, and a concern for any unread one', () => {
    for (const tier of ['emergency', 'gp_soon', 'review'] as const) {
      expect(attentionFlags(input({ openSafetyTier: tier }), TODAY)).toEqual(['safety']);
    }
    expect(attentionFlags(input({ openConcerns: 1 }), TODAY)).toEqual(['concern']);
    expect(attentionFlags(input({ openConcerns: 0 }), TODAY)).toEqual([]);
  });

  it('flags not settled for a session day within the 7 days ending today, not before, not after', () => {
    expect(attentionFlags(input({ unsettledSessionDays: [day(6)] }), TODAY)).toEqual(['not_settled']);
    expect(attentionFlags(input({ unsettledSessionDays: [TODAY] }), TODAY)).toEqual(['not_settled']);
    expect(attentionFlags(input({ unsettledSessionDays: [day(7)] }), TODAY)).toEqual([]);
    expect(attentionFlags(input({ unsettledSessionDays: [day(-1)] }), TODAY)).toEqual([]);
  });

  it('flags rising pain at a difference of exactly 2.0, and not just below', () => {
    const rising = [...pains([0, 1, 2], 5), ...pains([7, 8, 9], 3)];
    expect(attentionFlags(input({ checkIns: rising }), TODAY)).toEqual(['rising_pain']);
    // 4.9 − 3 = 1.9
    const almost = [...pains([0, 1], 5), { day: day(2), pain: 4.7 }, ...pains([7, 8, 9], 3)];
    expect(attentionFlags(input({ checkIns: almost }), TODAY)).toEqual([]);
  });

  it('compares exact means: a difference of exactly 2 in thirds counts', () => {
    // 20/3 − 14/3 = 2 exactly; in doubles the two means need not differ by exactly 2.
    const thirds = [...pains([0, 1], 7), { day: day(2), pain: 6 }, ...pains([7, 8], 5), { day: day(9), pain: 4 }];
    expect(attentionFlags(input({ checkIns: thirds }), TODAY)).toEqual(['rising_pain']);
    // Means 5.3 and 3.3 from tenths: 0.1 + 0.2 style sums must not fall just below 2.
    const tenths = [
      { day: day(0), pain: 5.1 },
      { day: day(1), pain: 5.2 },
      { day: day(2), pain: 5.6 },
      { day: day(7), pain: 3.1 },
      { day: day(8), pain: 3.2 },
      { day: day(9), pain: 3.6 },
    ];
    expect(attentionFlags(input({ checkIns: tenths }), TODAY)).toEqual(['rising_pain']);
  });

  it('needs at least 3 check-ins in each week before comparing', () => {
    const twoThisWeek = [...pains([0, 1], 9), ...pains([7, 8, 9], 1)];
    expect(attentionFlags(input({ checkIns: twoThisWeek }), TODAY)).toEqual([]);
    const twoBefore = [...pains([0, 1, 2], 9), ...pains([7, 8], 1)];
    expect(attentionFlags(input({ checkIns: twoBefore }), TODAY)).toEqual([]);
  });

  it('reads the week before as days 7 to 13 back: day 14 does not count', () => {
    const outside = [...pains([0, 1, 2], 9), ...pains([7, 8], 1), ...pains([14], 1)];
    expect(attentionFlags(input({ checkIns: outside }), TODAY)).toEqual([]);
    const inside = [...pains([0, 1, 2], 9), ...pains([7, 8], 1), ...pains([13], 1)];
    expect(attentionFlags(input({ checkIns: inside }), TODAY)).toEqual(['rising_pain']);
  });

  it('flags no check-in when none in the 7 days ending today and linked at least 7 days ago', () => {
    const lastWeek = pains([7], 3);
    expect(attentionFlags(input({ checkIns: lastWeek, linkedSince: day(7) }), TODAY)).toEqual(['no_check_in']);
    expect(attentionFlags(input({ checkIns: lastWeek, linkedSince: day(6) }), TODAY)).toEqual([]);
    expect(attentionFlags(input({ checkIns: pains([6], 3), linkedSince: day(30) }), TODAY)).toEqual([]);
    expect(attentionFlags(input({ checkIns: [], linkedSince: day(30) }), TODAY)).toEqual(['no_check_in']);
  });

  it('flags high stress with stress 7 or more on 4 of the last 7 days', () => {
    const stressed = [0, 1, 2, 3].map((back) => ({ day: day(back), pain: 3, stress: 7 }));
    expect(attentionFlags(input({ checkIns: stressed }), TODAY)).toEqual(['high_stress']);
    const three = stressed.slice(0, 3);
    expect(attentionFlags(input({ checkIns: three }), TODAY)).toEqual([]);
  });

  it('ignores check-ins and sessions after today', () => {
    const future = [...pains([-1, -2, -3], 9), ...pains([4, 5, 6], 1), ...pains([7, 8, 9], 1)];
    expect(attentionFlags(input({ checkIns: future }), TODAY)).toEqual([]);
    const onlyFuture = { checkIns: pains([-1], 3), unsettledSessionDays: [day(-1)] };
    expect(attentionFlags(input(onlyFuture), TODAY)).toEqual(['no_check_in']);
    const stressLater = [-1, -2, -3, 0].map((back) => ({ day: day(back), pain: 3, stress: 9 }));
    expect(attentionFlags(input({ checkIns: stressLater }), TODAY)).toEqual([]);
  });

  it('lists every flag in the set order', () => {
    const all = input({
      linkedSince: day(60),
      openSafetyTier: 'gp_soon',
      openConcerns: 2,
      unsettledSessionDays: [day(3)],
      checkIns: [
        ...[7, 8, 9].map((back) => ({ day: day(back), pain: 2, stress: 8 })),
        ...[10, 11, 12, 13].map((back) => ({ day: day(back), pain: 2, stress: 9 })),
      ],
    });
    // No check-in this week, so no rising pain; stress is read over the last 7 days only.
    expect(attentionFlags(all, TODAY)).toEqual(['safety', 'concern', 'not_settled', 'no_check_in']);
    const busy = input({
      openSafetyTier: 'review',
      openConcerns: 1,
      unsettledSessionDays: [TODAY],
      checkIns: [
        ...[0, 1, 2, 3].map((back) => ({ day: day(back), pain: 8, stress: 8 })),
        ...[7, 8, 9].map((back) => ({ day: day(back), pain: 2 })),
      ],
    });
    expect(attentionFlags(busy, TODAY)).toEqual(['safety', 'concern', 'not_settled', 'rising_pain', 'high_stress']);
  });

  it.each([
    ['a check-in day twice', input({ checkIns: [...pains([1], 3), ...pains([1], 4)] }), /checkIns\.1\.day/],
    ['a check-in date that does not exist', input({ checkIns: [{ day: '2026-02-30', pain: 3 }] }), /checkIns\.0\.day/],
    ['a session date that does not exist', input({ unsettledSessionDays: ['2026-13-01'] }), /unsettledSessionDays\.0/],
    ['a link date that does not exist', input({ linkedSince: '2026-11-31' }), /linkedSince/],
    ['a duplicated day after today', input({ checkIns: [...pains([-2], 3), ...pains([-2], 4)] }), /checkIns\.1\.day/],
  ])('throws a RangeError naming the field for %s', (_, value, field) => {
    expect(() => attentionFlags(value, TODAY)).toThrow(RangeError);
    expect(() => attentionFlags(value, TODAY)).toThrow(field);
  });

  it('throws a RangeError for a today that does not exist', () => {
    expect(() => attentionFlags(input(), '2026-02-29')).toThrow(/today/);
  });

  it('allows several sessions on one day', () => {
    expect(attentionFlags(input({ unsettledSessionDays: [TODAY, TODAY] }), TODAY)).toEqual(['not_settled']);
  });
});

describe('attentionFacts', () => {
  it('gives the weeks’ means to one decimal with their counts', () => {
    const checkIns = [
      { day: day(0), pain: 6 },
      { day: day(1), pain: 6 },
      { day: day(2), pain: 6.3 },
      { day: day(7), pain: 3 },
      { day: day(8), pain: 3.2 },
      { day: day(20), pain: 9 },
    ];
    expect(attentionFacts(input({ checkIns }), TODAY)).toEqual({
      painThisWeek: 6.1,
      painWeekBefore: 3.1,
      checkInsThisWeek: 3,
      checkInsWeekBefore: 2,
      lastCheckIn: TODAY,
      highStressDays: 0,
      unsettledDays: [],
    });
  });

  it('counts high-stress days and unsettled days of the last week, each day once', () => {
    const checkIns = [0, 1, 9].map((back) => ({ day: day(back), pain: 3, stress: 8 }));
    const facts = attentionFacts(input({ checkIns, unsettledSessionDays: [day(2), day(2), day(1), day(8)] }), TODAY);
    expect(facts.highStressDays).toBe(2);
    expect(facts.unsettledDays).toEqual([day(2), day(1)]);
  });

  it('leaves the means and last check-in out when there are none', () => {
    expect(attentionFacts(input({ checkIns: pains([-1], 3) }), TODAY)).toEqual({
      checkInsThisWeek: 0,
      checkInsWeekBefore: 0,
      highStressDays: 0,
      unsettledDays: [],
    });
  });
});

describe('sortByAttention', () => {
  it('puts safety first, then more flags, then the oldest last check-in, keeping ties in order', () => {
    const rows = [
      { name: 'recent, two flags', flags: ['concern', 'rising_pain'] as const, lastCheckIn: day(0) },
      { name: 'safety, one flag', flags: ['safety'] as const, lastCheckIn: day(0) },
      { name: 'old, two flags', flags: ['not_settled', 'high_stress'] as const, lastCheckIn: day(10) },
      { name: 'never, no flags', flags: [] as const },
      { name: 'safety, three flags', flags: ['safety', 'concern', 'no_check_in'] as const, lastCheckIn: day(9) },
      { name: 'recent, no flags', flags: [] as const, lastCheckIn: day(1) },
      { name: 'recent too, no flags', flags: [] as const, lastCheckIn: day(1) },
    ];
    expect(sortByAttention(rows).map((row) => row.name)).toEqual([
      'safety, three flags',
      'safety, one flag',
      'old, two flags',
      'recent, two flags',
      'never, no flags',
      'recent, no flags',
      'recent too, no flags',
    ]);
  });
});
