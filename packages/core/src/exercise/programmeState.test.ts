import { describe, expect, it } from 'vitest';
import { type Weekday, weekdayOf } from '../calendar/calendarDay.js';
import type { FollowUpRecord } from '../graded/activityRecords.js';
import type { Stored } from '../safety/safetyJourney.js';
import type {
  ExerciseDecision,
  ExerciseProgramme,
  ExerciseSession,
  MobilityItem,
  SessionItem,
  StrengthItem,
} from './exerciseRecords.js';
import {
  acceptProposal,
  deriveProgrammes,
  type ExerciseRecords,
  exerciseProgress,
  grownSinceStart,
  nextProgrammeVersion,
  nextWeekday,
  programmeFromStarter,
  therapistProgrammeVersion,
} from './programmeState.js';

const programmeId = '019a0000-0000-7000-8000-0000000000e1';
const hlc = '2026-11-28T09:00:00.000Z-0000-0123456789abcdef';
const id = (n: number) => `019a0000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const HOUR = 3_600_000;
// Monday 30 November 2026, 10:20 in Amsterdam.
const T0 = Date.parse('2026-11-30T10:20:00+01:00');
const iso = (ms: number) => new Date(ms).toISOString();
const stored = <T>(n: number, data: T): Stored<T> => ({ id: id(n), hlc, data });

const v1 = programmeFromStarter(
  {
    days: [4, 1],
    items: [
      { exerciseId: 'cat_cow', feared: false },
      { exerciseId: 'glute_bridge', feared: false },
    ],
  },
  { programmeId, at: '2026-11-28T10:00:00+01:00', by: 'patient' },
);

/** The first version's mobility item (cat-cow) and strength item (bridge), to change one field in a later version. */
function mobilityOfV1(): MobilityItem {
  const item = v1.items[0];
  if (item?.kind !== 'mobility') throw new Error('v1 starts with a mobility item');
  return item;
}
function strengthOfV1(): StrengthItem {
  const item = v1.items[1];
  if (item?.kind !== 'strength') throw new Error('v1 has a strength item second');
  return item;
}

function sessionAt(end: number, items: SessionItem[], version = 1, occurrence = 1): ExerciseSession {
  return {
    programmeId,
    version,
    occurrence,
    by: 'patient',
    startedAt: iso(end - 20 * 60_000),
    endedAt: iso(end),
    painBefore: 3,
    painAfter: 3,
    outcome: 'completed',
    items,
  };
}
const bridge = (done: number[], target = 8, variant = 0): SessionItem => ({
  exerciseId: 'glute_bridge',
  kind: 'strength',
  target,
  variant,
  sets: done.map((d) => ({ done: d })),
});
const catCow = (done: number[], target = 6): SessionItem => ({
  exerciseId: 'cat_cow',
  kind: 'mobility',
  target,
  sets: done.map((d) => ({ done: d })),
});

function records(parts: Partial<ExerciseRecords>): ExerciseRecords {
  return { programmes: [stored(1, v1)], sessions: [], followUps: [], decisions: [], ...parts };
}
const answer = (n: number, sessionN: number, at: number, reply: 'yes' | 'not_yet'): Stored<FollowUpRecord> =>
  stored(n, { sessionId: id(sessionN), at: iso(at), answer: reply });

describe('weekdays in Europe/Amsterdam', () => {
  it('names the ISO weekday of a calendar day', () => {
    expect(weekdayOf('2026-11-28')).toBe(6);
    expect(weekdayOf('2026-11-30')).toBe(1);
    expect(weekdayOf('2026-03-29')).toBe(7);
  });

  it('finds the next programme day, today included, across a month end', () => {
    expect(nextWeekday('2026-11-28', [1, 4])).toBe('2026-11-30');
    expect(nextWeekday('2026-11-30', [1, 4])).toBe('2026-11-30');
    expect(nextWeekday('2026-12-31', [5])).toBe('2027-01-01');
  });
});

describe('an exercise programme derived from its records', () => {
  it('starts every exercise light, and is due on its days only', () => {
    expect(v1.items[1]).toMatchObject({ kind: 'strength', sets: 2, targetReps: 8, variant: 0, load: 0 });
    expect(v1.items[0]).toMatchObject({ kind: 'mobility', sets: 1, amount: 6 });
    const [monday] = deriveProgrammes(records({}), { now: T0, paused: false });
    expect(monday).toMatchObject({ dueToday: true, doneToday: false, nextDay: '2026-11-30', status: 'none' });
    const [saturday] = deriveProgrammes(records({}), { now: Date.parse('2026-11-28T12:00:00+01:00'), paused: false });
    expect(saturday).toMatchObject({ dueToday: false, nextDay: '2026-11-30' });
  });

  it('after a session today is not due again and names Thursday next', () => {
    const sessions = [stored(10, sessionAt(T0, [catCow([6]), bridge([8, 8])]))];
    const [view] = deriveProgrammes(records({ sessions }), { now: T0 + HOUR, paused: false });
    expect(view).toMatchObject({ dueToday: false, doneToday: true, nextDay: '2026-12-03', status: 'waiting' });
    expect(view?.followUpsDue).toEqual([]);
  });

  it('asks the follow-up question about 24 hours after the session, once for the whole session', () => {
    const sessions = [stored(10, sessionAt(T0, [catCow([6]), bridge([8, 8])]))];
    const [view] = deriveProgrammes(records({ sessions }), { now: T0 + 24 * HOUR, paused: false });
    expect(view?.followUpsDue).toEqual([{ sessionId: id(10), kind: 'first', askFrom: T0 + 24 * HOUR }]);
  });

  it('proposes one more repetition when the target was met and the back settled (add_reps)', () => {
    const sessions = [stored(10, sessionAt(T0, [catCow([6]), bridge([8, 9])]))];
    const followUps = [answer(20, 10, T0 + 24 * HOUR, 'yes')];
    const [view] = deriveProgrammes(records({ sessions, followUps }), { now: T0 + 25 * HOUR, paused: false });
    expect(view?.status).toBe('proposal');
    expect(view?.proposal).toEqual({
      afterSessionId: id(10),
      settled: 'yes',
      changes: [
        {
          exerciseId: 'glute_bridge',
          kind: 'strength',
          decision: 'add_reps',
          from: { targetReps: 8, load: 0, variant: 0 },
          to: { targetReps: 9, load: 0, variant: 0 },
        },
      ],
    });
  });

  it('keeps the doses when a set fell short of the target (hold), so there is nothing to accept', () => {
    const sessions = [stored(10, sessionAt(T0, [catCow([6]), bridge([8, 6])]))];
    const followUps = [answer(20, 10, T0 + 24 * HOUR, 'yes')];
    const [view] = deriveProgrammes(records({ sessions, followUps }), { now: T0 + 25 * HOUR, paused: false });
    expect(view).toMatchObject({ status: 'same', proposal: null });
  });

  it('proposes a bit less of every exercise done when the back had not settled (step_back)', () => {
    const v2 = { ...v1, version: 2, effectiveFrom: iso(T0 - HOUR) };
    v2.items = [
      { ...mobilityOfV1(), amount: 8 },
      { ...strengthOfV1(), targetReps: 11 },
    ];
    const sessions = [stored(10, sessionAt(T0, [catCow([8], 8), bridge([11, 11], 11)], 2))];
    const followUps = [answer(20, 10, T0 + 24 * HOUR, 'not_yet')];
    const now = T0 + 73 * HOUR;
    const [view] = deriveProgrammes(records({ programmes: [stored(1, v1), stored(2, v2)], sessions, followUps }), {
      now,
      paused: false,
    });
    expect(view?.proposal?.settled).toBe('no');
    expect(view?.proposal?.changes.map((c) => [c.exerciseId, c.decision, c.to])).toEqual([
      ['cat_cow', 'step_back', 6],
      ['glute_bridge', 'step_back', { targetReps: 9, load: 0, variant: 0 }],
    ]);
  });

  it('holds when no answer came by the end of the window plus a day (§9.1: settled null)', () => {
    const sessions = [stored(10, sessionAt(T0, [catCow([6]), bridge([8, 8])]))];
    const [view] = deriveProgrammes(records({ sessions }), { now: T0 + 72 * HOUR, paused: false });
    expect(view).toMatchObject({ status: 'no_answer', proposal: null });
  });

  it('grows a mobility exercise only after two settled, complete sessions at its dose (§9.2)', () => {
    const first = stored(10, sessionAt(T0, [catCow([6]), bridge([8, 7])]));
    const second = stored(11, sessionAt(T0 + 72 * HOUR, [catCow([6]), bridge([8, 7])], 1, 2));
    const followUps = [answer(20, 10, T0 + 24 * HOUR, 'yes'), answer(21, 11, T0 + 96 * HOUR, 'yes')];
    const [once] = deriveProgrammes(records({ sessions: [first], followUps }), { now: T0 + 25 * HOUR, paused: false });
    expect(once?.status).toBe('same');
    const [twice] = deriveProgrammes(records({ sessions: [first, second], followUps }), {
      now: T0 + 97 * HOUR,
      paused: false,
    });
    expect(twice?.proposal?.changes).toEqual([
      { exerciseId: 'cat_cow', kind: 'mobility', decision: 'progress', from: 6, to: 8 },
    ]);
  });

  it('holds every step up back while a safety result pauses progression, but still offers less', () => {
    const sessions = [stored(10, sessionAt(T0, [catCow([6]), bridge([8, 9])]))];
    const followUps = [answer(20, 10, T0 + 24 * HOUR, 'yes')];
    const [view] = deriveProgrammes(records({ sessions, followUps }), { now: T0 + 25 * HOUR, paused: true });
    expect(view).toMatchObject({ status: 'paused', proposal: null });
  });

  it('leaves a skipped exercise as it is', () => {
    const skipped: SessionItem = { ...bridge([]), skipped: 'pain' };
    const sessions = [stored(10, sessionAt(T0, [catCow([6]), skipped]))];
    const followUps = [answer(20, 10, T0 + 24 * HOUR, 'yes')];
    const [view] = deriveProgrammes(records({ sessions, followUps }), { now: T0 + 25 * HOUR, paused: false });
    expect(view?.status).toBe('same');
  });

  it('counts a proposal as decided once declined, or once a version takes it', () => {
    const sessions = [stored(10, sessionAt(T0, [catCow([6]), bridge([8, 9])]))];
    const followUps = [answer(20, 10, T0 + 24 * HOUR, 'yes')];
    const now = T0 + 25 * HOUR;
    const [open] = deriveProgrammes(records({ sessions, followUps }), { now, paused: false });
    const proposal = open?.proposal;
    if (!proposal) throw new Error('expected a proposal');
    const declined: Stored<ExerciseDecision> = stored(30, {
      programmeId,
      afterSessionId: id(10),
      accepted: false,
      by: 'patient',
      at: iso(now),
    });
    expect(
      deriveProgrammes(records({ sessions, followUps, decisions: [declined] }), { now, paused: false })[0],
    ).toMatchObject({
      status: 'decided',
      programme: { version: 1 },
    });
    const v2 = acceptProposal(v1, proposal, iso(now), 'patient');
    expect(v2).toMatchObject({ version: 2, afterSessionId: id(10), by: 'patient' });
    const [taken] = deriveProgrammes(records({ programmes: [stored(1, v1), stored(2, v2)], sessions, followUps }), {
      now,
      paused: false,
    });
    expect(taken?.status).toBe('decided');
    expect(taken?.programme.items[1]).toMatchObject({ targetReps: 9 });
  });

  it('has nothing to propose after the person changed the programme themselves', () => {
    const sessions = [stored(10, sessionAt(T0, [catCow([6]), bridge([8, 9])]))];
    const followUps = [answer(20, 10, T0 + 24 * HOUR, 'yes')];
    const v2 = nextProgrammeVersion(v1, { days: [2, 5] }, iso(T0 + 2 * HOUR), 'patient');
    const [view] = deriveProgrammes(records({ programmes: [stored(1, v1), stored(2, v2)], sessions, followUps }), {
      now: T0 + 25 * HOUR,
      paused: false,
    });
    expect(view).toMatchObject({ status: 'none', proposal: null, programme: { days: [2, 5], version: 2 } });
  });

  it('is not due, asks nothing and proposes nothing once stopped', () => {
    const sessions = [stored(10, sessionAt(T0 - 24 * HOUR * 7, [catCow([6]), bridge([8, 9])]))];
    const v2 = nextProgrammeVersion(v1, { status: 'stopped' }, iso(T0 - HOUR), 'patient');
    const [view] = deriveProgrammes(records({ programmes: [stored(1, v1), stored(2, v2)], sessions }), {
      now: T0,
      paused: false,
    });
    expect(view).toMatchObject({ dueToday: false, nextDay: null, followUpsDue: [], proposal: null });
  });
});

describe('progress of one exercise', () => {
  it('lists each session that did it with its best and total, and marks the dose changes', () => {
    const v2 = { ...v1, version: 2, effectiveFrom: iso(T0 + 25 * HOUR), afterSessionId: id(10) };
    v2.items = [mobilityOfV1(), { ...strengthOfV1(), targetReps: 9 }];
    const view = {
      versions: [v1, v2] as ExerciseProgramme[],
      sessions: [
        { id: id(10), session: sessionAt(T0, [catCow([6]), bridge([8, 9])]) },
        { id: id(11), session: sessionAt(T0 + 72 * HOUR, [catCow([6]), { ...bridge([]), skipped: 'tired' }], 2, 2) },
        { id: id(12), session: sessionAt(T0 + 144 * HOUR, [catCow([6]), bridge([9, 10], 9)], 2, 3) },
      ],
    } as never;
    const { points, marks } = exerciseProgress(view, 'glute_bridge');
    expect(points.map((p) => [p.sessionId, p.target, p.best, p.total])).toEqual([
      [id(10), 8, 9, 17],
      [id(12), 9, 10, 19],
    ]);
    expect(marks).toEqual([
      {
        effectiveFrom: v2.effectiveFrom,
        by: 'patient',
        change: {
          exerciseId: 'glute_bridge',
          kind: 'strength',
          decision: 'add_reps',
          from: { targetReps: 8, load: 0, variant: 0 },
          to: { targetReps: 9, load: 0, variant: 0 },
        },
      },
    ]);
  });

  it('names what the person can do now that they could not in their first session', () => {
    const now = {
      ...v1,
      items: [
        { ...mobilityOfV1(), amount: 8 },
        { ...strengthOfV1(), variant: 1 },
      ],
    };
    const sessions = [{ id: id(10), session: sessionAt(T0, [catCow([6]), bridge([8, 8])]) }] as never;
    expect(grownSinceStart({ programme: now, sessions }).map((g) => g.exerciseId)).toEqual(['cat_cow', 'glute_bridge']);
    expect(grownSinceStart({ programme: v1, sessions })).toEqual([]);
  });
});

describe('a physiotherapist prescribing for a programme (docs/clinical-rules.md §11.2)', () => {
  const at = '2026-11-29T10:00:00+01:00';

  it('makes the next version by the therapist with the reason, changing only the doses named', () => {
    const result = therapistProgrammeVersion(
      v1,
      { days: [2, 5], windowHours: 24, doses: [{ exerciseId: 'glute_bridge', sets: 3, targetReps: 10 }] },
      'Drie sets gaat goed',
      at,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      version: 2,
      by: 'therapist',
      reason: 'Drie sets gaat goed',
      effectiveFrom: at,
    });
    expect(result.value.days).toEqual([2, 5]);
    expect(result.value.windowHours).toBe(24);
    const bridgeItem = result.value.items.find((item) => item.exerciseId === 'glute_bridge');
    expect(bridgeItem).toMatchObject({ sets: 3, targetReps: 10 });
    expect(result.value.items.find((item) => item.exerciseId === 'cat_cow')).toEqual(
      v1.items.find((item) => item.exerciseId === 'cat_cow'),
    );
  });

  it('names the request field of a dose outside the exercise range, and makes nothing', () => {
    const result = therapistProgrammeVersion(
      v1,
      {
        doses: [
          { exerciseId: 'cat_cow', amount: 5 },
          { exerciseId: 'glute_bridge', targetReps: 99 },
        ],
      },
      'Meer herhalingen',
      at,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.field)).toContain('doses.1.targetReps');
    expect(result.issues.every((issue) => !issue.field.startsWith('items'))).toBe(true);
  });

  it('refuses a dose for an exercise not in the programme, or one that does not fit its kind', () => {
    const unknown = therapistProgrammeVersion(v1, { doses: [{ exerciseId: 'squat', sets: 2 }] }, 'x', at);
    expect(unknown.ok ? [] : unknown.issues).toEqual([expect.objectContaining({ field: 'doses.0.exerciseId' })]);
    const wrongKind = therapistProgrammeVersion(v1, { doses: [{ exerciseId: 'cat_cow', load: 5 }] }, 'x', at);
    expect(wrongKind.ok ? [] : wrongKind.issues).toEqual([
      expect.objectContaining({ field: 'doses.0.load', code: 'unknown_field' }),
    ]);
  });

  it('refuses a window outside 24 to 48 hours and a weekday that does not exist', () => {
    // A weekday that does not exist, as a client might send it.
    const result = therapistProgrammeVersion(v1, { windowHours: 12, days: [8 as Weekday] }, 'x', at);
    expect(result.ok ? [] : result.issues.map((issue) => issue.field).sort()).toEqual(['days.0', 'windowHours']);
  });
});
