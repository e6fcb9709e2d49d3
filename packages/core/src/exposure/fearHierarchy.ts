/**
 * Graded exposure (docs/clinical-rules.md §4; Vlaeyen / de Jong): the person rates how
 * harmful everyday movements seem (0–100), practises them from the least
 * feared up, and compares the pain they expected with the pain they had, and
 * whether what they feared happened.
 */
export type FearRating = { movement: string; rating: number };
export type ExposureRecord = { movement: string; expected: number; actual: number };

/** A fear rating from this value up counts as high fear of movement. */
export const HIGH_FEAR_RATING = 50;
/** A change in a movement's rating of more than this many points is meaningful. */
export const MEANINGFUL_FEAR_CHANGE = 20;

function checkRatings(ratings: readonly FearRating[]): void {
  if (!Array.isArray(ratings)) throw new RangeError('ratings must be a list');
  const seen = new Set<string>();
  ratings.forEach((r, i) => {
    if (typeof r?.movement !== 'string' || r.movement === '')
      throw new RangeError(`ratings.${i}.movement must be a movement id`);
    if (seen.has(r.movement)) throw new RangeError(`ratings.${i}.movement is rated twice`);
    seen.add(r.movement);
    if (typeof r.rating !== 'number' || !Number.isInteger(r.rating) || r.rating < 0 || r.rating > 100) {
      throw new RangeError(`ratings.${i}.rating must be a whole number from 0 to 100`);
    }
  });
}

/**
 * The fear hierarchy: movements ordered from the least to the most feared.
 * Equal ratings keep the order they were given in (the catalogue's order).
 *
 * @example
 * orderFearHierarchy([{ movement: 'lift_crate', rating: 80 }, { movement: 'bend_pick_up', rating: 30 }])
 * // [{ movement: 'bend_pick_up', rating: 30 }, { movement: 'lift_crate', rating: 80 }]
 */
export function orderFearHierarchy(ratings: readonly FearRating[]): FearRating[] {
  checkRatings(ratings);
  return ratings
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.rating - b.r.rating || a.i - b.i)
    .map(({ r }) => ({ movement: r.movement, rating: r.rating }));
}

/**
 * The next exposure step to propose: the least feared movement that has not
 * been practised yet, where practised means at least one exposure of it was
 * recorded. `null` when every rated movement has been practised (then re-rating
 * the hierarchy is the next step).
 *
 * @example
 * nextExposureStep([{ movement: 'twist', rating: 40 }, { movement: 'bend', rating: 20 }], [{ movement: 'bend', expected: 6, actual: 3 }])
 * // { movement: 'twist', rating: 40 }
 */
export function nextExposureStep(
  ratings: readonly FearRating[],
  exposures: readonly ExposureRecord[],
): FearRating | null {
  const practised = new Set(exposures.map((e) => e.movement));
  return orderFearHierarchy(ratings).find((r) => !practised.has(r.movement)) ?? null;
}

/**
 * Expectation versus experience of one exposure: how much less (negative) or
 * more (positive) pain there was than expected, on the 0–10 scale.
 * Throws a RangeError naming the field when either value is not 0–10.
 *
 * @example
 * exposureDifference({ movement: 'bend', expected: 7, actual: 3 }) // -4
 */
export function exposureDifference(exposure: ExposureRecord): number {
  for (const field of ['expected', 'actual'] as const) {
    const v = exposure[field];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 10)
      throw new RangeError(`${field} must be from 0 to 10`);
  }
  return exposure.actual - exposure.expected;
}

/**
 * True when a movement's fear rating changed meaningfully between two
 * ratings: by more than 20 points (exactly 20 is not enough).
 *
 * @example
 * isMeaningfulFearChange(70, 45) // true (25 points)
 * isMeaningfulFearChange(70, 50) // false (20 points)
 */
export function isMeaningfulFearChange(before: number, after: number): boolean {
  return Math.abs(after - before) > MEANINGFUL_FEAR_CHANGE;
}

/**
 * Whether to offer graded exposure prominently: STarT Back item 5 agreed
 * ("not really safe to be physically active"), or any fear rating of 50 or more.
 *
 * @example
 * offerGradedExposure({ startBackQ5: false, ratings: [{ movement: 'bend', rating: 50 }] }) // true
 */
export function offerGradedExposure(input: { startBackQ5?: boolean; ratings?: readonly FearRating[] }): boolean {
  return input.startBackQ5 === true || (input.ratings ?? []).some((r) => r.rating >= HIGH_FEAR_RATING);
}
