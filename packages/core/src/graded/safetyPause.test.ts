import { describe, expect, it } from 'vitest';
import { recordsOfType } from '../records/recordKinds.js';
import { readerOf } from '../records/recordRegistry.js';
import { EMERGENCY_ITEMS, GP_SOON_ITEMS, type SafetyItemId } from '../safety/safetyItems.js';
import { buildSafetyCheck } from '../safety/safetyJourney.js';
import { validateSafetyCheck, validateSafetyClearance } from '../safety/safetyRecords.js';
import { safetyStatus } from '../safety/safetyStatus.js';
import type { SyncRecord } from '../sync/merge.js';
import { recordSeries } from '../testing/testRecords.js';
import { plansPausedBySafety } from './safetyPause.js';

const record = recordSeries();
const no = (ids: readonly SafetyItemId[]) => Object.fromEntries(ids.map((id) => [id, false]));

/** A complete check of every question (a valid record), with yes to `yes`. */
const fullCheck = (completedAt: string, yes: readonly SafetyItemId[] = []) =>
  record(
    'safety_check',
    buildSafetyCheck({
      date: completedAt.slice(0, 10),
      completedAt,
      trigger: 'periodic',
      scope: 'full',
      ageYears: 52,
      onsetDate: '2026-01-10',
      answers: {
        ...no(EMERGENCY_ITEMS),
        ...no(GP_SOON_ITEMS),
        onset_before_45: false,
        ...Object.fromEntries(yes.map((id) => [id, true])),
      },
    }),
  );
/** The emergency questions only, with yes to `yes`. */
const emergencyCheck = (completedAt: string, yes: readonly SafetyItemId[]) =>
  record(
    'safety_check',
    buildSafetyCheck({
      date: completedAt.slice(0, 10),
      completedAt,
      trigger: 'flare_up',
      scope: 'emergency',
      ageYears: 52,
      answers: { ...no(EMERGENCY_ITEMS), ...Object.fromEntries(yes.map((id) => [id, true])) },
    }),
  );
const clearance = (at: string) => record('safety_clearance', { at, by: 'person' });

/** The pause as the safety pages decide it: `safetyStatus` over the records read the same way. */
const pausedOnSafetyPages = (records: readonly SyncRecord[]) =>
  safetyStatus(
    {
      checks: recordsOfType(records, 'safety_check', validateSafetyCheck),
      clearances: recordsOfType(records, 'safety_clearance', validateSafetyClearance),
      reviewsDiscussed: [],
    },
    '2026-12-01',
  ).paused;

describe('plansPausedBySafety', () => {
  it('pauses after a GP-soon or emergency result until a later clearance', () => {
    expect(plansPausedBySafety(readerOf([]))).toBe(false);
    expect(plansPausedBySafety(readerOf([fullCheck('2026-11-20T10:00:00Z', ['fever_or_unwell'])]))).toBe(true);
    expect(plansPausedBySafety(readerOf([emergencyCheck('2026-11-20T10:00:00Z', ['bladder_change'])]))).toBe(true);
    expect(
      plansPausedBySafety(
        readerOf([fullCheck('2026-11-20T10:00:00Z', ['fever_or_unwell']), clearance('2026-11-22T09:00:00Z')]),
      ),
    ).toBe(false);
  });

  it('lets a clearance cover a lasting reason, so the next check with the same answer does not pause again', () => {
    const first = fullCheck('2026-10-01T10:00:00Z', ['cancer_history']);
    const cleared = clearance('2026-10-03T09:00:00Z');
    expect(plansPausedBySafety(readerOf([first, cleared, fullCheck('2026-10-29T10:00:00Z', ['cancer_history'])]))).toBe(
      false,
    );
    expect(
      plansPausedBySafety(
        readerOf([first, cleared, fullCheck('2026-10-29T10:00:00Z', ['cancer_history', 'fever_or_unwell'])]),
      ),
    ).toBe(true);
  });

  it('pauses again for an emergency reason after a clearance, every time', () => {
    const emergency = (at: string) => emergencyCheck(at, ['bladder_change']);
    expect(plansPausedBySafety(readerOf([emergency('2026-10-01T10:00:00Z'), clearance('2026-10-02T09:00:00Z')]))).toBe(
      false,
    );
    expect(
      plansPausedBySafety(
        readerOf([
          emergency('2026-10-01T10:00:00Z'),
          clearance('2026-10-02T09:00:00Z'),
          emergency('2026-10-29T10:00:00Z'),
        ]),
      ),
    ).toBe(true);
  });

  it('does not pause for a check without red flags', () => {
    expect(
      plansPausedBySafety(readerOf([fullCheck('2026-11-20T10:00:00Z'), emergencyCheck('2026-11-21T10:00:00Z', [])])),
    ).toBe(false);
  });

  it('leaves out deleted records and checks that do not validate, as the safety pages do', () => {
    const gpSoon = fullCheck('2026-11-20T10:00:00Z', ['fever_or_unwell']);
    expect(plansPausedBySafety(readerOf([{ ...gpSoon, deleted: true }]))).toBe(false);
    expect(
      plansPausedBySafety(
        readerOf([record('safety_check', { completedAt: '2026-11-20T10:00:00Z', result: { tier: 'gp_soon' } })]),
      ),
    ).toBe(false);
    expect(plansPausedBySafety(readerOf([gpSoon, record('safety_clearance', { at: 'yesterday' })]))).toBe(true);
  });

  it('reads a check with a field a newer app added, so its pause is not lost', () => {
    const gpSoon = fullCheck('2026-11-20T10:00:00Z', ['fever_or_unwell']);
    const data = typeof gpSoon.data === 'object' && gpSoon.data !== null ? gpSoon.data : {};
    expect(plansPausedBySafety(readerOf([{ ...gpSoon, data: { ...data, device: 'tablet' } }]))).toBe(true);
  });

  it('gives the same pause as safetyStatus for every combination of cleared, uncleared and emergency checks', () => {
    const pool: readonly SyncRecord[] = [
      // A GP-soon check that a doctor has seen…
      fullCheck('2026-10-01T10:00:00Z', ['cancer_history']),
      clearance('2026-10-03T09:00:00Z'),
      // …the same lasting reason again, and a new one not yet seen.
      fullCheck('2026-10-29T10:00:00Z', ['cancer_history']),
      fullCheck('2026-11-10T10:00:00Z', ['fever_or_unwell']),
      emergencyCheck('2026-11-15T10:00:00Z', ['saddle_numbness']),
      clearance('2026-11-18T09:00:00Z'),
      emergencyCheck('2026-11-25T10:00:00Z', ['sudden_severe_pain']),
      record('safety_check', { completedAt: '2026-11-26T10:00:00Z', result: { tier: 'emergency' } }),
      { ...fullCheck('2026-11-27T10:00:00Z', ['major_trauma']), deleted: true },
    ];
    const outcomes = new Set<boolean>();
    for (let mask = 0; mask < 1 << pool.length; mask++) {
      const records = pool.filter((_, index) => (mask & (1 << index)) !== 0);
      const paused = plansPausedBySafety(readerOf(records));
      expect(paused, `records ${mask.toString(2)}`).toBe(pausedOnSafetyPages(records));
      outcomes.add(paused);
    }
    // Both answers occur, so the agreement is not that of two constants.
    expect([...outcomes].sort()).toEqual([false, true]);
  });
});
