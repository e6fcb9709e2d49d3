import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildQuotaPlan, type QuotaPlanInput } from './quotaPlan.js';

describe('buildQuotaPlan', () => {
  it('builds the example of the spec', () => {
    expect(buildQuotaPlan({ baseline: [10, 12, 14], goal: 30, sessions: 10 })).toEqual({
      levels: [8, 11, 13, 16, 18, 20, 23, 25, 28, 30],
    });
  });

  it('rounds half up on the exact value: 0.7 × 45 = 31.5 starts at 32', () => {
    expect(buildQuotaPlan({ baseline: [45], goal: 60, sessions: 2 }).levels).toEqual([32, 60]);
  });

  it('rounds 12.5 up to 13 and 12.4 down to 12', () => {
    expect(buildQuotaPlan({ baseline: [25], goal: 40, sessions: 2, startFraction: 0.5 }).levels[0]).toBe(13);
    expect(buildQuotaPlan({ baseline: [24.8], goal: 40, sessions: 2, startFraction: 0.5 }).levels[0]).toBe(12);
  });

  it('rounds to the step, with decimal steps kept exact', () => {
    expect(buildQuotaPlan({ baseline: [10], goal: 20, sessions: 3, step: 5 }).levels).toEqual([5, 15, 20]);
    expect(buildQuotaPlan({ baseline: [1.5], goal: 3, sessions: 4, step: 0.1 }).levels).toEqual([1.1, 1.7, 2.4, 3]);
  });

  it('clamps to the goal when the goal is not a multiple of the step, so levels never decrease', () => {
    const { levels } = buildQuotaPlan({ baseline: [10], goal: 31, sessions: 5, step: 5, startFraction: 0.5 });
    expect(levels).toEqual([5, 10, 20, 25, 31]);
    // Level 2 is 26, which rounds to 30 with step 10: above the goal 29, so it is clamped to 29.
    const tight = buildQuotaPlan({ baseline: [20], goal: 29, sessions: 4, step: 10, startFraction: 1 });
    expect(tight.levels).toEqual([20, 20, 29, 29]);
  });

  it('clamps the first level to at least one step', () => {
    expect(buildQuotaPlan({ baseline: [0.4], goal: 10, sessions: 2 }).levels).toEqual([1, 10]);
  });

  it('uses the defaults: start fraction 0.7 and step 1', () => {
    expect(buildQuotaPlan({ baseline: [20], goal: 14.2, sessions: 2 }).levels).toEqual([14, 14.2]);
  });

  it.each([
    [{ baseline: [], goal: 30, sessions: 10 }, /baseline/],
    [{ baseline: Array(11).fill(10), goal: 30, sessions: 10 }, /baseline/],
    [{ baseline: [10, 0], goal: 30, sessions: 10 }, /baseline\.1/],
    [{ baseline: [10, -3], goal: 30, sessions: 10 }, /baseline\.1/],
    [{ baseline: [Number.NaN], goal: 30, sessions: 10 }, /baseline\.0/],
    [{ baseline: [10], goal: 0, sessions: 10 }, /goal/],
    [{ baseline: [10], goal: Number.POSITIVE_INFINITY, sessions: 10 }, /goal/],
    [{ baseline: [10], goal: 30, sessions: 1 }, /sessions/],
    [{ baseline: [10], goal: 30, sessions: 201 }, /sessions/],
    [{ baseline: [10], goal: 30, sessions: 2.5 }, /sessions/],
    [{ baseline: [10], goal: 30, sessions: 10, startFraction: 0.49 }, /startFraction/],
    [{ baseline: [10], goal: 30, sessions: 10, startFraction: 1.01 }, /startFraction/],
    [{ baseline: [10], goal: 30, sessions: 10, step: 0 }, /step/],
    [{ baseline: [10], goal: 30, sessions: 10, step: 31 }, /step/],
    [{ baseline: [40], goal: 28, sessions: 10 }, /goal/],
    [{ baseline: [40], goal: 27.5, sessions: 10 }, /goal/],
  ])('throws a RangeError naming the field for %j', (input, field) => {
    expect(() => buildQuotaPlan(input as QuotaPlanInput)).toThrow(RangeError);
    expect(() => buildQuotaPlan(input as QuotaPlanInput)).toThrow(field);
  });

  it('always gives sessions levels that never decrease, stay within [step, goal] and end on the goal', () => {
    const arbInput = fc
      .record({
        baseline: fc.array(
          fc.integer({ min: 1, max: 2000 }).map((n) => n / 10),
          { minLength: 1, maxLength: 10 },
        ),
        goal: fc.integer({ min: 1, max: 5000 }).map((n) => n / 10),
        sessions: fc.integer({ min: 2, max: 200 }),
        startFraction: fc.integer({ min: 50, max: 100 }).map((n) => n / 100),
        step: fc.constantFrom(0.5, 1, 2, 5, 0.1, 0.25),
      })
      .filter((input) => input.step <= input.goal);
    fc.assert(
      fc.property(arbInput, (input) => {
        let plan: { levels: number[] };
        try {
          plan = buildQuotaPlan(input);
        } catch (error) {
          // Only "the start is not below the goal" may refuse these inputs.
          expect(error).toBeInstanceOf(RangeError);
          expect(String(error)).toMatch(/goal must be above the start/);
          return;
        }
        const { levels } = plan;
        expect(levels).toHaveLength(input.sessions);
        expect(levels.at(-1)).toBe(input.goal);
        levels.forEach((level, i) => {
          expect(level).toBeGreaterThanOrEqual(input.step);
          expect(level).toBeLessThanOrEqual(input.goal);
          if (i > 0) expect(level).toBeGreaterThanOrEqual(levels[i - 1] as number);
        });
      }),
    );
  });
});
