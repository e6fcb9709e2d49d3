import { describe, expect, it } from 'vitest';
import { formatHlc } from '../sync/hlc.js';
import { MAX_CLOCK_AHEAD_MS, validateSyncChange } from './syncChange.js';

const now = Date.parse('2026-11-25T12:00:00Z');
const valid = {
  id: '019a0000-0000-7000-8000-000000000001',
  type: 'checkin',
  hlc: formatHlc({ millis: now, counter: 0, node: '0123456789abcdef' }),
  deleted: false,
  data: { date: '2026-11-25', pain: 3 },
};

describe('incoming sync change', () => {
  it('accepts a valid check-in change', () => {
    expect(validateSyncChange(valid, { nowMs: now })).toEqual({ ok: true, value: valid });
  });

  it('accepts a deleted record without data', () => {
    expect(validateSyncChange({ ...valid, deleted: true, data: null }, { nowMs: now }).ok).toBe(true);
  });

  it('names data fields under data.', () => {
    const result = validateSyncChange({ ...valid, data: { date: '2026-11-25', pain: 11 } }, { nowMs: now });
    expect(result.ok ? [] : result.issues).toEqual([
      expect.objectContaining({ field: 'data.pain', code: 'out_of_range' }),
    ]);
  });

  it.each([
    [{ ...valid, id: 'abc' }, 'id', 'invalid_id'],
    [{ ...valid, type: 'diary' }, 'type', 'unknown_type'],
    [{ ...valid, hlc: 'yesterday' }, 'hlc', 'invalid_clock'],
    [{ ...valid, deleted: 'no' }, 'deleted', 'not_a_boolean'],
    [{ ...valid, owner: 'someone-else' }, 'owner', 'unknown_field'],
    [{ ...valid, data: null }, 'data', 'not_an_object'],
  ])('refuses %j naming %s', (input, field, code) => {
    const result = validateSyncChange(input, { nowMs: now });
    expect(result.ok ? [] : result.issues).toContainEqual(expect.objectContaining({ field, code }));
  });

  it('refuses a clock more than an hour ahead of the receiver, and accepts one just inside', () => {
    const ahead = (ms: number) => ({
      ...valid,
      hlc: formatHlc({ millis: now + ms, counter: 0, node: '0123456789abcdef' }),
    });
    expect(validateSyncChange(ahead(MAX_CLOCK_AHEAD_MS), { nowMs: now }).ok).toBe(true);
    const result = validateSyncChange(ahead(MAX_CLOCK_AHEAD_MS + 1), { nowMs: now });
    expect(result.ok ? [] : result.issues).toContainEqual(
      expect.objectContaining({ field: 'hlc', code: 'clock_ahead' }),
    );
  });

  it('accepts data with a field a newer app added, and keeps that field', () => {
    const newer = { ...valid, data: { date: '2026-11-25', pain: 3, mood: 'calm' } };
    expect(validateSyncChange(newer, { nowMs: now })).toEqual({ ok: true, value: newer });
  });

  it('still refuses newer data whose known fields are wrong, naming them', () => {
    const result = validateSyncChange(
      { ...valid, data: { date: '2026-11-25', pain: 11, mood: 'calm' } },
      { nowMs: now },
    );
    expect(result.ok ? [] : result.issues.map((issue) => [issue.field, issue.code])).toEqual([
      ['data.mood', 'unknown_field'],
      ['data.pain', 'out_of_range'],
    ]);
  });

  it('refuses something that is not an object', () => {
    expect(validateSyncChange([valid], { nowMs: now }).ok).toBe(false);
  });
});
