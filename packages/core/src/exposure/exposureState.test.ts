import { describe, expect, it } from 'vitest';
import { type StartBackAnswers, scoreStartBack } from '../measures/startBack.js';
import { readerOf } from '../records/recordRegistry.js';
import type { SyncRecord } from '../sync/merge.js';
import { recordSeries } from '../testing/testRecords.js';
import {
  collectExposureRecords,
  deriveExposure,
  exposureTimeline,
  fearChanges,
  latestFearRatings,
  startBackItem5Agreed,
} from './exposureState.js';

const record = recordSeries();
const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}T10:00:00+01:00`;
const rating = (movement: string, value: number, d: number) =>
  record('fear_rating', { movement, rating: value, ratedAt: day(d) });
const exposure = (movement: string, expected: number, actual: number, d: number) =>
  record('exposure', { movement, expected, actual, at: day(d) });
const keyed = (records: SyncRecord[]) => collectExposureRecords(readerOf(records));
const startBack = (date: string, q5: boolean) => {
  const answers: StartBackAnswers = {
    q1: false,
    q2: false,
    q3: false,
    q4: false,
    q5,
    q6: false,
    q7: false,
    q8: false,
    q9: 'slightly',
  };
  return record('start_back', { date, answers, score: scoreStartBack(answers) });
};

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

describe('startBackItem5Agreed', () => {
  it('reads item 5 of the latest STarT Back answers, and is false without any', () => {
    expect(startBackItem5Agreed(readerOf([]))).toBe(false);
    const older = startBack('2026-08-01', true);
    const newer = startBack('2026-11-01', false);
    expect(startBackItem5Agreed(readerOf([older]))).toBe(true);
    expect(startBackItem5Agreed(readerOf([newer, older]))).toBe(false);
    expect(startBackItem5Agreed(readerOf([record('start_back', { broken: true }), older]))).toBe(true);
  });

  it('leaves out answers that do not validate, such as a score that does not match them', () => {
    const valid = startBack('2026-08-01', false);
    const tampered = record('start_back', {
      date: '2026-11-01',
      answers: {
        q1: false,
        q2: false,
        q3: false,
        q4: false,
        q5: true,
        q6: false,
        q7: false,
        q8: false,
        q9: 'slightly',
      },
      score: { total: 0, psychosocial: 0, risk: 'low' },
    });
    expect(startBackItem5Agreed(readerOf([valid, tampered]))).toBe(false);
  });

  it('takes the later clock when two answers have the same day', () => {
    const first = startBack('2026-11-01', true);
    const second = startBack('2026-11-01', false);
    expect(startBackItem5Agreed(readerOf([second, first]))).toBe(false);
  });
});

describe('deriveExposure', () => {
  it('proposes the least feared movement not practised yet, and offers exposure from a rating of 50', () => {
    const records = [rating('lift_crate', 50, 1), rating('tie_shoes', 20, 1), rating('vacuum', 20, 1)];
    const before = deriveExposure(readerOf(records));
    expect(before.next).toEqual({ movement: 'tie_shoes', rating: 20 });
    expect(before.offer).toBe(true);
    const after = deriveExposure(readerOf([...records, exposure('tie_shoes', 6, 2, 2)]));
    expect(after.next).toEqual({ movement: 'vacuum', rating: 20 });
    expect(after.timeline).toHaveLength(1);
    expect(after.outcomes).toMatchObject({ count: 1, lessPain: 1, timesPractised: new Map([['tie_shoes', 1]]) });
  });

  it('offers exposure when STarT Back item 5 was agreed, and not for low ratings alone', () => {
    expect(deriveExposure(readerOf([rating('vacuum', 49, 1)])).offer).toBe(false);
    expect(deriveExposure(readerOf([startBack('2026-11-01', true)])).offer).toBe(true);
  });

  it('leaves out deleted and invalid records', () => {
    const view = deriveExposure(
      readerOf([
        rating('vacuum', 90, 1),
        record('fear_rating', { movement: 'lift_crate', rating: 90, ratedAt: day(1) }, { deleted: true }),
        record('fear_rating', { movement: 'juggling', rating: 10, ratedAt: day(1) }),
      ]),
    );
    expect(view.ratings).toEqual([{ movement: 'vacuum', rating: 90 }]);
  });

  it('reads a rating with a field a newer app added, without that field', () => {
    const view = deriveExposure(
      readerOf([record('fear_rating', { movement: 'vacuum', rating: 70, ratedAt: day(1), confidence: 'sure' })]),
    );
    expect(view.ratings).toEqual([{ movement: 'vacuum', rating: 70 }]);
  });
});
