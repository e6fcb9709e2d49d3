import { describe, expect, it } from 'vitest';
import { formatHlc } from '../sync/hlc.js';
import { RECORD_TYPES, validateSyncChange } from './syncChange.js';

const now = Date.parse('2026-11-25T12:00:00Z');
const change = (type: string, data: unknown) => ({
  id: '019a0000-0000-7000-8000-000000000001',
  type,
  hlc: formatHlc({ millis: now, counter: 0, node: '0123456789abcdef' }),
  deleted: false,
  data,
});
const emergencyNo = {
  saddle_numbness: false,
  bladder_change: false,
  bowel_change: false,
  sexual_function_change: false,
  progressive_leg_weakness: false,
  sudden_severe_pain: false,
};

describe('the safety journey’s records', () => {
  it('are all registered for sync', () => {
    for (const type of [
      'safety_check',
      'safety_clearance',
      'review_discussed',
      'concern',
      'profile',
      'start_back',
      'psk',
      'lesson_progress',
    ]) {
      expect(RECORD_TYPES).toContain(type);
    }
  });

  it('sync when valid', () => {
    const check = {
      date: '2026-11-25',
      completedAt: '2026-11-25T10:00:00Z',
      trigger: 'periodic',
      scope: 'emergency',
      ageYears: 45,
      answers: emergencyNo,
      result: { tier: 'none', reasons: [], painType: 'unknown' },
    };
    expect(validateSyncChange(change('safety_check', check), { nowMs: now, today: '2026-11-25' }).ok).toBe(true);
    expect(
      validateSyncChange(change('psk', { date: '2026-11-25', activities: [{ activity: 'a', score: 4 }], score: 4 }), {
        nowMs: now,
      }).ok,
    ).toBe(true);
  });

  it('are refused with the field named under data. when tampered with', () => {
    const tampered = {
      date: '2026-11-25',
      completedAt: '2026-11-25T10:00:00Z',
      trigger: 'periodic',
      scope: 'emergency',
      ageYears: 45,
      answers: { ...emergencyNo, bladder_change: true },
      result: { tier: 'none', reasons: [], painType: 'unknown' },
    };
    const result = validateSyncChange(change('safety_check', tampered), { nowMs: now });
    expect(result.ok ? [] : result.issues.map((issue) => issue.field)).toEqual(['data.result']);
    const psk = validateSyncChange(
      change('psk', { date: '2026-11-25', activities: [{ activity: 'a', score: 4 }], score: 9 }),
      { nowMs: now },
    );
    expect(psk.ok ? [] : psk.issues.map((issue) => issue.field)).toEqual(['data.score']);
  });
});
