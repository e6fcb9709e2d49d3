import { toMillis } from '../calendar/zonedTime.js';
import type { StartBackRecord } from '../measures/measureRecords.js';
import { RECORD } from '../records/recordNames.js';
import type { RecordReader } from '../records/recordReader.js';
import type { Stored } from '../safety/safetyJourney.js';
import { type ExpectationOutcomes, expectationOutcomes } from './expectationOutcomes.js';
import type { ExposureRecordData, FearRatingRecord } from './exposureRecords.js';
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
export type ExposureRecords = {
  ratings: readonly Stored<FearRatingRecord>[];
  exposures: readonly Stored<ExposureRecordData>[];
};

/**
 * Picks the fear ratings and exposures out of `read` (deleted and invalid
 * ones are not among them).
 *
 * @example
 * collectExposureRecords(readerOf(records)).ratings.length // 14 after a first full rating
 */
export function collectExposureRecords(read: RecordReader): ExposureRecords {
  return { ratings: read(RECORD.fearRating), exposures: read(RECORD.exposure) };
}

const byTimeThenId =
  <T>(at: (data: T) => string) =>
  (a: Stored<T>, b: Stored<T>) =>
    toMillis(at(a.data)) - toMillis(at(b.data)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Each rated movement's current rating (its latest by `ratedAt`, then id), in
 * the catalogue's order: the input for `orderFearHierarchy`, whose ties keep
 * this order.
 *
 * @example
 * latestFearRatings([{ id: 'a', hlc, data: { movement: 'lift_crate', rating: 80, ratedAt: t1 } },
 *                    { id: 'b', hlc, data: { movement: 'lift_crate', rating: 50, ratedAt: t2 } }])
 * // [{ movement: 'lift_crate', rating: 50 }]
 */
export function latestFearRatings(ratings: readonly Stored<FearRatingRecord>[]): FearRating[] {
  const latest = new Map<MovementId, number>();
  for (const stored of [...ratings].sort(byTimeThenId((d) => d.ratedAt))) {
    latest.set(stored.data.movement, stored.data.rating);
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
export function fearChanges(ratings: readonly Stored<FearRatingRecord>[]): FearChange[] {
  const byMovement = new Map<MovementId, { rating: number; ratedAt: string }[]>();
  for (const stored of [...ratings].sort(byTimeThenId((d) => d.ratedAt))) {
    const list = byMovement.get(stored.data.movement) ?? [];
    list.push({ rating: stored.data.rating, ratedAt: stored.data.ratedAt });
    byMovement.set(stored.data.movement, list);
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
 * exposureTimeline([{ id: 'x', hlc, data: { movement: 'bend_pick_up', expected: 7, actual: 3, at } }])
 * // [{ id: 'x', movement: 'bend_pick_up', expected: 7, actual: 3, at, difference: -4 }]
 */
export function exposureTimeline(exposures: readonly Stored<ExposureRecordData>[]): ExposureEntry[] {
  return [...exposures]
    .sort(byTimeThenId((d) => d.at))
    .map((stored) => ({ ...stored.data, id: stored.id, difference: exposureDifference(stored.data) }));
}

/**
 * Whether the latest STarT Back answers agreed with item 5 ("it is not
 * really safe for a person with my condition to be physically active"): the
 * `start_back` records from `read`, the latest by `date`, on the same day by
 * clock. `false` without any.
 *
 * @example
 * startBackItem5Agreed(readerOf([{ id, type: 'start_back', hlc, deleted: false,
 *   data: { date: '2026-11-20', answers: { …, q5: true }, score } }])) // true
 */
export function startBackItem5Agreed(read: RecordReader): boolean {
  // Oldest clock first, so on the same day the later clock wins.
  const latest = read(RECORD.startBack).reduce<Stored<StartBackRecord> | undefined>(
    (found, record) => (found === undefined || record.data.date >= found.data.date ? record : found),
    undefined,
  );
  return latest?.data.answers.q5 ?? false;
}

/** Everything the movements area shows. */
export type ExposureView = {
  /** Current ratings in the catalogue's order. */
  ratings: FearRating[];
  /** The next movement to practise (`nextExposureStep`), `null` when all rated ones were practised or none is rated. */
  next: FearRating | null;
  timeline: ExposureEntry[];
  /** The timeline in numbers (`expectationOutcomes`). */
  outcomes: ExpectationOutcomes;
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
 * deriveExposure(readerOf(records)).next // { movement: 'tie_shoes', rating: 20 }
 */
export function deriveExposure(read: RecordReader): ExposureView {
  const { ratings, exposures } = collectExposureRecords(read);
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
    outcomes: expectationOutcomes(timeline),
    changes: fearChanges(ratings),
    offer: offerGradedExposure({ startBackQ5: startBackItem5Agreed(read), ratings: current }),
  };
}
