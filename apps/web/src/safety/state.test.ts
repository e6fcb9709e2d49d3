import { buildSafetyCheck, EMERGENCY_ITEMS } from '@veerkracht/core';
import { describe, expect, it } from 'vitest';
import { loadRecords, saveRecords } from '../store/store';
import { freshDb, testEnv } from '../testing/env';
import { readSafetyRecords } from './state';

const no = Object.fromEntries(EMERGENCY_ITEMS.map((id) => [id, false]));

describe('the safety journey on the device', () => {
  it('reads back a saved check, clearance and profile, and leaves out records that do not validate', async () => {
    const db = await freshDb();
    const env = testEnv();
    const check = buildSafetyCheck({
      date: '2026-11-25',
      completedAt: '2026-11-25T10:00:00Z',
      trigger: 'first_run',
      scope: 'emergency',
      ageYears: 50,
      answers: { ...no, bladder_change: true },
    });
    await saveRecords(
      db,
      [
        { type: 'safety_check', data: check },
        { type: 'safety_clearance', data: { at: '2026-11-26T10:00:00Z' } },
        { type: 'profile', data: { ageYears: 50, ageAsOf: '2026-11-25', onsetDate: '2026-11-01' } },
        { type: 'safety_check', data: { ...check, result: { tier: 'none', reasons: [], painType: 'unknown' } } },
      ],
      env,
    );
    const records = readSafetyRecords(await loadRecords(db));
    expect(records.checks.map((c) => c.data)).toEqual([check]);
    expect(records.clearances).toHaveLength(1);
    expect(records.profile?.data.ageYears).toBe(50);
  });
});
