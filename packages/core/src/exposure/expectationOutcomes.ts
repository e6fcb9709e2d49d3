import type { ExposureRecordData } from './exposureRecords.js';

/**
 * Expectation versus experience over every practice so far
 * (docs/clinical-rules.md §4): the numbers the movements page puts into words.
 */
export type ExpectationOutcomes = {
  /** Practices recorded. */
  count: number;
  /** Practices with less pain than the person expected: better than expected. */
  lessPain: number;
  /** Practices with exactly the pain the person expected. */
  asExpected: number;
  /** Practices with more pain than the person expected. */
  morePain: number;
  /** Practices where the person answered whether what they feared happened (older records have no answer). */
  fearedAnswered: number;
  /** Practices where what the person feared did not happen. */
  fearedNotHappened: number;
  /** How often each movement was practised, by movement id; a movement never practised is absent. */
  timesPractised: ReadonlyMap<string, number>;
};

/**
 * Counts what the practices showed. Each practice is exactly one of less
 * pain, as expected or more pain than expected, so the three add up to
 * `count`; "not sure" counts as answered, but not as "did not happen",
 * because only a clear no disconfirms the fear.
 *
 * @example
 * expectationOutcomes([
 *   { movement: 'bend_pick_up', expected: 7, actual: 3, fearedHappened: 'no' },
 *   { movement: 'bend_pick_up', expected: 4, actual: 5 },
 * ])
 * // { count: 2, lessPain: 1, asExpected: 0, morePain: 1, fearedAnswered: 1, fearedNotHappened: 1,
 * //   timesPractised: Map { 'bend_pick_up' → 2 } }
 */
export function expectationOutcomes(
  practices: readonly Pick<ExposureRecordData, 'movement' | 'expected' | 'actual' | 'fearedHappened'>[],
): ExpectationOutcomes {
  const outcomes = {
    count: practices.length,
    lessPain: 0,
    asExpected: 0,
    morePain: 0,
    fearedAnswered: 0,
    fearedNotHappened: 0,
    timesPractised: new Map<string, number>(),
  };
  for (const practice of practices) {
    if (practice.actual < practice.expected) outcomes.lessPain++;
    else if (practice.actual === practice.expected) outcomes.asExpected++;
    else outcomes.morePain++;
    if (practice.fearedHappened !== undefined) outcomes.fearedAnswered++;
    if (practice.fearedHappened === 'no') outcomes.fearedNotHappened++;
    outcomes.timesPractised.set(practice.movement, (outcomes.timesPractised.get(practice.movement) ?? 0) + 1);
  }
  return outcomes;
}
