import { collectPlanRecords, DEFAULT_PLAN_FORM, derivePlans, type PlanView } from '@veerkracht/core';
import { describe, expect, it } from 'vitest';
import { App } from '../data/app';
import { snapshotReader } from '../data/records';
import { createApi } from '../data/sync/api';
import { freshDb, offlineFetch, testEnv } from '../data/testing/env';

import { answerFollowUp, changePlan, createPlan, decideProposal, logSession, startPlan } from './state';

const HOUR = 3_600_000;

async function device() {
  const env = testEnv(Date.parse('2026-11-16T08:00:00Z'));
  const app = new App(await freshDb(), createApi(offlineFetch, env.now), env);
  await app.load();
  const view = (): PlanView => {
    const [plan] = derivePlans(collectPlanRecords(snapshotReader(app.records.get())), { now: env.time, paused: false });
    if (!plan) throw new Error('no plan');
    return plan;
  };
  return { app, env, view };
}

const session = { painBefore: '3', painAfter: '4', note: '' };

describe('the graded activity actions on a device', () => {
  it('walk a plan from the form through the baseline, a session, its follow-up and an accepted proposal', async () => {
    const { app, env, view } = await device();
    const made = await createPlan(app, {
      ...DEFAULT_PLAN_FORM,
      goal: '20',
      weeks: '1',
      perWeek: '3',
      baselineSessions: '1',
    });
    expect(made.ok).toBe(true);
    expect(view().phase).toBe('baseline');

    expect((await logSession(app, view(), { ...session, amount: '15' }, 'baseline', undefined)).ok).toBe(true);
    expect(view().phase).toBe('confirm');
    await startPlan(app, view(), [15], 20);
    expect(view().plan.levels).toEqual([11, 15, 20]);

    const logged = await logSession(app, view(), { ...session, amount: '11' }, 'plan', 0);
    if (!logged.ok) throw new Error('not logged');
    env.time += 24 * HOUR;
    expect(view().followUpsDue).toHaveLength(1);
    expect(await answerFollowUp(app, logged.value.id, 'yes')).toEqual({ ok: true });
    const proposal = view().next?.proposal;
    expect(proposal).toMatchObject({ decision: 'progress', amount: 15, from: 11 });
    if (!proposal) throw new Error('no proposal');
    await decideProposal(app, view().planId, proposal, 'accept');
    expect(view().next).toMatchObject({ amount: 15, status: 'decided' });
  });

  it('lets the person decline a proposal to keep the same amount and go one step up instead', async () => {
    const { app, env, view } = await device();
    await createPlan(app, { ...DEFAULT_PLAN_FORM, goal: '20', weeks: '1', perWeek: '3', baselineSessions: '1' });
    await logSession(app, view(), { ...session, amount: '15' }, 'baseline', undefined);
    await startPlan(app, view(), [15], 20);
    await logSession(app, view(), { ...session, amount: '11' }, 'plan', 0);
    // Nobody answered the follow-up by the end of the window plus a day: the proposal keeps 11 minutes.
    env.time += 72 * HOUR;
    const proposal = view().next?.proposal;
    expect(proposal).toMatchObject({ change: 'same', amount: 11, alternative: { decision: 'progress', amount: 15 } });
    if (!proposal) throw new Error('no proposal');
    await decideProposal(app, view().planId, proposal, 'alternative');
    expect(view().next).toMatchObject({ amount: 15, status: 'decided', reason: 'own_choice' });
  });

  it('refuses a follow-up answer for a session that does not exist, and writes nothing', async () => {
    const { app } = await device();
    const before = app.records.get().all.size;
    expect(await answerFollowUp(app, '019a0000-0000-7000-8000-000000000000', 'yes')).toEqual({
      ok: false,
      reason: 'unknown_session',
    });
    expect(app.records.get().all.size).toBe(before);
  });

  it('gives the form its issues for a bad amount, and stores nothing', async () => {
    const { app, view } = await device();
    await createPlan(app, { ...DEFAULT_PLAN_FORM, goal: '20' });
    const before = app.records.get().all.size;
    const result = await logSession(app, view(), { ...session, amount: '-5' }, 'baseline', undefined);
    expect(result.ok ? [] : result.issues.map((issue) => issue.field)).toEqual(['amount']);
    expect(app.records.get().all.size).toBe(before);
  });

  it('keeps earlier versions when settings change, so what was prescribed before stays answerable', async () => {
    const { app, env, view } = await device();
    await createPlan(app, { ...DEFAULT_PLAN_FORM, goal: '20' });
    env.time += HOUR;
    await changePlan(app, view(), { mode: 'time' });
    expect(view().versions.map((v) => [v.version, v.mode])).toEqual([
      [1, 'symptom'],
      [2, 'time'],
    ]);
    env.time += HOUR;
    await changePlan(app, view(), { status: 'stopped' });
    expect(view().phase).toBe('stopped');
  });
});
