import { describe, expect, it } from 'vitest';
import { EMERGENCY_ITEMS, GP_SOON_ITEMS, INFLAMMATORY_ITEMS, SAFETY_ITEMS, type SafetyItemId } from './safetyItems.js';
import { type SafetyInput, screenSafety } from './screenSafety.js';

const today = '2026-11-25';
const yesTo = (...ids: SafetyItemId[]) => Object.fromEntries(ids.map((id) => [id, true])) as SafetyInput['answers'];

describe('screenSafety: tiers', () => {
  it('finds nothing when every answer is no', () => {
    expect(screenSafety({ ageYears: 45, today, answers: {} })).toEqual({
      tier: 'none',
      reasons: [],
      painType: 'unknown',
    });
    const allNo = Object.fromEntries(SAFETY_ITEMS.map((id) => [id, false]));
    expect(screenSafety({ ageYears: 45, today, answers: allNo }).tier).toBe('none');
  });

  it.each(EMERGENCY_ITEMS.filter((id) => id !== 'sudden_severe_pain'))('raises emergency for %s at any age', (id) => {
    for (const ageYears of [18, 40, 41, 90, undefined]) {
      expect(screenSafety({ ageYears, today, answers: yesTo(id) })).toEqual({
        tier: 'emergency',
        reasons: [id],
        painType: 'specific_suspected',
      });
    }
  });

  it.each([
    [40, 'gp_soon'],
    [41, 'emergency'],
    [18, 'gp_soon'],
    [undefined, 'emergency'],
  ] as const)('raises sudden severe pain at age %s to %s', (ageYears, tier) => {
    expect(screenSafety({ ageYears, today, answers: yesTo('sudden_severe_pain') })).toEqual({
      tier,
      reasons: ['sudden_severe_pain'],
      painType: 'specific_suspected',
    });
  });

  it.each(GP_SOON_ITEMS.filter((id) => id !== 'not_improving'))('raises gp_soon for %s', (id) => {
    expect(screenSafety({ ageYears: 30, today, answers: yesTo(id) })).toEqual({
      tier: 'gp_soon',
      reasons: [id],
      painType: 'specific_suspected',
    });
  });

  it.each([
    [50, 'none', []],
    [51, 'gp_soon', ['not_improving']],
    [45, 'none', []],
    [undefined, 'gp_soon', ['not_improving']],
  ] as const)('counts not improving at age %s as %s', (ageYears, tier, reasons) => {
    const result = screenSafety({ ageYears, today, answers: yesTo('not_improving') });
    expect(result.tier).toBe(tier);
    expect(result.reasons).toEqual(reasons);
  });

  it('takes the highest tier and lists every reason in the order of the tables', () => {
    const result = screenSafety({
      ageYears: 35,
      onsetDate: '2026-01-01',
      today,
      answers: yesTo(
        'cancer_history',
        'axspa_psoriasis',
        'sudden_severe_pain',
        'onset_before_45',
        'axspa_night_waking',
        'axspa_buttock_pain',
        'bowel_change',
      ),
    });
    expect(result).toEqual({
      tier: 'emergency',
      reasons: [
        'bowel_change',
        'sudden_severe_pain',
        'cancer_history',
        'axspa_night_waking',
        'axspa_buttock_pain',
        'axspa_psoriasis',
      ],
      painType: 'specific_suspected',
    });
  });

  it('keeps sudden severe pain in the emergency table order even when it raises only gp_soon', () => {
    const result = screenSafety({ ageYears: 30, today, answers: yesTo('major_trauma', 'sudden_severe_pain') });
    expect(result.reasons).toEqual(['sudden_severe_pain', 'major_trauma']);
    expect(result.tier).toBe('gp_soon');
  });
});

describe('screenSafety: inflammatory back pain (review)', () => {
  const three = ['axspa_onset_under_35', 'axspa_night_waking', 'axspa_better_with_movement'] as const;

  it('raises review for three signs when the pain started before 45 and the episode is over 90 days', () => {
    expect(
      screenSafety({ ageYears: 30, onsetDate: '2026-08-26', today, answers: yesTo('onset_before_45', ...three) }),
    ).toEqual({
      tier: 'review',
      reasons: [...three],
      painType: 'persistent',
    });
  });

  it('does not count two signs, and lists no reason for them', () => {
    const result = screenSafety({
      ageYears: 30,
      onsetDate: '2026-01-01',
      today,
      answers: yesTo('onset_before_45', 'axspa_arthritis', 'axspa_enthesitis'),
    });
    expect(result).toEqual({ tier: 'none', reasons: [], painType: 'persistent' });
  });

  it('lists all nine signs in table order when all are yes', () => {
    const result = screenSafety({
      ageYears: 30,
      onsetDate: '2025-01-01',
      today,
      answers: yesTo(...[...INFLAMMATORY_ITEMS].reverse(), 'onset_before_45'),
    });
    expect(result.reasons).toEqual([...INFLAMMATORY_ITEMS]);
  });

  it.each([
    ['2026-08-27', 90, 'none'],
    ['2026-08-26', 91, 'review'],
  ] as const)('with onset %s (%s days) gives %s', (onsetDate, _days, tier) => {
    expect(screenSafety({ ageYears: 30, onsetDate, today, answers: yesTo('onset_before_45', ...three) }).tier).toBe(
      tier,
    );
  });

  it('does not count the signs without an onset date or without onset before 45', () => {
    expect(screenSafety({ ageYears: 30, today, answers: yesTo('onset_before_45', ...three) }).tier).toBe('none');
    expect(screenSafety({ ageYears: 30, onsetDate: '2025-01-01', today, answers: yesTo(...three) }).tier).toBe('none');
  });

  it('counts 90 days across a leap day by the calendar', () => {
    // 2024-01-01 → 2024-03-31 is 90 days in a leap year (91 days in 2023 → 2023-04-01).
    const answers = yesTo('onset_before_45', ...three);
    expect(screenSafety({ ageYears: 30, onsetDate: '2024-01-01', today: '2024-03-31', answers }).tier).toBe('none');
    expect(screenSafety({ ageYears: 30, onsetDate: '2024-01-01', today: '2024-04-01', answers }).tier).toBe('review');
  });
});

describe('screenSafety: kind of back pain', () => {
  it.each([
    ['2026-11-25', 0, 'acute'],
    ['2026-10-15', 41, 'acute'],
    ['2026-10-14', 42, 'subacute'],
    ['2026-09-02', 84, 'subacute'],
    ['2026-09-01', 85, 'persistent'],
  ] as const)('with onset %s (%s days) is %s', (onsetDate, _days, painType) => {
    expect(screenSafety({ ageYears: 50, onsetDate, today, answers: {} }).painType).toBe(painType);
  });

  it('counts days across a leap day: 2024-01-19 to 2024-03-01 is 42 days', () => {
    expect(screenSafety({ onsetDate: '2024-01-19', today: '2024-03-01', answers: {} }).painType).toBe('subacute');
    expect(screenSafety({ onsetDate: '2024-01-20', today: '2024-03-01', answers: {} }).painType).toBe('acute');
  });

  it('is specific_suspected whenever the tier is emergency or gp_soon, even for a long episode', () => {
    expect(
      screenSafety({ ageYears: 30, onsetDate: '2020-01-01', today, answers: yesTo('fever_or_unwell') }).painType,
    ).toBe('specific_suspected');
  });

  it('is unknown without an onset date', () => {
    expect(screenSafety({ ageYears: 30, today, answers: {} }).painType).toBe('unknown');
  });
});

describe('screenSafety: invalid input', () => {
  it.each([
    [{ ageYears: -1, today, answers: {} }, /ageYears/],
    [{ ageYears: 121, today, answers: {} }, /ageYears/],
    [{ ageYears: 40.5, today, answers: {} }, /ageYears/],
    [{ ageYears: Number.NaN, today, answers: {} }, /ageYears/],
    [{ onsetDate: '2026-11-26', today, answers: {} }, /onsetDate/],
    [{ onsetDate: '2026-02-30', today, answers: {} }, /onsetDate/],
    [{ today: '25-11-2026', answers: {} }, /today/],
    [{ today, answers: { headache: true } }, /answers\.headache/],
    [{ today, answers: { saddle_numbness: 'yes' } }, /answers\.saddle_numbness/],
  ])('throws a RangeError naming the field for %j', (input, field) => {
    expect(() => screenSafety(input as SafetyInput)).toThrow(RangeError);
    expect(() => screenSafety(input as SafetyInput)).toThrow(field);
  });

  it('accepts the boundary ages 0 and 120 and an onset on today', () => {
    expect(screenSafety({ ageYears: 0, onsetDate: today, today, answers: {} }).painType).toBe('acute');
    expect(screenSafety({ ageYears: 120, today, answers: {} }).tier).toBe('none');
  });

  it('defaults today to the current local date', () => {
    expect(screenSafety({ onsetDate: '2000-01-01', answers: {} }).painType).toBe('persistent');
  });
});
