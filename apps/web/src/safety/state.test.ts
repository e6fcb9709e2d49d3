import { buildSafetyCheck, EMERGENCY_ITEMS, RECORD, type SyncRecord } from '@veerkracht/core';
import { describe, expect, it } from 'vitest';
import { snapshotOf } from '../data/app';
import { snapshotReader } from '../data/records';
import { loadRecords } from '../data/store/device';
import { saveRecords } from '../data/store/store';
import { freshDb, testEnv } from '../data/testing/env';
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
        { type: RECORD.safetyCheck, data: check },
        { type: RECORD.safetyClearance, data: { at: '2026-11-26T10:00:00Z' } },
        { type: RECORD.profile, data: { ageYears: 50, ageAsOf: '2026-11-25', onsetDate: '2026-11-01' } },
      ],
      env,
    );
    // A tampered copy (its result does not follow from its answers) arriving from elsewhere is left out when read.
    const tampered: SyncRecord = {
      id: '01935f4e-0000-7000-8000-000000000001',
      type: RECORD.safetyCheck,
      data: { ...check, result: { tier: 'none', reasons: [], painType: 'unknown' } },
      hlc: '0001764072000000-0000-ffffffffffffffff',
      deleted: false,
    };
    await db.put('records', tampered);
    const records = readSafetyRecords(snapshotReader(snapshotOf(await loadRecords(db))));
    expect(records.checks.map((c) => c.data)).toEqual([check]);
    expect(records.clearances).toHaveLength(1);
    expect(records.profile?.data.ageYears).toBe(50);
  });
});
