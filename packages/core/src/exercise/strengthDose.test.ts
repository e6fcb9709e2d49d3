import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextStrengthDose, type StrengthPrescription, type StrengthSession } from './strengthDose.js';

// docs/clinical-rules.md §9.1: double progression under the 48-hour rule.
const squat: StrengthPrescription = {
  sets: 3,
  repMin: 8,
  repMax: 12,
  targetReps: 10,
  usesLoad: true,
  load: 7.5,
  loadStep: 2.5,
  variant: 0,
  variants: 1,
};
const plank: StrengthPrescription = { ...squat, usesLoad: false, load: 0, variant: 1, variants: 3 };
const done = (repsDone: number[], settled: StrengthSession['settled'] = 'yes'): StrengthSession => ({
  repsDone,
  settled,
});

describe('nextStrengthDose', () => {
  it('starts with the prescription as it is when there is no last session', () => {
    expect(nextStrengthDose(squat)).toEqual({ targetReps: 10, load: 7.5, variant: 0, decision: 'start' });
  });

  it('holds the dose while the follow-up is not answered', () => {
    expect(nextStrengthDose(squat, done([12, 12, 12], null))).toEqual({
      targetReps: 10,
      load: 7.5,
      variant: 0,
      decision: 'hold',
    });
  });

  it.each([
    ['a rep more when every set met the target', squat, [10, 10, 11], { targetReps: 11, decision: 'add_reps' }],
    ['the same when one set fell short', squat, [10, 9, 10], { targetReps: 10, decision: 'hold' }],
    ['the same when fewer sets were done than asked', squat, [12, 12], { targetReps: 10, decision: 'hold' }],
    ['only the first sets count: an extra set short does not matter', squat, [10, 10, 10, 2], { decision: 'add_reps' }],
    [
      'more load and back to the bottom of the range at the top',
      { ...squat, targetReps: 12 },
      [12, 12, 12],
      { targetReps: 8, load: 10, decision: 'add_load' },
    ],
    [
      'a harder variant at the top, for body-weight exercises',
      { ...plank, targetReps: 12 },
      [12, 12, 12],
      { targetReps: 8, variant: 2, load: 0, decision: 'harder_variant' },
    ],
    [
      'the top: the hardest variant at the top of the range',
      { ...plank, targetReps: 12, variant: 2 },
      [12, 12, 12],
      { targetReps: 12, variant: 2, decision: 'top' },
    ],
  ] as const)('settled yes: %s', (_name, prescription, reps, expected) => {
    expect(nextStrengthDose(prescription, done([...reps], 'yes'))).toMatchObject(expected);
  });

  it.each([
    ['two reps fewer above the bottom of the range', squat, { targetReps: 8, load: 7.5, decision: 'step_back' }],
    ['never below the bottom of the range', { ...squat, targetReps: 9 }, { targetReps: 8, decision: 'step_back' }],
    ['a load step less at the bottom', { ...squat, targetReps: 8 }, { targetReps: 8, load: 5, decision: 'step_back' }],
    ['no load below 0', { ...squat, targetReps: 8, load: 1, loadStep: 2.5 }, { load: 0, decision: 'step_back' }],
    ['hold when no load is left to take off', { ...squat, targetReps: 8, load: 0 }, { load: 0, decision: 'hold' }],
    ['an easier variant at the bottom', { ...plank, targetReps: 8 }, { variant: 0, decision: 'step_back' }],
    ['hold at the easiest variant', { ...plank, targetReps: 8, variant: 0 }, { variant: 0, decision: 'hold' }],
  ] as const)('settled no: %s', (_name, prescription, expected) => {
    expect(nextStrengthDose(prescription, done([20, 20, 20], 'no'))).toMatchObject(expected);
  });

  it('adds and takes off load exactly on decimals (7.5 + 0.1 = 7.6)', () => {
    const top = { ...squat, targetReps: 12, loadStep: 0.1 };
    expect(nextStrengthDose(top, done([12, 12, 12])).load).toBe(7.6);
    expect(nextStrengthDose({ ...squat, targetReps: 8, load: 0.3, loadStep: 0.1 }, done([8], 'no')).load).toBe(0.2);
    expect(nextStrengthDose({ ...top, load: 0.1, loadStep: 0.2 }, done([12, 12, 12])).load).toBe(0.3);
  });

  it.each([
    ['sets', { sets: 0 }],
    ['sets', { sets: 6 }],
    ['sets', { sets: 2.5 }],
    ['repMin', { repMin: 0 }],
    ['repMax', { repMax: 8 }],
    ['repMax', { repMax: 31 }],
    ['targetReps', { targetReps: 13 }],
    ['targetReps', { targetReps: 7 }],
    ['usesLoad', { usesLoad: 'yes' }],
    ['load', { load: -1 }],
    ['load', { load: Number.NaN }],
    ['loadStep', { loadStep: 0 }],
    ['variants', { variants: 0 }],
    ['variant', { variant: 1 }],
  ])('throws a RangeError naming %s when it is out of range', (field, change) => {
    expect(() => nextStrengthDose({ ...squat, ...change } as StrengthPrescription)).toThrow(
      new RegExp(`^${field} must`),
    );
  });

  it('throws a RangeError naming the session field that is out of range', () => {
    expect(() => nextStrengthDose(squat, done([10, 101]))).toThrow(/^repsDone\.1 must/);
    expect(() => nextStrengthDose(squat, done([10, -1]))).toThrow(RangeError);
    expect(() => nextStrengthDose(squat, { repsDone: [10], settled: 'maybe' } as never)).toThrow(/^settled must/);
  });

  const prescriptions = fc
    .record({
      sets: fc.integer({ min: 1, max: 5 }),
      repMin: fc.integer({ min: 1, max: 29 }),
      span: fc.integer({ min: 1, max: 29 }),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      usesLoad: fc.boolean(),
      load: fc.integer({ min: 0, max: 400 }).map((tenths) => tenths / 10),
      loadStep: fc.constantFrom(0.5, 1, 1.25, 2, 2.5),
      variants: fc.integer({ min: 1, max: 6 }),
      variantAt: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(({ repMin, span, at, variants, variantAt, ...rest }): StrengthPrescription => {
      const repMax = Math.min(30, repMin + span);
      return {
        ...rest,
        repMin,
        repMax,
        targetReps: repMin + Math.floor(at * (repMax - repMin)),
        variants,
        variant: Math.min(variants - 1, Math.floor(variantAt * variants)),
      };
    });
  const sessions = fc.record({
    repsDone: fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 6 }),
    settled: fc.constantFrom('yes' as const, 'no' as const, null),
  });

  it('never gives a negative load, and keeps reps within the range and the variant within the exercise', () => {
    fc.assert(
      fc.property(prescriptions, sessions, (p, s) => {
        const next = nextStrengthDose(p, s);
        expect(next.load).toBeGreaterThanOrEqual(0);
        expect(next.targetReps).toBeGreaterThanOrEqual(p.repMin);
        expect(next.targetReps).toBeLessThanOrEqual(p.repMax);
        expect(next.variant).toBeGreaterThanOrEqual(0);
        expect(next.variant).toBeLessThan(p.variants);
        // The next dose is a valid prescription again.
        expect(() => nextStrengthDose({ ...p, ...next })).not.toThrow();
      }),
    );
  });

  it('never lowers the dose after a settled session that met its target', () => {
    fc.assert(
      fc.property(prescriptions, (p) => {
        const next = nextStrengthDose(p, { repsDone: Array(p.sets).fill(p.targetReps), settled: 'yes' });
        const harder =
          next.load > p.load || next.variant > p.variant || next.targetReps > p.targetReps || next.decision === 'top';
        expect(harder).toBe(true);
      }),
    );
  });
});
