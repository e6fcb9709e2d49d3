import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PLAN_FORM,
  EMPTY_SESSION_FORM,
  planFromForm,
  sessionFormForQuota,
  sessionFromForm,
} from './planForm.js';

const planId = '019a0000-0000-7000-8000-0000000000a1';
const at = '2026-11-20T10:00:00+01:00';
const fields = (result: { ok: boolean; issues?: { field: string }[] }) =>
  result.ok ? [] : (result.issues ?? []).map((issue) => issue.field);

describe('planFromForm', () => {
  it('makes the first version of a plan that starts by measuring the baseline', () => {
    expect(planFromForm({ ...DEFAULT_PLAN_FORM, goal: '30' }, { planId, at })).toEqual({
      ok: true,
      value: {
        planId,
        version: 1,
        effectiveFrom: at,
        activity: 'walking',
        unit: 'minutes',
        baselineSessions: 3,
        baseline: [],
        goal: 30,
        sessions: 18,
        weeks: 6,
        perWeek: 3,
        mode: 'symptom',
        windowHours: 48,
        levels: [],
        status: 'baseline',
      },
    });
  });

  it('rounds metres to tens and refuses a goal below one step', () => {
    const swim = { ...DEFAULT_PLAN_FORM, activity: 'swimming', unit: 'metres', goal: '500' };
    expect(planFromForm(swim, { planId, at })).toMatchObject({ ok: true, value: { step: 10 } });
    expect(fields(planFromForm({ ...swim, goal: '5' }, { planId, at }))).toEqual(['goal']);
  });

  it('keeps the name of your own activity', () => {
    const own = { ...DEFAULT_PLAN_FORM, activity: 'custom', customName: 'Dansen', unit: 'repetitions', goal: '20' };
    expect(planFromForm(own, { planId, at })).toMatchObject({ ok: true, value: { customName: 'Dansen' } });
    expect(fields(planFromForm({ ...own, customName: '' }, { planId, at }))).toEqual(['customName']);
  });

  it('names each field that is wrong: an empty or negative goal, a horizon that is too short', () => {
    expect(fields(planFromForm(DEFAULT_PLAN_FORM, { planId, at }))).toEqual(['goal']);
    expect(fields(planFromForm({ ...DEFAULT_PLAN_FORM, goal: '-3' }, { planId, at }))).toEqual(['goal']);
    expect(fields(planFromForm({ ...DEFAULT_PLAN_FORM, goal: 'veel' }, { planId, at }))).toEqual(['goal']);
    expect(
      fields(planFromForm({ ...DEFAULT_PLAN_FORM, goal: '30', weeks: '1', perWeek: '1' }, { planId, at })),
    ).toEqual(['sessions']);
    expect(fields(planFromForm({ ...DEFAULT_PLAN_FORM, goal: '30', weeks: '0' }, { planId, at }))).toEqual(['weeks']);
    expect(fields(planFromForm({ ...DEFAULT_PLAN_FORM, goal: '30', weeks: '' }, { planId, at }))).toEqual(['weeks']);
  });

  it('reads a Dutch decimal comma', () => {
    expect(planFromForm({ ...DEFAULT_PLAN_FORM, goal: '2,5', unit: 'repetitions' }, { planId, at })).toMatchObject({
      ok: true,
      value: { goal: 2.5 },
    });
  });
});

describe('sessionFromForm', () => {
  const context = { planId, version: 2, occurrence: 3, phase: 'plan' as const, level: 2, endedAt: at };

  it('makes a session record from the form', () => {
    expect(sessionFromForm({ amount: '16', painBefore: '3', painAfter: '5', note: ' ' }, context)).toEqual({
      ok: true,
      value: { ...context, amount: 16, painBefore: 3, painAfter: 5 },
    });
  });

  it('leaves the level out of a baseline session', () => {
    const result = sessionFromForm(
      { amount: '12,5', painBefore: '0', painAfter: '2', note: 'Tot ik moe werd.' },
      { ...context, phase: 'baseline' },
    );
    expect(result).toMatchObject({ ok: true, value: { phase: 'baseline', amount: 12.5, note: 'Tot ik moe werd.' } });
    expect(result.ok && 'level' in result.value).toBe(false);
  });

  it('refuses an empty, negative or non-numeric amount and missing pain, naming the fields', () => {
    expect(fields(sessionFromForm(EMPTY_SESSION_FORM, context))).toEqual(['amount', 'painBefore', 'painAfter']);
    expect(fields(sessionFromForm({ amount: '-4', painBefore: '1', painAfter: '1', note: '' }, context))).toEqual([
      'amount',
    ]);
    expect(fields(sessionFromForm({ amount: 'tien', painBefore: '1', painAfter: '1', note: '' }, context))).toEqual([
      'amount',
    ]);
  });
});

describe('sessionFormForQuota', () => {
  it("starts a session at a quota with the quota as the amount, written the person's way", () => {
    expect(sessionFormForQuota(16)).toEqual({ ...EMPTY_SESSION_FORM, amount: '16' });
    expect(sessionFormForQuota(7.5, (n) => String(n).replace('.', ','))).toEqual({
      ...EMPTY_SESSION_FORM,
      amount: '7,5',
    });
  });

  it('starts a baseline measurement empty', () => {
    expect(sessionFormForQuota(null)).toEqual(EMPTY_SESSION_FORM);
  });
});
