import { describe, expect, it } from 'vitest';
import { readerOf } from '../records/recordRegistry.js';
import type { Stored } from '../safety/safetyJourney.js';
import type { SyncRecord } from '../sync/merge.js';
import {
  type ActivityPlan,
  type ActivitySession,
  type FollowUpRecord,
  type PlanDecisionRecord,
  validateActivityPlan,
} from './activityRecords.js';
import {
  baselineAmounts,
  collectPlanRecords,
  derivePlans,
  type PlanRecords,
  planVersionAt,
  planVersions,
  proposalOptions,
  proposalReason,
  quotaChange,
  quotaOutcome,
  startPlanFromBaseline,
  therapistPlanVersion,
} from './planState.js';

const planId = '019a0000-0000-7000-8000-0000000000a1';
const hlc = '2026-11-20T17:00:00.000Z-0000-0123456789abcdef';
const id = (n: number) => `019a0000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const hours = (h: number) => h * 3_600_000;
// Friday 20 November 2026, 18:00 in Amsterdam (CET).
const T0 = Date.parse('2026-11-20T18:00:00+01:00');
const iso = (ms: number) => new Date(ms).toISOString();

const v1: ActivityPlan = {
  planId,
  version: 1,
  effectiveFrom: '2026-11-17T10:00:00+01:00',
  activity: 'walking',
  unit: 'minutes',
  baselineSessions: 3,
  baseline: [],
  goal: 16,
  sessions: 4,
  mode: 'symptom',
  windowHours: 48,
  levels: [],
  status: 'baseline',
};
const v2: ActivityPlan = {
  ...v1,
  version: 2,
  effectiveFrom: '2026-11-20T09:00:00+01:00',
  baseline: [10, 12, 14],
  levels: [8, 11, 13, 16],
  status: 'active',
};

let nextId = 100;
const session = (endedAt: number, level: number, extra: Partial<ActivitySession> = {}): Stored<ActivitySession> => ({
  id: id(nextId++),
  hlc,
  data: {
    planId,
    version: 2,
    occurrence: 1,
    phase: 'plan',
    level,
    amount: v2.levels[level] as number,
    painBefore: 3,
    painAfter: 4,
    endedAt: iso(endedAt),
    ...extra,
  },
});
const baselineSession = (endedAt: number, amount: number): Stored<ActivitySession> => {
  const keyed = session(endedAt, 0, { phase: 'baseline', version: 1, amount });
  delete keyed.data.level;
  return keyed;
};
const answer = (s: Stored<ActivitySession>, at: number, reply: FollowUpRecord['answer']): Stored<FollowUpRecord> => ({
  id: id(nextId++),
  hlc,
  data: { sessionId: s.id, at: iso(at), answer: reply },
});
const decision = (
  s: Stored<ActivitySession>,
  kind: PlanDecisionRecord['decision'],
  level: number,
  accepted: boolean,
  at: number,
): Stored<PlanDecisionRecord> => ({
  id: id(nextId++),
  hlc,
  data: { planId, afterSessionId: s.id, decision: kind, level, accepted, at: iso(at) },
});
const records = (parts: Partial<PlanRecords>): PlanRecords => ({
  plans: [
    { id: id(1), hlc, data: v1 },
    { id: id(2), hlc, data: v2 },
  ],
  sessions: [],
  followUps: [],
  decisions: [],
  ...parts,
});
const viewAt = (parts: Partial<PlanRecords>, now: number, paused = false) => {
  const [view] = derivePlans(records(parts), { now, paused });
  if (!view) throw new Error('no plan');
  return view;
};

describe('derivePlans: the baseline', () => {
  it('keeps a new plan in the baseline phase until its baseline sessions are logged, then asks to confirm', () => {
    const plans = [{ id: id(1), hlc, data: v1 }];
    const b1 = baselineSession(T0 - hours(72), 10);
    const b2 = baselineSession(T0 - hours(48), 12);
    const b3 = baselineSession(T0 - hours(24), 14);
    expect(derivePlans(records({ plans, sessions: [b1, b2] }), { now: T0, paused: false })[0]).toMatchObject({
      phase: 'baseline',
      next: null,
      followUpsDue: [],
    });
    const view = derivePlans(records({ plans, sessions: [b3, b1, b2] }), { now: T0, paused: false })[0];
    expect(view?.phase).toBe('confirm');
    expect(view && baselineAmounts(view)).toEqual([10, 12, 14]);
  });

  it('builds the active version from the baseline, and refuses a goal that is not above the start', () => {
    const started = startPlanFromBaseline(v1, [10, 12, 14], '2026-11-20T09:00:00+01:00');
    expect(started).toEqual(v2);
    expect(startPlanFromBaseline(v1, [10], v2.effectiveFrom, { goal: 20 }).levels).toEqual([7, 11, 16, 20]);
    expect(() => startPlanFromBaseline(v1, [30], v2.effectiveFrom)).toThrow(/goal/);
  });
});

describe('derivePlans: the 48-hour rule', () => {
  it('starts the first session at the first level', () => {
    expect(viewAt({}, T0).next).toMatchObject({ level: 0, amount: 8, decision: 'start', status: 'start', from: null });
  });

  it('keeps the same quota for now while the follow-up is open, and asks about 24 hours after the session', () => {
    const s1 = session(T0, 0);
    const before = viewAt({ sessions: [s1] }, T0 + hours(23));
    expect(before.next).toMatchObject({ level: 0, amount: 8, status: 'waiting', reason: 'waiting' });
    expect(before.followUpsDue).toEqual([]);
    expect(viewAt({ sessions: [s1] }, T0 + hours(24)).followUpsDue).toEqual([
      { planId, sessionId: s1.id, kind: 'first', askFrom: T0 + hours(24) },
    ]);
  });

  it('proposes a step up after a yes, and takes it once accepted', () => {
    const s1 = session(T0, 0);
    const yes = answer(s1, T0 + hours(24), 'yes');
    const view = viewAt({ sessions: [s1], followUps: [yes] }, T0 + hours(25));
    expect(view.followUpsDue).toEqual([]);
    expect(view.next).toMatchObject({
      level: 0,
      amount: 8,
      status: 'proposal',
      reason: 'settled',
      from: 8,
      proposal: { afterSessionId: s1.id, decision: 'progress', level: 1, amount: 11, from: 8 },
    });
    const accepted = decision(s1, 'progress', 1, true, T0 + hours(25));
    expect(viewAt({ sessions: [s1], followUps: [yes], decisions: [accepted] }, T0 + hours(26)).next).toMatchObject({
      level: 1,
      amount: 11,
      decision: 'progress',
      status: 'decided',
      proposal: null,
    });
  });

  it('asks again at the end of the window after a not yet, and proposes a step back after a second not yet', () => {
    const s1 = session(T0, 1);
    const first = answer(s1, T0 + hours(24), 'not_yet');
    expect(viewAt({ sessions: [s1], followUps: [first] }, T0 + hours(47)).followUpsDue).toEqual([]);
    expect(viewAt({ sessions: [s1], followUps: [first] }, T0 + hours(48)).followUpsDue).toEqual([
      { planId, sessionId: s1.id, kind: 'again', askFrom: T0 + hours(48) },
    ]);
    const second = answer(s1, T0 + hours(48), 'not_yet');
    const view = viewAt({ sessions: [s1], followUps: [first, second] }, T0 + hours(48));
    expect(view.followUpsDue).toEqual([]);
    expect(view.next).toMatchObject({
      level: 1,
      status: 'proposal',
      reason: 'not_settled',
      proposal: { decision: 'step_back', level: 0, amount: 8, from: 11 },
    });
  });

  it('keeps the current quota when the person declines the proposal', () => {
    const s1 = session(T0, 1);
    const answers = [answer(s1, T0 + hours(24), 'not_yet'), answer(s1, T0 + hours(49), 'not_yet')];
    const declined = decision(s1, 'step_back', 0, false, T0 + hours(50));
    expect(viewAt({ sessions: [s1], followUps: answers, decisions: [declined] }, T0 + hours(50)).next).toMatchObject({
      level: 1,
      amount: 11,
      decision: 'hold',
      status: 'decided',
      reason: 'declined',
    });
  });

  it('holds when nobody answered by the end of the window plus 24 hours, and stops asking', () => {
    const s1 = session(T0, 2);
    expect(viewAt({ sessions: [s1] }, T0 + hours(71)).followUpsDue).toHaveLength(1);
    const view = viewAt({ sessions: [s1] }, T0 + hours(72));
    expect(view.followUpsDue).toEqual([]);
    expect(view.next).toMatchObject({
      level: 2,
      status: 'proposal',
      reason: 'no_answer',
      proposal: { decision: 'hold', level: 2, amount: 13 },
    });
  });

  it('offers one step up anyway next to a proposal to keep the same amount, and takes it when the person picks it', () => {
    const s1 = session(T0, 2);
    const view = viewAt({ sessions: [s1] }, T0 + hours(72));
    expect(view.next?.proposal).toMatchObject({
      decision: 'hold',
      change: 'same',
      alternative: { decision: 'progress', level: 3, amount: 16 },
    });
    const up = decision(s1, 'progress', 3, true, T0 + hours(73));
    const after = viewAt({ sessions: [s1], decisions: [up] }, T0 + hours(74)).next;
    expect(after).toMatchObject({
      level: 3,
      amount: 16,
      decision: 'progress',
      status: 'decided',
      reason: 'own_choice',
    });
    expect(after && quotaChange(after)).toBe('more');
  });

  it('keeps the same amount once the person accepts a hold, and calls it the same, not a step less', () => {
    // Not settled at the first step: the 48-hour rule's step back cannot go lower, so the amount stays.
    const s1 = session(T0, 0);
    const answers = [answer(s1, T0 + hours(24), 'not_yet'), answer(s1, T0 + hours(48), 'not_yet')];
    const open = viewAt({ sessions: [s1], followUps: answers }, T0 + hours(48)).next;
    expect(open?.proposal).toMatchObject({
      decision: 'step_back',
      level: 0,
      change: 'same',
      alternative: { decision: 'progress', level: 1, amount: 11 },
    });
    const ok = decision(s1, 'step_back', 0, true, T0 + hours(49));
    const next = viewAt({ sessions: [s1], followUps: answers, decisions: [ok] }, T0 + hours(50)).next;
    expect(next).toMatchObject({ level: 0, amount: 8, status: 'decided', from: 8 });
    expect(next && quotaChange(next)).toBe('same');
  });

  it('ignores a stored decision that no longer matches the proposal', () => {
    const s1 = session(T0, 1);
    const yes = answer(s1, T0 + hours(24), 'yes');
    const stale = decision(s1, 'step_back', 0, true, T0 + hours(25));
    expect(viewAt({ sessions: [s1], followUps: [yes], decisions: [stale] }, T0 + hours(26)).next?.status).toBe(
      'proposal',
    );
  });

  it('completes the plan once the person accepts after the goal level settled', () => {
    const s1 = session(T0, 3);
    const yes = answer(s1, T0 + hours(24), 'yes');
    expect(viewAt({ sessions: [s1], followUps: [yes] }, T0 + hours(25)).next?.proposal?.decision).toBe('complete');
    const done = decision(s1, 'complete', 3, true, T0 + hours(25));
    expect(viewAt({ sessions: [s1], followUps: [yes], decisions: [done] }, T0 + hours(26))).toMatchObject({
      phase: 'completed',
      next: null,
    });
  });

  it('holds every plan at its last level while a safety result pauses progression', () => {
    const s1 = session(T0, 1);
    const yes = answer(s1, T0 + hours(24), 'yes');
    expect(viewAt({ sessions: [s1], followUps: [yes] }, T0 + hours(25), true).next).toMatchObject({
      level: 1,
      decision: 'hold',
      status: 'paused',
      reason: 'paused',
      proposal: null,
    });
    expect(viewAt({}, T0, true).next).toMatchObject({ level: 0, decision: 'start' });
  });
});

describe('derivePlans: time-contingent plans', () => {
  const time = { ...v2, mode: 'time' as const };
  const timePlans = [
    { id: id(1), hlc, data: v1 },
    { id: id(2), hlc, data: time },
  ];

  it('goes up one level each session without asking about symptoms, and completes after the goal', () => {
    const s1 = session(T0, 0);
    const view = viewAt({ plans: timePlans, sessions: [s1] }, T0 + hours(30));
    expect(view.followUpsDue).toEqual([]);
    expect(view.next).toMatchObject({ level: 1, amount: 11, status: 'scheduled', reason: 'schedule' });
    const last = session(T0 + hours(72), 3);
    expect(viewAt({ plans: timePlans, sessions: [s1, last] }, T0 + hours(73)).phase).toBe('completed');
  });
});

describe('derivePlans: records from several devices', () => {
  it('counts duplicated session logs in a fixed order, whatever order the records arrive in', () => {
    const a = session(T0, 0);
    const b = { ...session(T0, 0), id: id(99) };
    const yesA = answer(a, T0 + hours(24), 'yes');
    const one = viewAt({ sessions: [a, b], followUps: [yesA] }, T0 + hours(25));
    const other = viewAt({ sessions: [b, a], followUps: [yesA] }, T0 + hours(25));
    expect(one).toEqual(other);
    expect(one.sessions.map((s) => s.id)).toEqual([b.id, a.id]);
  });

  it('ignores follow-up answers for sessions that do not exist, and answers from before a session ended', () => {
    const s1 = session(T0, 0);
    const orphan: Stored<FollowUpRecord> = {
      id: id(98),
      hlc,
      data: { sessionId: id(97), at: iso(T0 + hours(24)), answer: 'not_yet' },
    };
    const early = answer(s1, T0 - hours(1), 'yes');
    const view = viewAt({ sessions: [s1], followUps: [orphan, early] }, T0 + hours(24));
    expect(view.sessions[0]?.followUps).toEqual([]);
    expect(view.followUpsDue).toHaveLength(1);
  });

  it('picks the same version when two devices wrote the same version number', () => {
    const later = { ...v2, effectiveFrom: '2026-11-20T09:30:00+01:00', mode: 'time' as const };
    const plans = [
      { id: id(3), hlc, data: later },
      { id: id(2), hlc, data: v2 },
      { id: id(1), hlc, data: v1 },
    ];
    expect(planVersions(plans).map((p) => [p.version, p.mode])).toEqual([
      [1, 'symptom'],
      [2, 'time'],
    ]);
    expect(planVersions([...plans].reverse())).toEqual(planVersions(plans));
  });
});

describe('derivePlans: other states', () => {
  it('shows a stopped plan without a quota or questions', () => {
    const stopped = { ...v2, version: 3, status: 'stopped' as const, effectiveFrom: '2026-11-21T09:00:00+01:00' };
    const s1 = session(T0, 0);
    const view = viewAt(
      { plans: [...records({}).plans, { id: id(3), hlc, data: stopped }], sessions: [s1] },
      T0 + hours(24),
    );
    expect(view).toMatchObject({ phase: 'stopped', next: null, followUpsDue: [] });
  });

  it('knows whether a session was done today in Amsterdam', () => {
    const s1 = session(Date.parse('2026-11-20T23:30:00+01:00'), 0);
    expect(viewAt({ sessions: [s1] }, Date.parse('2026-11-20T23:50:00+01:00')).doneToday).toBe(true);
    expect(viewAt({ sessions: [s1] }, Date.parse('2026-11-21T00:10:00+01:00')).doneToday).toBe(false);
  });

  it('does not count a baseline measurement of today as a session of the plan done today', () => {
    const measured = baselineSession(Date.parse('2026-11-20T08:30:00+01:00'), 12);
    const view = viewAt({ sessions: [measured] }, Date.parse('2026-11-20T10:00:00+01:00'));
    expect(view).toMatchObject({ phase: 'active', doneToday: false, measuredToday: true });
    expect(view.sessions).toHaveLength(0);
  });

  it('orders plans by when they were first made', () => {
    const otherId = '019a0000-0000-7000-8000-0000000000a2';
    const older = { ...v1, planId: otherId, effectiveFrom: '2026-11-01T10:00:00+01:00' };
    const views = derivePlans(records({ plans: [...records({}).plans, { id: id(4), hlc, data: older }] }), {
      now: T0,
      paused: false,
    });
    expect(views.map((v) => v.planId)).toEqual([otherId, planId]);
  });
});

describe('planVersionAt', () => {
  it('answers what was prescribed at a moment', () => {
    expect(planVersionAt([v1, v2], '2026-11-18T10:00:00+01:00')).toBe(v1);
    expect(planVersionAt([v1, v2], '2026-11-20T09:00:00+01:00')).toBe(v2);
    expect(planVersionAt([v1, v2], '2026-11-01T10:00:00+01:00')).toBeUndefined();
  });
});

describe('proposalReason', () => {
  it.each([
    [{ mode: 'symptom', decision: 'start', settled: null }, 'start'],
    [{ mode: 'symptom', decision: 'progress', settled: 'yes' }, 'settled'],
    [{ mode: 'symptom', decision: 'step_back', settled: 'no' }, 'not_settled'],
    [{ mode: 'symptom', decision: 'hold', settled: null }, 'no_answer'],
    [{ mode: 'symptom', decision: 'hold', settled: 'yes', paused: true }, 'paused'],
    [{ mode: 'symptom', decision: 'complete', settled: 'yes' }, 'goal_reached'],
    [{ mode: 'time', decision: 'progress', settled: 'no' }, 'schedule'],
    [{ mode: 'time', decision: 'complete', settled: null }, 'goal_reached'],
  ] as const)('gives the reason for %j: %s', (input, reason) => {
    expect(proposalReason(input)).toBe(reason);
  });
});

describe('collectPlanRecords', () => {
  it('leaves out deleted records, invalid data and other types', () => {
    const base = { hlc, deleted: false };
    const stored: SyncRecord[] = [
      { ...base, id: id(1), type: 'activity_plan', data: v1 },
      { ...base, id: id(2), type: 'activity_plan', data: { ...v2, levels: [1, 2, 3, 4] } },
      { ...base, id: id(3), type: 'activity_session', data: session(T0, 0).data, deleted: true },
      { ...base, id: id(4), type: 'checkin', data: { date: '2026-11-20', pain: 3 } },
    ];
    expect(collectPlanRecords(readerOf(stored))).toEqual({
      plans: [{ id: id(1), hlc, data: v1 }],
      sessions: [],
      followUps: [],
      decisions: [],
    });
  });

  it('reads a record with a field a newer app added, without that field, so it does not vanish', () => {
    const answered = { sessionId: id(5), at: iso(T0), answer: 'yes' as const };
    const stored: SyncRecord[] = [
      { id: id(6), type: 'follow_up', hlc, deleted: false, data: { ...answered, confidence: 'high' } },
    ];
    expect(collectPlanRecords(readerOf(stored)).followUps).toEqual([{ id: id(6), hlc, data: answered }]);
  });
});

describe('proposalOptions', () => {
  it('names a change by amount and offers an alternative only for keeping the same amount', () => {
    const levels = [8, 11, 11, 13];
    expect(proposalOptions(levels, 1, { decision: 'progress', level: 2 })).toEqual({
      change: 'same',
      alternative: { decision: 'progress', level: 3, amount: 13 },
    });
    expect(proposalOptions(levels, 1, { decision: 'step_back', level: 0 })).toEqual({
      change: 'less',
      alternative: null,
    });
    expect(proposalOptions(levels, 0, { decision: 'progress', level: 1 })).toEqual({
      change: 'more',
      alternative: null,
    });
    expect(proposalOptions(levels, 3, { decision: 'complete', level: 3 })).toEqual({
      change: 'complete',
      alternative: null,
    });
  });

  it('offers finishing the plan when keeping the same amount at the goal', () => {
    expect(proposalOptions([8, 11, 13], 2, { decision: 'hold', level: 2 })).toEqual({
      change: 'same',
      alternative: { decision: 'complete', level: 2, amount: 13 },
    });
  });
});

describe('quotaChange', () => {
  it('compares the next quota with the last one, by amount', () => {
    expect(quotaChange({ amount: 13, from: 11 })).toBe('more');
    expect(quotaChange({ amount: 11, from: 11 })).toBe('same');
    expect(quotaChange({ amount: 8, from: 11 })).toBe('less');
    expect(quotaChange({ amount: 8, from: null })).toBeNull();
  });
});

describe('quotaOutcome', () => {
  it('tells met, more and less apart', () => {
    expect([quotaOutcome(16, 16), quotaOutcome(18, 16), quotaOutcome(10, 16)]).toEqual(['met', 'more', 'less']);
  });
});

describe('therapistPlanVersion', () => {
  const by = { name: 'Els de Boer', reason: 'Je herstelt goed; we gaan iets verder.' };
  const at = '2026-11-29T10:00:00+01:00';

  it('makes the next version with the settings, new levels from the baseline, and who changed it and why', () => {
    const result = therapistPlanVersion(v2, { goal: 20, sessions: 5, windowHours: 24 }, by, at);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      version: 3,
      effectiveFrom: at,
      goal: 20,
      sessions: 5,
      windowHours: 24,
      changedBy: by,
    });
    expect(result.value.levels).toHaveLength(5);
    expect(result.value.levels.at(-1)).toBe(20);
    expect(validateActivityPlan(result.value)).toEqual({ ok: true, value: result.value });
  });

  it('keeps a plan still measuring its baseline without levels', () => {
    const result = therapistPlanVersion(v1, { mode: 'time' }, by, at);
    expect(result.ok && result.value.levels).toEqual([]);
    expect(result.ok && result.value.mode).toBe('time');
  });

  it('refuses a setting out of range naming its field, and an empty reason', () => {
    const window = therapistPlanVersion(v2, { windowHours: 72 }, by, at);
    expect(window.ok ? [] : window.issues.map((i) => i.field)).toEqual(['windowHours']);
    const reason = therapistPlanVersion(v2, {}, { name: 'Els', reason: '  ' }, at);
    expect(reason.ok ? [] : reason.issues.map((i) => i.field)).toEqual(['changedBy.reason']);
    const goal = therapistPlanVersion(v2, { goal: 5 }, by, at);
    expect(goal.ok ? [] : goal.issues.map((i) => i.field)).toEqual(['goal']);
  });

  it('builds the quotas again from a baseline the therapist measured, once the plan has started', () => {
    const result = therapistPlanVersion(v2, { baseline: [20, 22, 24] }, by, at);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.baseline).toEqual([20, 22, 24]);
    // 0.7 × the mean 22 = 15.4, rounded to 15; the last level is the goal 16.
    expect(result.value.levels[0]).toBe(15);
    expect(result.value.levels.at(-1)).toBe(16);
    expect(result.value.levels).toHaveLength(v2.sessions);
  });

  it('sets how many baseline sessions to measure, but leaves the baseline amounts to the device until then', () => {
    const count = therapistPlanVersion(v1, { baselineSessions: 5 }, by, at);
    expect(count.ok && count.value.baselineSessions).toBe(5);
    const amounts = therapistPlanVersion(v1, { baseline: [10, 12] }, by, at);
    expect(amounts.ok ? [] : amounts.issues.map((i) => i.field)).toEqual(['baseline']);
    const zero = therapistPlanVersion(v2, { baseline: [10, 0] }, by, at);
    expect(zero.ok ? [] : zero.issues.map((i) => i.field)).toEqual(['baseline.1']);
    const tooMany = therapistPlanVersion(v1, { baselineSessions: 11 }, by, at);
    expect(tooMany.ok ? [] : tooMany.issues.map((i) => i.field)).toEqual(['baselineSessions']);
  });
});
