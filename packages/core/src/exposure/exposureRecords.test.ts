import { describe, expect, it } from 'vitest';
import { validateExposure, validateFearRating } from './exposureRecords.js';
import { isMovementId, MOVEMENTS } from './movements.js';

const at = '2026-11-20T10:00:00+01:00';
const fields = (result: { ok: boolean; issues?: { field: string }[] }) =>
  result.ok ? [] : (result.issues ?? []).map((issue) => issue.field);

describe('the movements catalogue', () => {
  it('holds at least 12 different everyday movements', () => {
    expect(new Set(MOVEMENTS).size).toBe(MOVEMENTS.length);
    expect(MOVEMENTS.length).toBeGreaterThanOrEqual(12);
    expect(isMovementId('lift_crate')).toBe(true);
    expect(isMovementId('juggling')).toBe(false);
  });
});

describe('validateFearRating', () => {
  it('accepts a whole number from 0 to 100 for a known movement', () => {
    for (const rating of [0, 55, 100]) {
      expect(validateFearRating({ movement: 'lift_crate', rating, ratedAt: at }).ok).toBe(true);
    }
  });

  it.each([
    ['rating', 101],
    ['rating', -1],
    ['rating', 12.5],
    ['movement', 'juggling'],
    ['ratedAt', 'today'],
  ])('refuses a bad %s (%j), naming the field', (field, value) => {
    expect(fields(validateFearRating({ movement: 'lift_crate', rating: 50, ratedAt: at, [field]: value }))).toEqual([
      field,
    ]);
  });
});

describe('validateExposure', () => {
  const exposure = { movement: 'bend_pick_up', expected: 7, actual: 3, at };

  it('accepts the expected and actual pain from 0 to 10, with a note', () => {
    expect(validateExposure({ ...exposure, note: 'Ging beter dan gedacht.' })).toEqual({
      ok: true,
      value: { ...exposure, note: 'Ging beter dan gedacht.' },
    });
  });

  it.each(['yes', 'no', 'not_sure'])('accepts whether the feared thing happened: %s', (answer) => {
    expect(validateExposure({ ...exposure, fearedHappened: answer })).toEqual({
      ok: true,
      value: { ...exposure, fearedHappened: answer },
    });
  });

  it('still accepts an exposure saved before the feared-outcome answer existed, without adding one', () => {
    const result = validateExposure(exposure);
    expect(result).toEqual({ ok: true, value: exposure });
    expect(result.ok && 'fearedHappened' in result.value).toBe(false);
  });

  it.each([
    ['expected', 11],
    ['actual', -1],
    ['actual', 'weinig'],
    ['movement', ''],
    ['colour', 'red'],
    ['fearedHappened', 'maybe'],
    ['fearedHappened', true],
  ])('refuses a bad %s (%j), naming the field', (field, value) => {
    expect(fields(validateExposure({ ...exposure, [field]: value }))).toEqual([field]);
  });
});
