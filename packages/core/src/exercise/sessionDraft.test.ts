import { describe, expect, it } from 'vitest';
import { programmeFromStarter } from './programmeState.js';
import {
  currentItem,
  logSet,
  nextExercise,
  readDraft,
  sessionFromDraft,
  setsComplete,
  skipExercise,
  startDraft,
  stopSession,
  undoSet,
  withPainBefore,
} from './sessionDraft.js';

const programme = programmeFromStarter(
  {
    days: [1, 4],
    items: [
      { exerciseId: 'cat_cow', feared: false },
      { exerciseId: 'glute_bridge', feared: false },
      { exerciseId: 'farmers_carry', feared: true },
    ],
  },
  { programmeId: '019a0000-0000-7000-8000-0000000000e1', at: '2026-11-28T10:00:00+01:00', by: 'patient' },
);
const START = '2026-11-30T10:00:00+01:00';
const END = { painAfter: 4, endedAt: '2026-11-30T10:20:00+01:00', occurrence: 1, by: 'patient' as const };

describe('a session while it runs', () => {
  it('asks pain first, then shows one exercise at a time at its dose, with the load only where it counts', () => {
    const draft = startDraft(programme, START);
    expect(draft.step).toBe('pain_before');
    expect(currentItem(draft)).toBeUndefined();
    const running = withPainBefore(draft, 3);
    expect(currentItem(running)).toEqual({ exerciseId: 'cat_cow', kind: 'mobility', target: 6, sets: [] });
    expect(running.items[1]).toEqual({ exerciseId: 'glute_bridge', kind: 'strength', target: 8, variant: 0, sets: [] });
    expect(running.items[2]).toMatchObject({ exerciseId: 'farmers_carry', load: 2 });
  });

  it('logs sets, takes the last one back, knows when the sets asked are done, and moves on', () => {
    let draft = withPainBefore(startDraft(programme, START), 3);
    draft = logSet(draft, { done: 6 });
    expect(setsComplete(draft)).toBe(true);
    draft = nextExercise(draft);
    draft = logSet(draft, { done: 8, effort: 'light' });
    draft = logSet(draft, { done: 7 });
    draft = undoSet(draft);
    expect(setsComplete(draft)).toBe(false);
    draft = logSet(draft, { done: 9, effort: 'hard' });
    expect(currentItem(draft)?.sets).toEqual([
      { done: 8, effort: 'light' },
      { done: 9, effort: 'hard' },
    ]);
    draft = nextExercise(nextExercise(draft));
    expect(draft.step).toBe('pain_after');
    const session = sessionFromDraft(draft, END);
    expect(session.ok && session.value.outcome).toBe('completed');
    expect(session.ok && session.value.items[2]).toMatchObject({ exerciseId: 'farmers_carry', skipped: 'other' });
  });

  it('drops the sets of a skipped exercise and keeps its reason', () => {
    let draft = withPainBefore(startDraft(programme, START), 3);
    draft = skipExercise(logSet(draft, { done: 2 }), 'pain');
    expect(draft.items[0]).toEqual({ exerciseId: 'cat_cow', kind: 'mobility', target: 6, sets: [], skipped: 'pain' });
    expect(draft.index).toBe(1);
  });

  it('stops early keeping what was done, skipping the rest for the same reason', () => {
    let draft = withPainBefore(startDraft(programme, START), 3);
    draft = nextExercise(logSet(draft, { done: 6 }));
    draft = stopSession(logSet(draft, { done: 8 }), 'tired');
    expect(draft.step).toBe('pain_after');
    const session = sessionFromDraft(draft, END);
    expect(session.ok && session.value).toMatchObject({
      outcome: 'stopped',
      stopReason: 'tired',
      items: [{ sets: [{ done: 6 }] }, { sets: [{ done: 8 }] }, { skipped: 'tired', sets: [] }],
    });
  });

  it('refuses values outside their range, naming the field', () => {
    const draft = withPainBefore(startDraft(programme, START), 3);
    expect(() => withPainBefore(startDraft(programme, START), 11)).toThrow(/^painBefore/);
    expect(() => logSet(draft, { done: -1 })).toThrow(/^done/);
    expect(() => logSet(draft, { done: 5, load: -2 })).toThrow(/^load/);
    expect(() => logSet(startDraft(programme, START), { done: 5 })).toThrow(/^step/);
    expect(sessionFromDraft(startDraft(programme, START), END)).toMatchObject({ ok: false });
  });

  it('resumes from what the device kept, and reads anything else as no draft', () => {
    const draft = logSet(withPainBefore(startDraft(programme, START), 3), { done: 4 });
    expect(readDraft(JSON.parse(JSON.stringify(draft)))).toEqual(draft);
    expect(readDraft(null)).toBeUndefined();
    expect(readDraft({ ...draft, step: 'dancing' })).toBeUndefined();
    expect(readDraft({ ...draft, index: 7 })).toBeUndefined();
    expect(readDraft({ ...draft, items: [{ exerciseId: 'cat_cow' }], setsAsked: [1] })).toBeUndefined();
  });
});
