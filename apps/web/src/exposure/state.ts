import { deriveExposure, type ExposureView, type FearedOutcome, type MovementId, RECORD } from '@veerkracht/core';
import { useMemo } from 'preact/hooks';
import { type App, useRecords } from '../data/app';
import { snapshotReader } from '../data/records';

/** The movements area as the core derives it from the records. */
export function useExposure(): ExposureView {
  const records = useRecords();
  return useMemo(() => deriveExposure(snapshotReader(records)), [records]);
}

/** Saves a round of fear ratings (only the movements the person rated), all in one transaction. */
export async function saveFearRatings(app: App, ratings: { movement: MovementId; rating: number }[]): Promise<void> {
  const ratedAt = new Date(app.now()).toISOString();
  await app.saveRecords(
    ratings.map(({ movement, rating }) => ({ type: RECORD.fearRating, data: { movement, rating, ratedAt } })),
  );
}

/** Saves one exposure: the pain the person expected before, the pain they had after, and whether the feared thing happened. */
export async function saveExposure(
  app: App,
  exposure: { movement: MovementId; expected: number; actual: number; fearedHappened: FearedOutcome },
): Promise<void> {
  await app.saveRecord(RECORD.exposure, { ...exposure, at: new Date(app.now()).toISOString() });
}
