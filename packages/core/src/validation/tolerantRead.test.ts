import { describe, expect, it } from 'vitest';
import { validateCheckIn } from '../checkIn/checkIn.js';
import { validateSafetyCheck } from '../safety/safetyRecords.js';
import { readTolerantly, withoutFields } from './tolerantRead.js';

const emergencyNo = {
  saddle_numbness: false,
  bladder_change: false,
  bowel_change: false,
  sexual_function_change: false,
  progressive_leg_weakness: false,
  sudden_severe_pain: false,
};
const check = {
  date: '2026-11-25',
  completedAt: '2026-11-25T10:00:00+01:00',
  trigger: 'periodic',
  scope: 'emergency',
  ageYears: 52,
  answers: emergencyNo,
  result: { tier: 'none', reasons: [], painType: 'unknown' },
};

describe('reading records written by a newer app version', () => {
  it('keeps a check-in that has an extra optional field, without that field', () => {
    const newer = { date: '2026-11-25', pain: 4, mood: 'calm' };
    expect(validateCheckIn(newer).ok).toBe(false);
    expect(readTolerantly(validateCheckIn, newer)).toEqual({ ok: true, value: { date: '2026-11-25', pain: 4 } });
  });

  it('leaves out unknown fields nested inside a record too', () => {
    const newer = { ...check, result: { ...check.result, confidence: 0.9 }, device: 'watch' };
    const read = readTolerantly(validateSafetyCheck, newer);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.value.result).toEqual(check.result);
  });

  it('still refuses a record with a real problem, whatever extra fields it has', () => {
    const bad = readTolerantly(validateCheckIn, { date: '2026-11-25', pain: 14, mood: 'calm' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((issue) => issue.field)).toContain('pain');
  });

  it('never changes the stored data it reads', () => {
    const newer = { date: '2026-11-25', pain: 4, mood: 'calm' };
    readTolerantly(validateCheckIn, newer);
    expect(newer).toEqual({ date: '2026-11-25', pain: 4, mood: 'calm' });
  });

  it('removes fields by dotted path from a copy', () => {
    expect(withoutFields({ a: 1, b: { c: 2, d: 3 } }, ['a', 'b.d'])).toEqual({ b: { c: 2 } });
    expect(withoutFields('text', ['a'])).toBe('text');
  });
});

describe('recordsOfType on an older device', () => {
  it('keeps a record of a newer app version instead of letting it vanish', async () => {
    const { recordsOfType } = await import('../records/recordKinds.js');
    const records = [
      { id: 'newer', type: 'safety_check', hlc: '1', deleted: false, data: { ...check, device: 'watch' } },
    ];
    expect(recordsOfType(records, 'safety_check', (data) => validateSafetyCheck(data)).map((r) => r.id)).toEqual([
      'newer',
    ]);
  });
});
