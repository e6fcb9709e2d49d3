import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../graded/planState.js';
import {
  collectExposureRecords,
  deriveExposure,
  exposureSummary,
  exposureTimeline,
  fearChanges,
  latestFearRatings,
  startBackItem5Agreed,
} from './exposureState.js';

let n = 0;
const record = (type: string, data: unknown, extra: Partial<StoredRecord> = {}): StoredRecord => ({
  id: `019a0000-0000-7000-8000-${String(++n).padStart(12, '0')}`,
  type,
  data,
  hlc: `2026-11-20T10:00:00.000Z-${String(n).padStart(4, '0')}-0123456789abcdef`,
  deleted: false,
  ...extra,
});
const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}T10:00:00+01:00`;
const rating = (movement: string, value: number, d: number) =>
  record('fear_rating', { movement, rating: value, ratedAt: day(d) });
const exposure = (movement: string, expected: number, actual: number, d: number) =>
  record('exposure', { movement, expected, actual, at: day(d) });
const keyed = (records: StoredRecord[]) => collectExposureRecords(records);

describe('latestFearRatings', () => {
  it('takes each movement’s latest rating, in the catalogue’s order', () => {
    const { ratings } = keyed([
      rating('lift_crate', 80, 1),
      rating('bend_pick_up', 40, 1),
      rating('lift_crate', 50, 9),
    ]);
    expect(latestFearRatings(ratings)).toEqual([
      { movement: 'bend_pick_up', rating: 40 },
      { movement: 'lift_crate', rating: 50 },
    ]);
  });
});

describe('fearChanges', () => {
  it('shows the change from the first to the latest rating, meaningful above 20 points', () => {
    const { ratings } = keyed([
      rating('lift_crate', 80, 1),
      rating('lift_crate', 60, 5),
      rating('lift_crate', 55, 9),
      rating('twist_look_back', 40, 1),
      rating('twist_look_back', 20, 9),
      rating('vacuum', 30, 1),
    ]);
    expect(
      fearChanges(ratings).map(({ movement, first, latest, change, meaningful }) => [
        movement,
        first,
        latest,
        change,
        meaningful,
      ]),
    ).toEqual([
      ['twist_look_back', 40, 20, -20, false],
      ['lift_crate', 80, 55, -25, true],
      ['vacuum', 30, 30, 0, false],
    ]);
  });
});

describe('exposureTimeline', () => {
  it('orders exposures by time and gives actual minus expected', () => {
    const { exposures } = keyed([exposure('vacuum', 5, 5, 8), exposure('bend_pick_up', 7, 3, 2)]);
    expect(exposureTimeline(exposures).map((e) => [e.movement, e.difference])).toEqual([
      ['bend_pick_up', -4],
      ['vacuum', 0],
    ]);
  });
});

describe('exposureSummary', () => {
  it('counts the exposures with less pain than expected and those where the feared thing did not happen', () => {
    const { exposures } = keyed([
      exposure('bend_pick_up', 7, 3, 2),
      record('exposure', { movement: 'vacuum', expected: 4, actual: 5, fearedHappened: 'no', at: day(3) }),
      record('exposure', { movement: 'tie_shoes', expected: 6, actual: 2, fearedHappened: 'not_sure', at: day(4) }),
      record('exposure', { movement: 'sit_long', expected: 3, actual: 3, fearedHappened: 'yes', at: day(5) }),
    ]);
    expect(exposureSummary(exposureTimeline(exposures))).toEqual({
      count: 4,
      lessPain: 2,
      fearedAnswered: 3,
      fearedNotHappened: 1,
    });
  });

  it('is all zeros without exposures', () => {
    expect(exposureSummary([])).toEqual({ count: 0, lessPain: 0, fearedAnswered: 0, fearedNotHappened: 0 });
  });
});

describe('startBackItem5Agreed', () => {
  it('reads item 5 of the latest STarT Back answers, and is false without any', () => {
    expect(startBackItem5Agreed([])).toBe(false);
    const older = record('start_back', { date: '2026-08-01', answers: { q5: true } });
    const newer = record('start_back', { date: '2026-11-01', answers: { q5: false } });
    expect(startBackItem5Agreed([older])).toBe(true);
    expect(startBackItem5Agreed([newer, older])).toBe(false);
    expect(startBackItem5Agreed([record('start_back', { broken: true }), older])).toBe(true);
  });
});

describe('deriveExposure', () => {
  it('proposes the least feared movement not practised yet, and offers exposure from a rating of 50', () => {
    const records = [rating('lift_crate', 50, 1), rating('tie_shoes', 20, 1), rating('vacuum', 20, 1)];
    const before = deriveExposure(records);
    expect(before.next).toEqual({ movement: 'tie_shoes', rating: 20 });
    expect(before.offer).toBe(true);
    const after = deriveExposure([...records, exposure('tie_shoes', 6, 2, 2)]);
    expect(after.next).toEqual({ movement: 'vacuum', rating: 20 });
    expect(after.timeline).toHaveLength(1);
  });

  it('offers exposure when STarT Back item 5 was agreed, and not for low ratings alone', () => {
    expect(deriveExposure([rating('vacuum', 49, 1)]).offer).toBe(false);
    expect(deriveExposure([record('start_back', { date: '2026-11-01', answers: { q5: true } })]).offer).toBe(true);
  });

  it('leaves out deleted and invalid records', () => {
    const view = deriveExposure([
      rating('vacuum', 90, 1),
      record('fear_rating', { movement: 'lift_crate', rating: 90, ratedAt: day(1) }, { deleted: true }),
      record('fear_rating', { movement: 'juggling', rating: 10, ratedAt: day(1) }),
    ]);
    expect(view.ratings).toEqual([{ movement: 'vacuum', rating: 90 }]);
  });
});
