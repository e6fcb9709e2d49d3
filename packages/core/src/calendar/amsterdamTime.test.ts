import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amsterdamOffsetMs } from './amsterdamTime.js';
import { calendarDayAt } from './calendarDay.js';
import { addWallClockHours } from './zonedTime.js';

const HOUR = 3_600_000;

/** Amsterdam's offset as the runtime's time-zone database has it (the reference the rule must match). */
function offsetByIntl(ms: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(ms);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(ms / 1000) * 1000;
}

const dayByIntl = (ms: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(ms)
    .slice(0, 10);

describe("Amsterdam's offset by the EU rule (docs/decisions/0021)", () => {
  it('is summer time from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October', () => {
    expect(amsterdamOffsetMs(Date.parse('2026-03-29T00:59:59.999Z'))).toBe(HOUR);
    expect(amsterdamOffsetMs(Date.parse('2026-03-29T01:00:00Z'))).toBe(2 * HOUR);
    expect(amsterdamOffsetMs(Date.parse('2026-10-25T00:59:59.999Z'))).toBe(2 * HOUR);
    expect(amsterdamOffsetMs(Date.parse('2026-10-25T01:00:00Z'))).toBe(HOUR);
  });

  it('agrees with the time-zone database at every change from 1996 to 2099, a millisecond either side', () => {
    for (let year = 1996; year <= 2099; year++) {
      for (const month of [2, 9]) {
        const lastDay = new Date(Date.UTC(year, month + 1, 0, 1));
        const change = lastDay.getTime() - lastDay.getUTCDay() * 24 * HOUR;
        for (const ms of [change - 1, change, change + 1]) expect(amsterdamOffsetMs(ms)).toBe(offsetByIntl(ms));
      }
    }
  });

  it('agrees with the time-zone database on any instant from 1996 to 2099', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1996, 0, 1), max: Date.UTC(2099, 11, 31, 23) }), (ms) => {
        expect(amsterdamOffsetMs(ms)).toBe(offsetByIntl(ms));
        expect(calendarDayAt(new Date(ms))).toBe(dayByIntl(ms));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves other years to the time-zone database, whose older rules differ', () => {
    // In 1995 summer time ended on the last Sunday of September, not October.
    const evening = Date.parse('1995-10-01T22:30:00Z');
    expect(amsterdamOffsetMs(evening)).toBeUndefined();
    expect(calendarDayAt(new Date(evening))).toBe('1995-10-01');
    expect(amsterdamOffsetMs(Date.parse('2100-07-01T12:00:00Z'))).toBeUndefined();
  });

  it('gives the same wall-clock sums as the time-zone database around a change', () => {
    // 24 wall-clock hours after Saturday 18:00 over the 1996 autumn change (27 October).
    expect(new Date(addWallClockHours(Date.parse('1996-10-26T16:00:00Z'), 24)).toISOString()).toBe(
      '1996-10-27T17:00:00.000Z',
    );
  });
});
