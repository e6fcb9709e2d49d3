import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MobilityDose, type MobilitySession, nextMobilityDose } from './mobilityDose.js';

// docs/clinical-rules.md §9.2.
const hold: MobilityDose = { amount: 20, min: 10, max: 60, step: 5 };
const yes: MobilitySession = { completed: true, settled: 'yes' };
const no: MobilitySession = { completed: true, settled: 'no' };
const unanswered: MobilitySession = { completed: true, settled: null };
const cutShort: MobilitySession = { completed: false, settled: 'yes' };

describe('nextMobilityDose', () => {
  it.each([
    ['starts with the dose when nothing was done at it yet', hold, [], { amount: 20, decision: 'start' }],
    ['holds after one good session', hold, [yes], { amount: 20, decision: 'hold' }],
    ['progresses after two good sessions in a row', hold, [yes, yes], { amount: 25, decision: 'progress' }],
    ['looks at the last two only', hold, [no, yes, yes], { amount: 25, decision: 'progress' }],
    ['holds when one of the last two was cut short', hold, [cutShort, yes], { amount: 20, decision: 'hold' }],
    ['holds when one of the last two is unanswered', hold, [yes, unanswered], { amount: 20, decision: 'hold' }],
    ['steps back when the last did not settle', hold, [yes, yes, no], { amount: 15, decision: 'step_back' }],
    ['steps back not below the minimum', { ...hold, amount: 12 }, [no], { amount: 10, decision: 'step_back' }],
    ['holds at the minimum when it did not settle', { ...hold, amount: 10 }, [no], { amount: 10, decision: 'hold' }],
    ['progresses not above the maximum', { ...hold, amount: 58 }, [yes, yes], { amount: 60, decision: 'progress' }],
    ['says top at the maximum', { ...hold, amount: 60 }, [yes, yes], { amount: 60, decision: 'top' }],
  ] as const)('%s', (_name, dose, sessions, expected) => {
    expect(nextMobilityDose(dose, [...sessions])).toEqual(expected);
  });

  it.each([
    ['min', { min: 0 }],
    ['max', { max: 9 }],
    ['amount', { amount: 61 }],
    ['amount', { amount: 9 }],
    ['amount', { amount: 20.5 }],
    ['step', { step: 0 }],
  ])('throws a RangeError naming %s when it is out of range', (field, change) => {
    expect(() => nextMobilityDose({ ...hold, ...change }, [])).toThrow(new RegExp(`^${field} must`));
  });

  it('throws a RangeError naming the session field that is wrong', () => {
    expect(() => nextMobilityDose(hold, [yes, { completed: 'yes', settled: 'yes' } as never])).toThrow(
      /^sessionsAtDose\.1\.completed must/,
    );
    expect(() => nextMobilityDose(hold, [{ completed: true, settled: 'fine' } as never])).toThrow(
      /^sessionsAtDose\.0\.settled must/,
    );
  });

  it('always stays within the range, and never lowers the dose after two good sessions', () => {
    const doses = fc
      .record({
        min: fc.integer({ min: 1, max: 50 }),
        span: fc.integer({ min: 0, max: 100 }),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        step: fc.integer({ min: 1, max: 20 }),
      })
      .map(({ min, span, at, step }) => ({ min, max: min + span, amount: min + Math.floor(at * span), step }));
    const session = fc.record({
      completed: fc.boolean(),
      settled: fc.constantFrom('yes' as const, 'no' as const, null),
    });
    fc.assert(
      fc.property(doses, fc.array(session, { maxLength: 5 }), (dose, sessions) => {
        const next = nextMobilityDose(dose, sessions);
        expect(next.amount).toBeGreaterThanOrEqual(dose.min);
        expect(next.amount).toBeLessThanOrEqual(dose.max);
        expect(nextMobilityDose(dose, [...sessions, yes, yes]).amount).toBeGreaterThanOrEqual(dose.amount);
      }),
    );
  });
});
