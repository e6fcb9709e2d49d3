import { describe, expect, it } from 'vitest';
import {
  type ActivityPlan,
  validateActivityPlan,
  validateActivitySession,
  validateFollowUp,
  validatePlanDecision,
} from './activityRecords.js';

const planId = '019a0000-0000-7000-8000-0000000000a1';
const sessionId = '019a0000-0000-7000-8000-0000000000b1';

const active: ActivityPlan = {
  planId,
  version: 2,
  effectiveFrom: '2026-11-20T10:00:00+01:00',
  activity: 'walking',
  unit: 'minutes',
  baselineSessions: 3,
  baseline: [10, 12, 14],
  goal: 30,
  sessions: 10,
  mode: 'symptom',
  windowHours: 48,
  levels: [8, 11, 13, 16, 18, 20, 23, 25, 28, 30],
  status: 'active',
};
const measuring: ActivityPlan = { ...active, version: 1, baseline: [], levels: [], status: 'baseline' };

const issuesOf = (result: { ok: boolean; issues?: { field: string }[] }) =>
  result.ok ? [] : (result.issues ?? []).map((issue) => issue.field);

describe('validateActivityPlan', () => {
  it('accepts an active plan whose levels are the quota plan of its baseline', () => {
    expect(validateActivityPlan(active)).toEqual({ ok: true, value: active });
  });

  it('accepts a plan still measuring its baseline, without baseline and levels', () => {
    expect(validateActivityPlan(measuring).ok).toBe(true);
  });

  it('refuses levels that differ from what buildQuotaPlan makes (a tampered plan)', () => {
    const tampered = { ...active, levels: [8, 11, 13, 16, 18, 20, 23, 25, 28, 31] };
    expect(issuesOf(validateActivityPlan(tampered))).toEqual(['levels']);
  });

  it('recomputes with the stored start fraction and step', () => {
    const swim = { ...active, unit: 'metres', baseline: [200], goal: 400, sessions: 3, step: 10, startFraction: 0.5 };
    expect(validateActivityPlan({ ...swim, levels: [100, 250, 400] }).ok).toBe(true);
    expect(validateActivityPlan({ ...swim, levels: [100, 251, 400] }).ok).toBe(false);
  });

  it('names the field buildQuotaPlan refuses, such as a goal not above the start', () => {
    expect(issuesOf(validateActivityPlan({ ...active, goal: 8, levels: [] }))).toContain('goal');
  });

  it('refuses a baseline or levels on a plan that is still measuring', () => {
    expect(issuesOf(validateActivityPlan({ ...measuring, baseline: [10] }))).toEqual(['baseline']);
    expect(issuesOf(validateActivityPlan({ ...measuring, levels: [1, 2] }))).toEqual(['levels']);
  });

  it('refuses an active plan without a baseline', () => {
    expect(issuesOf(validateActivityPlan({ ...active, baseline: [], levels: [] }))).toEqual(['baseline']);
  });

  it('needs sessions to be weeks times sessions per week when both are given', () => {
    expect(validateActivityPlan({ ...active, weeks: 5, perWeek: 2 }).ok).toBe(true);
    expect(issuesOf(validateActivityPlan({ ...active, weeks: 4, perWeek: 2 }))).toEqual(['sessions']);
  });

  it('needs a name for your own activity', () => {
    expect(issuesOf(validateActivityPlan({ ...measuring, activity: 'custom' }))).toEqual(['customName']);
    expect(issuesOf(validateActivityPlan({ ...measuring, activity: 'custom', customName: '  ' }))).toEqual([
      'customName',
    ]);
    expect(validateActivityPlan({ ...measuring, activity: 'custom', customName: ' Dansen ' })).toMatchObject({
      ok: true,
      value: { customName: 'Dansen' },
    });
  });

  it.each([
    ['planId', 'not-a-uuid'],
    ['version', 0],
    ['effectiveFrom', '2026-11-20T10:00:00'],
    ['activity', 'flying'],
    ['unit', 'hours'],
    ['baselineSessions', 11],
    ['goal', -5],
    ['goal', 0],
    ['goal', 'thirty'],
    ['sessions', 1],
    ['mode', 'pain'],
    ['windowHours', 72],
    ['windowHours', 23],
    ['startFraction', 0.4],
    ['status', 'paused'],
    ['colour', 'blue'],
  ])('refuses a plan with a bad %s (%j), naming the field', (field, value) => {
    expect(issuesOf(validateActivityPlan({ ...measuring, [field]: value }))).toContain(field);
  });

  it('refuses something that is not an object', () => {
    expect(validateActivityPlan('plan').ok).toBe(false);
  });
});

describe('validateActivitySession', () => {
  const session = {
    planId,
    version: 2,
    occurrence: 1,
    phase: 'plan',
    level: 0,
    amount: 8,
    painBefore: 3,
    painAfter: 4,
    endedAt: '2026-11-20T18:00:00+01:00',
  };

  it('accepts a plan session with its level, and keeps a note', () => {
    expect(validateActivitySession({ ...session, note: 'Lekker buiten.' })).toEqual({
      ok: true,
      value: { ...session, note: 'Lekker buiten.' },
    });
  });

  it('accepts a baseline session without a level', () => {
    const { level: _level, ...baseline } = session;
    expect(validateActivitySession({ ...baseline, phase: 'baseline' }).ok).toBe(true);
  });

  it('refuses a level on a baseline session and a plan session without one', () => {
    expect(issuesOf(validateActivitySession({ ...session, phase: 'baseline' }))).toEqual(['level']);
    const { level: _level, ...noLevel } = session;
    expect(issuesOf(validateActivitySession(noLevel))).toEqual(['level']);
  });

  it.each([
    ['amount', -5],
    ['amount', 0],
    ['amount', 'veel'],
    ['amount', Number.NaN],
    ['painBefore', 11],
    ['painAfter', 2.5],
    ['endedAt', 'yesterday'],
    ['occurrence', 0],
  ])('refuses a session with a bad %s (%j), naming the field', (field, value) => {
    expect(issuesOf(validateActivitySession({ ...session, [field]: value }))).toEqual([field]);
  });
});

describe('validateFollowUp', () => {
  it('accepts yes and not yet', () => {
    for (const answer of ['yes', 'not_yet']) {
      expect(validateFollowUp({ sessionId, at: '2026-11-21T18:00:00+01:00', answer }).ok).toBe(true);
    }
  });

  it('refuses another answer, a missing session id and a time without zone', () => {
    expect(issuesOf(validateFollowUp({ sessionId, at: '2026-11-21T18:00:00+01:00', answer: 'maybe' }))).toEqual([
      'answer',
    ]);
    expect(issuesOf(validateFollowUp({ at: '2026-11-21T18:00:00+01:00', answer: 'yes' }))).toEqual(['sessionId']);
    expect(issuesOf(validateFollowUp({ sessionId, at: '2026-11-21 18:00', answer: 'yes' }))).toEqual(['at']);
  });
});

describe('validatePlanDecision', () => {
  const decision = {
    planId,
    afterSessionId: sessionId,
    decision: 'step_back',
    level: 1,
    accepted: true,
    at: '2026-11-22T18:10:00+01:00',
  };

  it('accepts an accepted or declined proposal', () => {
    expect(validatePlanDecision(decision)).toEqual({ ok: true, value: decision });
    expect(validatePlanDecision({ ...decision, accepted: false }).ok).toBe(true);
  });

  it('refuses a start decision, a negative level and an accepted flag that is not true or false', () => {
    expect(issuesOf(validatePlanDecision({ ...decision, decision: 'start' }))).toEqual(['decision']);
    expect(issuesOf(validatePlanDecision({ ...decision, level: -1 }))).toEqual(['level']);
    expect(issuesOf(validatePlanDecision({ ...decision, accepted: 'yes' }))).toEqual(['accepted']);
  });
});
