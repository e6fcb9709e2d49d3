import { describe, expect, it } from 'vitest';
import { EMERGENCY_ITEMS, GP_SOON_ITEMS, type SafetyItemId } from './safetyItems.js';
import {
  type SafetyCheck,
  validateConcern,
  validateProfile,
  validateReviewDiscussed,
  validateSafetyCheck,
  validateSafetyClearance,
} from './safetyRecords.js';

const allNo = (ids: readonly SafetyItemId[]) => Object.fromEntries(ids.map((id) => [id, false]));
const fieldsOf = (result: { ok: boolean; issues?: { field: string }[] }) =>
  result.ok ? [] : (result.issues ?? []).map((issue) => issue.field);

const emergencyOnly: SafetyCheck = {
  date: '2026-11-25',
  completedAt: '2026-11-25T10:00:00+01:00',
  trigger: 'periodic',
  scope: 'emergency',
  ageYears: 52,
  onsetDate: '2026-01-10',
  answers: allNo(EMERGENCY_ITEMS),
  result: { tier: 'none', reasons: [], painType: 'persistent' },
};

const full: SafetyCheck = {
  ...emergencyOnly,
  trigger: 'first_run',
  scope: 'full',
  answers: { ...allNo(EMERGENCY_ITEMS), ...allNo(GP_SOON_ITEMS), cancer_history: true, onset_before_45: false },
  result: { tier: 'gp_soon', reasons: ['cancer_history'], painType: 'specific_suspected' },
};

describe('a safety_check record', () => {
  it('is accepted when its result is what screenSafety computes from its answers', () => {
    expect(validateSafetyCheck(emergencyOnly)).toEqual({ ok: true, value: emergencyOnly });
    expect(validateSafetyCheck(full)).toEqual({ ok: true, value: full });
  });

  it('is refused when the stored tier, reasons or pain type were changed', () => {
    for (const result of [
      { tier: 'none', reasons: ['cancer_history'], painType: 'specific_suspected' },
      { tier: 'gp_soon', reasons: [], painType: 'specific_suspected' },
      { tier: 'gp_soon', reasons: ['cancer_history'], painType: 'persistent' },
      { tier: 'gp_soon', reasons: ['cancer_history'], painType: 'specific_suspected', extra: 1 },
    ]) {
      expect(fieldsOf(validateSafetyCheck({ ...full, result })), JSON.stringify(result)).toContain(
        result.tier === 'gp_soon' && 'extra' in result ? 'result.extra' : 'result',
      );
    }
  });

  it('is refused when an emergency question was left unanswered, naming it', () => {
    const { bowel_change: _left, ...answers } = emergencyOnly.answers;
    expect(fieldsOf(validateSafetyCheck({ ...emergencyOnly, answers }))).toEqual(['answers.bowel_change']);
  });

  it('of scope full is refused without the GP-soon answers and the age-45 question', () => {
    const result = validateSafetyCheck({ ...full, answers: allNo(EMERGENCY_ITEMS) });
    expect(fieldsOf(result)).toEqual([...GP_SOON_ITEMS.map((id) => `answers.${id}`), 'answers.onset_before_45']);
  });

  it('of scope emergency may only hold the emergency questions', () => {
    const result = validateSafetyCheck({
      ...emergencyOnly,
      answers: { ...emergencyOnly.answers, cancer_history: false },
    });
    expect(fieldsOf(result)).toEqual(['answers.cancer_history']);
  });

  it.each([
    [{ ageYears: 121 }, 'ageYears'],
    [{ ageYears: 40.5 }, 'ageYears'],
    [{ onsetDate: '2026-11-26' }, 'onsetDate'],
    [{ onsetDate: '2026-02-30' }, 'onsetDate'],
    [{ date: 'today' }, 'date'],
    [{ completedAt: '2026-11-25T10:00:00' }, 'completedAt'],
    [{ trigger: 'boredom' }, 'trigger'],
    [{ scope: 'half' }, 'scope'],
    [{ answers: { ...emergencyOnly.answers, headache: true } }, 'answers.headache'],
    [{ answers: { ...emergencyOnly.answers, saddle_numbness: 'no' } }, 'answers.saddle_numbness'],
    [{ result: 'fine' }, 'result'],
    [{ owner: 'x' }, 'owner'],
  ])('with %j is refused naming %s', (change, field) => {
    expect(fieldsOf(validateSafetyCheck({ ...emergencyOnly, ...change }))).toContain(field);
  });

  it('dated more than a day after the receiver’s today is refused', () => {
    expect(fieldsOf(validateSafetyCheck(emergencyOnly, { today: '2026-11-23' }))).toEqual(['date']);
    expect(validateSafetyCheck(emergencyOnly, { today: '2026-11-24' }).ok).toBe(true);
  });

  it('keeps a read confirmation only on a check with tier emergency', () => {
    const emergency: SafetyCheck = {
      ...emergencyOnly,
      answers: { ...emergencyOnly.answers, bladder_change: true },
      result: { tier: 'emergency', reasons: ['bladder_change'], painType: 'specific_suspected' },
      readAt: '2026-11-25T10:02:00+01:00',
    };
    expect(validateSafetyCheck(emergency)).toEqual({ ok: true, value: emergency });
    expect(fieldsOf(validateSafetyCheck({ ...emergencyOnly, readAt: '2026-11-25T10:02:00+01:00' }))).toEqual([
      'readAt',
    ]);
  });

  it('without age and onset date is scored as the core scores unknown age', () => {
    const { ageYears: _a, onsetDate: _o, ...rest } = emergencyOnly;
    const answers = { ...emergencyOnly.answers, sudden_severe_pain: true };
    const check = {
      ...rest,
      answers,
      result: { tier: 'emergency', reasons: ['sudden_severe_pain'], painType: 'specific_suspected' },
    };
    expect(validateSafetyCheck(check).ok).toBe(true);
  });
});

describe('a safety_clearance record', () => {
  it('is accepted with a moment, and optionally the check it answers and who confirmed it', () => {
    expect(validateSafetyClearance({ at: '2026-11-27T09:00:00Z' }).ok).toBe(true);
    const value = { at: '2026-11-27T09:00:00Z', checkId: '019a0000-0000-7000-8000-000000000001', by: 'therapist' };
    expect(validateSafetyClearance(value)).toEqual({ ok: true, value });
  });

  it.each([
    [{}, 'at'],
    [{ at: 'yesterday' }, 'at'],
    [{ at: '2026-11-27T09:00:00Z', checkId: 'abc' }, 'checkId'],
    [{ at: '2026-11-27T09:00:00Z', by: 'neighbour' }, 'by'],
    [{ at: '2026-11-27T09:00:00Z', kind: 'x' }, 'kind'],
  ])('%j is refused naming %s', (input, field) => {
    expect(fieldsOf(validateSafetyClearance(input))).toContain(field);
  });
});

describe('a review_discussed record', () => {
  it('is accepted with a moment and refused without one', () => {
    expect(validateReviewDiscussed({ at: '2026-12-02T15:00:00+01:00' }).ok).toBe(true);
    expect(fieldsOf(validateReviewDiscussed({}))).toEqual(['at']);
  });
});

describe('a concern record', () => {
  it('keeps the person’s words as they wrote them', () => {
    const value = { at: '2026-11-25T20:00:00+01:00', text: '  Mijn been voelt vreemd.\nSinds vanochtend. ' };
    expect(validateConcern(value)).toEqual({ ok: true, value });
  });

  it('is refused when empty, only spaces, or longer than 2000 characters', () => {
    const at = '2026-11-25T20:00:00+01:00';
    expect(fieldsOf(validateConcern({ at }))).toEqual(['text']);
    expect(fieldsOf(validateConcern({ at, text: '   ' }))).toEqual(['text']);
    expect(validateConcern({ at, text: 'x'.repeat(2000) }).ok).toBe(true);
    expect(validateConcern({ at, text: 'x'.repeat(2001) })).toMatchObject({
      ok: false,
      issues: [{ field: 'text', code: 'too_long', max: 2000 }],
    });
  });
});

describe('a profile record', () => {
  it('is accepted with a whole age, the day it was given and the start of the episode', () => {
    const value = { ageYears: 47, ageAsOf: '2026-11-25', onsetDate: '2026-03-01', onsetApproximate: true };
    expect(validateProfile(value)).toEqual({ ok: true, value });
  });

  it.each([
    [{ ageYears: -1 }, 'ageYears'],
    [{ ageYears: 30.5 }, 'ageYears'],
    [{ ageAsOf: '2026-13-01' }, 'ageAsOf'],
    [{ onsetDate: '2026-11-26' }, 'onsetDate'],
    [{ onsetApproximate: 'yes' }, 'onsetApproximate'],
  ])('with %j is refused naming %s', (change, field) => {
    const base = { ageYears: 47, ageAsOf: '2026-11-25', onsetDate: '2026-03-01' };
    expect(fieldsOf(validateProfile({ ...base, ...change }))).toContain(field);
  });
});
