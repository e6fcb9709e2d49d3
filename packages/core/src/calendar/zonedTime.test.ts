import { describe, expect, it } from 'vitest';
import { addWallClockHours, toMillis, wallClockInstant } from './zonedTime.js';

const iso = (ms: number) => new Date(ms).toISOString();

describe('wall-clock hours in Europe/Amsterdam', () => {
  it('adds 24 hours as 23 real hours over the spring change (last Sunday of March)', () => {
    // Saturday 28 March 2026 18:00 CET → Sunday 29 March 18:00 CEST.
    expect(iso(addWallClockHours(Date.parse('2026-03-28T17:00:00Z'), 24))).toBe('2026-03-29T16:00:00.000Z');
  });

  it('adds 24 hours as 25 real hours over the autumn change (last Sunday of October)', () => {
    // Saturday 24 October 2026 18:00 CEST → Sunday 25 October 18:00 CET.
    expect(iso(addWallClockHours(Date.parse('2026-10-24T16:00:00Z'), 24))).toBe('2026-10-25T17:00:00.000Z');
  });

  it('adds plain hours when no change lies between', () => {
    expect(iso(addWallClockHours(Date.parse('2026-11-20T17:00:00Z'), 48))).toBe('2026-11-22T17:00:00.000Z');
    expect(iso(addWallClockHours(Date.parse('2026-11-20T17:00:00.250Z'), 1))).toBe('2026-11-20T18:00:00.250Z');
  });

  it('moves a wall time in the skipped spring hour one hour later', () => {
    // 02:30 on 29 March 2026 does not exist in Amsterdam; 01:30Z is 03:30 CEST.
    expect(iso(addWallClockHours(Date.parse('2026-03-28T01:30:00Z'), 24))).toBe('2026-03-29T01:30:00.000Z');
  });

  it('takes the first of a wall time that happens twice in autumn', () => {
    // 02:30 on 25 October 2026 happens at 00:30Z (CEST) and 01:30Z (CET).
    expect(iso(addWallClockHours(Date.parse('2026-10-24T00:30:00Z'), 24))).toBe('2026-10-25T00:30:00.000Z');
  });

  it('reads instants only with a zone, naming the field otherwise', () => {
    expect(toMillis('2026-03-28T18:00:00+01:00')).toBe(Date.parse('2026-03-28T17:00:00Z'));
    expect(toMillis(new Date(5))).toBe(5);
    expect(() => toMillis('2026-03-28T18:00:00', 'sessionEnd')).toThrow(/sessionEnd/);
    expect(() => toMillis(Number.NaN, 'now')).toThrow(RangeError);
  });
});

describe('wallClockInstant', () => {
  it.each([
    ['2026-11-28', '23:00', '2026-11-28T22:00:00.000Z'],
    ['2026-07-01', '07:30', '2026-07-01T05:30:00.000Z'],
    // The hour skipped in spring moves an hour later; the hour that repeats in autumn takes the first.
    ['2026-03-29', '02:30', '2026-03-29T01:30:00.000Z'],
    ['2026-10-25', '02:30', '2026-10-25T00:30:00.000Z'],
  ])('finds the instant of %s %s in Amsterdam', (day, time, iso) => {
    expect(new Date(wallClockInstant(day, time)).toISOString()).toBe(iso);
  });

  it('reads another zone through Intl', () => {
    expect(new Date(wallClockInstant('2026-11-28', '07:00', 'America/New_York')).toISOString()).toBe(
      '2026-11-28T12:00:00.000Z',
    );
  });

  it.each([
    ['28-11-2026', '07:00', /isoDate/],
    ['2026-11-28', '7:00', /time/],
  ])('throws a RangeError naming the field for %s %s', (day, time, field) => {
    expect(() => wallClockInstant(day, time)).toThrow(field);
  });
});
