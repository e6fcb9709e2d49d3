import { toMillis } from '../calendar/zonedTime.js';
import type { Keyed, StoredRecord } from '../graded/planState.js';
import { isPlainObject } from '../validation/fieldIssue.js';
import {
  type ExposureRecordData,
  type FearRatingRecord,
  validateExposure,
  validateFearRating,
} from './exposureRecords.js';
import {
  type ExposureRecord,
  exposureDifference,
  type FearRating,
  isMeaningfulFearChange,
  nextExposureStep,
  offerGradedExposure,
} from './fearHierarchy.js';
import { MOVEMENTS, type MovementId } from './movements.js';

/** The graded-exposure records on a device, validated, deleted ones left out. */
export type ExposureRecords = { ratings: Keyed<FearRatingRecord>[]; exposures: Keyed<ExposureRecordData>[] };

/**
 * Picks the fear ratings and exposures out of all records (deleted and
 * invalid ones left out).
 *
 * @example
 * collectExposureRecords(records).ratings.length // 14 after a first full rating
 */
export function collectExposureRecords(records: Iterable<StoredRecord>): ExposureRecords {
  const result: ExposureRecords = { ratings: [], exposures: [] };
  for (const record of records) {
    if (record.deleted) continue;
    if (record.type === 'fear_rating') {
      const v = validateFearRating(record.data);
      if (v.ok) result.ratings.push({ id: record.id, data: v.value });
    } else if (record.type === 'exposure') {
      const v = validateExposure(record.data);
      if (v.ok) result.exposures.push({ id: record.id, data: v.value });
    }
  }
  return result;
}

const byTimeThenId =
  <T>(at: (data: T) => string) =>
  (a: Keyed<T>, b: Keyed<T>) =>
    toMillis(at(a.data)) - toMillis(at(b.data)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Each rated movement's current rating (its latest by `ratedAt`, then id), in
 * the catalogue's order: the input for `orderFearHierarchy`, whose ties keep
 * this order.
 *
 * @example
 * latestFearRatings([{ id: 'a', data: { movement: 'lift_crate', rating: 80, ratedAt: t1 } },
 *                    { id: 'b', data: { movement: 'lift_crate', rating: 50, ratedAt: t2 } }])
 * // [{ movement: 'lift_crate', rating: 50 }]
 */
export function latestFearRatings(ratings: readonly Keyed<FearRatingRecord>[]): FearRating[] {
  const latest = new Map<MovementId, number>();
  for (const keyed of [...ratings].sort(byTimeThenId((d) => d.ratedAt))) {
    latest.set(keyed.data.movement, keyed.data.rating);
  }
  return MOVEMENTS.filter((m) => latest.has(m)).map((movement) => ({
    movement,
    rating: latest.get(movement) as number,
  }));
}

/** How a movement's rating changed from its first rating to its latest. */
export type FearChange = {
  movement: MovementId;
  first: number;
  latest: number;
  /** Every rating, oldest first. */
  ratings: { rating: number; ratedAt: string }[];
  /** `latest − first`: negative when the movement seems less harmful now. */
  change: number;
  /** More than 20 points (`isMeaningfulFearChange`). */
  meaningful: boolean;
};

/**
 * The change of each rated movement between its first and its latest
 * rating, in the catalogue's order; a movement rated once shows no change.
 *
 * @example
 * fearChanges(ratings) // [{ movement: 'lift_crate', first: 80, latest: 50, change: -30, meaningful: true, … }]
 */
export function fearChanges(ratings: readonly Keyed<FearRatingRecord>[]): FearChange[] {
  const byMovement = new Map<MovementId, { rating: number; ratedAt: string }[]>();
  for (const keyed of [...ratings].sort(byTimeThenId((d) => d.ratedAt))) {
    const list = byMovement.get(keyed.data.movement) ?? [];
    list.push({ rating: keyed.data.rating, ratedAt: keyed.data.ratedAt });
    byMovement.set(keyed.data.movement, list);
  }
  return MOVEMENTS.filter((m) => byMovement.has(m)).map((movement) => {
    const list = byMovement.get(movement) ?? [];
    const first = list[0]?.rating ?? 0;
    const latest = list.at(-1)?.rating ?? 0;
    return {
      movement,
      first,
      latest,
      ratings: list,
      change: latest - first,
      meaningful: isMeaningfulFearChange(first, latest),
    };
  });
}

/** One exposure with its expectation-versus-experience difference. */
export type ExposureEntry = ExposureRecordData & { id: string; difference: number };

/**
 * Every exposure, oldest first (by `at`, then id), with `actual − expected`:
 * negative when it went better than expected.
 *
 * @example
 * exposureTimeline([{ id: 'x', data: { movement: 'bend_pick_up', expected: 7, actual: 3, at } }])
 * // [{ id: 'x', movement: 'bend_pick_up', expected: 7, actual: 3, at, difference: -4 }]
 */
export function exposureTimeline(exposures: readonly Keyed<ExposureRecordData>[]): ExposureEntry[] {
  return [...exposures]
    .sort(byTimeThenId((d) => d.at))
    .map((keyed) => ({ ...keyed.data, id: keyed.id, difference: exposureDifference(keyed.data) }));
}

/** What all exposures so far show, for the words under the results. */
export type ExposureSummary = {
  /** Exposures recorded. */
  count: number;
  /** Exposures with less pain than expected. */
  lessPain: number;
  /** Exposures where the person answered whether the feared thing happened. */
  fearedAnswered: number;
  /** Exposures where the feared thing did not happen. */
  fearedNotHappened: number;
};

/**
 * Expectation versus experience over all exposures: how many there were,
 * how many had less pain than expected, and (for exposures that recorded it)
 * how often what the person feared did not happen.
 *
 * @example
 * exposureSummary([{ expected: 7, actual: 3, fearedHappened: 'no' }, { expected: 4, actual: 5 }])
 * // { count: 2, lessPain: 1, fearedAnswered: 1, fearedNotHappened: 1 }
 */
export function exposureSummary(
  timeline: readonly Pick<ExposureRecordData, 'expected' | 'actual' | 'fearedHappened'>[],
): ExposureSummary {
  return {
    count: timeline.length,
    lessPain: timeline.filter((entry) => entry.actual < entry.expected).length,
    fearedAnswered: timeline.filter((entry) => entry.fearedHappened !== undefined).length,
    fearedNotHappened: timeline.filter((entry) => entry.fearedHappened === 'no').length,
  };
}

/**
 * Whether the latest STarT Back answers agreed with item 5 ("it is not
 * really safe for a person with my condition to be physically active"). Reads
 * `start_back` records defensively (latest by `date`, then clock); `false`
 * without any.
 *
 * @example
 * startBackItem5Agreed([{ id, type: 'start_back', hlc, deleted: false, data: { date: '2026-11-20', answers: { q5: true } } }]) // true
 */
export function startBackItem5Agreed(records: Iterable<StoredRecord>): boolean {
  let latest: { date: string; hlc: string; q5: boolean } | undefined;
  for (const record of records) {
    if (record.deleted || record.type !== 'start_back' || !isPlainObject(record.data)) continue;
    const { date, answers } = record.data;
    if (typeof date !== 'string' || !isPlainObject(answers)) continue;
    const candidate = { date, hlc: record.hlc, q5: answers.q5 === true };
    if (!latest || date > latest.date || (date === latest.date && record.hlc > latest.hlc)) latest = candidate;
  }
  return latest?.q5 ?? false;
}

/** Everything the movements area shows. */
export type ExposureView = {
  /** Current ratings in the catalogue's order. */
  ratings: FearRating[];
  /** The next movement to practise (`nextExposureStep`), `null` when all rated ones were practised or none is rated. */
  next: FearRating | null;
  timeline: ExposureEntry[];
  /** The timeline in numbers (`exposureSummary`). */
  summary: ExposureSummary;
  changes: FearChange[];
  /** Offer graded exposure prominently (`offerGradedExposure`). */
  offer: boolean;
};

/**
 * The movements area from the records: current ratings, the next step from
 * the least feared movement not practised yet, expectation versus
 * experience, rating changes, and whether to offer exposure prominently
 * (STarT Back item 5 agreed, or any current rating of 50 or more).
 *
 * @example
 * deriveExposure(records).next // { movement: 'tie_shoes', rating: 20 }
 */
export function deriveExposure(records: Iterable<StoredRecord>): ExposureView {
  const list = [...records];
  const { ratings, exposures } = collectExposureRecords(list);
  const current = latestFearRatings(ratings);
  const timeline = exposureTimeline(exposures);
  const practised: ExposureRecord[] = timeline.map(({ movement, expected, actual }) => ({
    movement,
    expected,
    actual,
  }));
  return {
    ratings: current,
    next: nextExposureStep(current, practised),
    timeline,
    summary: exposureSummary(timeline),
    changes: fearChanges(ratings),
    offer: offerGradedExposure({ startBackQ5: startBackItem5Agreed(list), ratings: current }),
  };
}
