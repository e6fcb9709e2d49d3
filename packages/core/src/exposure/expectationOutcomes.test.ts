import { describe, expect, it } from 'vitest';
import { expectationOutcomes } from './expectationOutcomes.js';

describe('expectationOutcomes', () => {
  it('counts each practice as less pain, as expected or more pain than expected', () => {
    const outcomes = expectationOutcomes([
      { movement: 'bend_pick_up', expected: 7, actual: 3 },
      { movement: 'vacuum', expected: 4, actual: 5 },
      { movement: 'tie_shoes', expected: 6, actual: 2 },
      { movement: 'sit_long', expected: 3, actual: 3 },
    ]);
    expect(outcomes).toMatchObject({ count: 4, lessPain: 2, asExpected: 1, morePain: 1 });
    expect(outcomes.lessPain + outcomes.asExpected + outcomes.morePain).toBe(outcomes.count);
  });

  it('counts a practice one point better than expected as less pain', () => {
    expect(expectationOutcomes([{ movement: 'vacuum', expected: 5, actual: 4 }]).lessPain).toBe(1);
  });

  it('counts "not sure" as answered but not as the feared thing not happening', () => {
    const outcomes = expectationOutcomes([
      { movement: 'vacuum', expected: 4, actual: 5, fearedHappened: 'no' },
      { movement: 'tie_shoes', expected: 6, actual: 2, fearedHappened: 'not_sure' },
      { movement: 'sit_long', expected: 3, actual: 3, fearedHappened: 'yes' },
      { movement: 'bend_pick_up', expected: 7, actual: 3 },
    ]);
    expect(outcomes).toMatchObject({ fearedAnswered: 3, fearedNotHappened: 1 });
  });

  it('counts how often each movement was practised, leaving out movements never practised', () => {
    const outcomes = expectationOutcomes([
      { movement: 'vacuum', expected: 4, actual: 5 },
      { movement: 'tie_shoes', expected: 6, actual: 2 },
      { movement: 'vacuum', expected: 3, actual: 2 },
    ]);
    expect(outcomes.timesPractised).toEqual(
      new Map([
        ['vacuum', 2],
        ['tie_shoes', 1],
      ]),
    );
    expect(outcomes.timesPractised.has('lift_crate')).toBe(false);
  });

  it('is all zeros without practices', () => {
    expect(expectationOutcomes([])).toEqual({
      count: 0,
      lessPain: 0,
      asExpected: 0,
      morePain: 0,
      fearedAnswered: 0,
      fearedNotHappened: 0,
      timesPractised: new Map(),
    });
  });
});
