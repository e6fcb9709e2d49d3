import { describe, expect, it } from 'vitest';
import { validateRecordData } from '../records/recordRegistry.js';
import { validateExerciseDecision, validateExerciseProgramme, validateExerciseSession } from './exerciseRecords.js';

const programmeId = '019a0000-0000-7000-8000-0000000000e1';
const sessionId = '019a0000-0000-7000-8000-0000000000e2';

const programme = {
  programmeId,
  version: 1,
  effectiveFrom: '2026-11-28T10:00:00+01:00',
  by: 'patient',
  days: [4, 1],
  windowHours: 48,
  status: 'active',
  items: [
    { exerciseId: 'cat_cow', kind: 'mobility', sets: 1, amount: 6, min: 5, max: 15, step: 2 },
    {
      exerciseId: 'glute_bridge',
      kind: 'strength',
      sets: 2,
      repMin: 8,
      repMax: 15,
      targetReps: 8,
      load: 0,
      loadStep: 1,
      variant: 0,
    },
  ],
};

const session = {
  programmeId,
  version: 1,
  occurrence: 1,
  by: 'patient',
  startedAt: '2026-11-30T10:00:00+01:00',
  endedAt: '2026-11-30T10:20:00+01:00',
  painBefore: 3,
  painAfter: 4,
  outcome: 'completed',
  items: [
    { exerciseId: 'cat_cow', kind: 'mobility', target: 6, sets: [{ done: 6 }] },
    {
      exerciseId: 'glute_bridge',
      kind: 'strength',
      target: 8,
      variant: 0,
      sets: [{ done: 8 }, { done: 8, effort: 'hard' }],
    },
  ],
};

const fields = (result: { ok: boolean; issues?: { field: string }[] }) =>
  result.ok ? [] : (result.issues ?? []).map((issue) => issue.field);

describe('an exercise programme record', () => {
  it('is accepted with its weekdays put in order', () => {
    const result = validateExerciseProgramme(programme);
    expect(result.ok && result.value.days).toEqual([1, 4]);
  });

  it('is what the record registry checks for exercise_programme', () => {
    expect(validateRecordData('exercise_programme', programme).ok).toBe(true);
  });

  it('names a weekday given twice, a weekday outside 1–7 and an empty list', () => {
    expect(fields(validateExerciseProgramme({ ...programme, days: [1, 1] }))).toEqual(['days.1']);
    expect(fields(validateExerciseProgramme({ ...programme, days: [8] }))).toEqual(['days.0']);
    expect(fields(validateExerciseProgramme({ ...programme, days: [] }))).toEqual(['days']);
  });

  it('names a dose outside §9 ranges by its path', () => {
    const [mobility, strength] = programme.items;
    expect(
      fields(validateExerciseProgramme({ ...programme, items: [mobility, { ...strength, targetReps: 16 }] })),
    ).toEqual(['items.1.targetReps']);
    expect(fields(validateExerciseProgramme({ ...programme, items: [mobility, { ...strength, variant: 3 }] }))).toEqual(
      ['items.1.variant'],
    );
    expect(fields(validateExerciseProgramme({ ...programme, items: [{ ...mobility, amount: 4 }, strength] }))).toEqual([
      'items.0.amount',
    ]);
    expect(fields(validateExerciseProgramme({ ...programme, items: [mobility, { ...strength, sets: 6 }] }))).toEqual([
      'items.1.sets',
    ]);
  });

  it('refuses an exercise listed twice, a kind that does not match the library and a window outside 24–48 hours', () => {
    const [mobility] = programme.items;
    expect(fields(validateExerciseProgramme({ ...programme, items: [mobility, mobility] }))).toEqual([
      'items.1.exerciseId',
    ]);
    expect(fields(validateExerciseProgramme({ ...programme, items: [{ ...mobility, exerciseId: 'squat' }] }))).toEqual([
      'items.0.kind',
    ]);
    expect(fields(validateExerciseProgramme({ ...programme, windowHours: 72 }))).toEqual(['windowHours']);
  });

  it('keeps an exercise a newer app added, so the programme does not vanish on an older phone', () => {
    const [mobility] = programme.items;
    const result = validateExerciseProgramme({ ...programme, items: [{ ...mobility, exerciseId: 'wall_slide' }] });
    expect(result.ok).toBe(true);
  });

  it('says who made it, and refuses anyone else', () => {
    expect(fields(validateExerciseProgramme({ ...programme, by: 'coach' }))).toEqual(['by']);
    const therapist = validateExerciseProgramme({
      ...programme,
      by: 'therapist',
      reason: ' Meer rust tussen de dagen ',
    });
    expect(therapist.ok && therapist.value.reason).toBe('Meer rust tussen de dagen');
  });
});

describe('an exercise session record', () => {
  it('is accepted with its sets and how hard they felt', () => {
    const result = validateExerciseSession(session);
    expect(result.ok && result.value.items[1]?.sets[1]).toEqual({ done: 8, effort: 'hard' });
  });

  it('needs a reason exactly when the person stopped early', () => {
    expect(fields(validateExerciseSession({ ...session, outcome: 'stopped' }))).toEqual(['stopReason']);
    expect(validateExerciseSession({ ...session, outcome: 'stopped', stopReason: 'pain' }).ok).toBe(true);
    expect(fields(validateExerciseSession({ ...session, stopReason: 'pain' }))).toEqual(['stopReason']);
  });

  it('names the set, the pain and the moments that are wrong', () => {
    const [mobility, strength] = session.items;
    expect(
      fields(validateExerciseSession({ ...session, items: [mobility, { ...strength, sets: [{ done: -1 }] }] })),
    ).toEqual(['items.1.sets.0.done']);
    expect(
      fields(validateExerciseSession({ ...session, items: [{ ...mobility, sets: [{ done: 6, effort: 'brutal' }] }] })),
    ).toEqual(['items.0.sets.0.effort']);
    expect(fields(validateExerciseSession({ ...session, painAfter: 11 }))).toEqual(['painAfter']);
    expect(fields(validateExerciseSession({ ...session, endedAt: '2026-11-30T09:00:00+01:00' }))).toEqual(['endedAt']);
    expect(fields(validateExerciseSession({ ...session, items: [{ ...mobility, skipped: 'bored' }] }))).toEqual([
      'items.0.skipped',
    ]);
  });
});

describe('an exercise decision record', () => {
  it('is accepted with true or false, and names a missing answer', () => {
    const decision = {
      programmeId,
      afterSessionId: sessionId,
      accepted: false,
      by: 'patient',
      at: '2026-12-02T10:00:00+01:00',
    };
    expect(validateExerciseDecision(decision).ok).toBe(true);
    expect(fields(validateExerciseDecision({ ...decision, accepted: 'no' }))).toEqual(['accepted']);
  });
});
