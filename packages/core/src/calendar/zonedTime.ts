import { amsterdamOffsetMs } from './amsterdamTime.js';
import { DEFAULT_TIME_ZONE } from './calendarDay.js';

/** An instant as milliseconds since 1970, an ISO string with offset or Z, or a Date. */
export type Instant = number | string | Date;

/**
 * Milliseconds since 1970 of an instant. Throws a RangeError naming `field`
 * when it is not a valid instant (an ISO string must carry Z or an offset, so
 * its meaning does not depend on the machine's zone).
 *
 * @example
 * toMillis('2026-03-28T18:00:00+01:00') // 1774717200000
 */
export function toMillis(value: Instant, field = 'instant'): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (value instanceof Date && Number.isFinite(value.getTime())) return value.getTime();
  if (typeof value === 'string' && /(Z|[+-]\d{2}:?\d{2})$/i.test(value)) {
    const ms = Date.parse(value);
    if (Number.isFinite(ms)) return ms;
  }
  throw new RangeError(`${field} must be a date and time with a time zone (e.g. 2026-03-28T18:00:00+01:00)`);
}

/** The wall-clock reading in `timeZone` at `ms`, as if that reading were UTC. */
function wallClock(ms: number, timeZone: string): number {
  const offset = timeZone === DEFAULT_TIME_ZONE ? amsterdamOffsetMs(ms) : undefined;
  if (offset !== undefined) return ms + offset;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(ms);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return (
    Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) +
    (((ms % 1000) + 1000) % 1000)
  );
}

/**
 * The instant `hours` later by the clock on the wall in `timeZone` (default
 * Europe/Amsterdam): 18:00 on Saturday plus 24 hours is 18:00 on Sunday, also
 * when the clocks change that night (then 23 or 25 real hours pass). A wall
 * time that does not exist (the skipped hour in spring) moves an hour later;
 * one that exists twice (autumn) takes the first.
 *
 * @example
 * new Date(addWallClockHours(Date.parse('2026-03-28T17:00:00Z'), 24)).toISOString()
 * // '2026-03-29T16:00:00.000Z' (18:00 in Amsterdam on both days)
 */
export function addWallClockHours(ms: number, hours: number, timeZone: string = DEFAULT_TIME_ZONE): number {
  return instantOfWallClock(wallClock(ms, timeZone) + hours * 3_600_000, timeZone);
}

/**
 * The instant at which the clock on the wall in `timeZone` (default
 * Europe/Amsterdam) shows `time` (HH:MM) on `isoDate`. A wall time in the
 * skipped hour of spring moves an hour later; one that exists twice in autumn
 * takes the first.
 *
 * @example
 * new Date(wallClockInstant('2026-03-29', '03:30')).toISOString() // '2026-03-29T01:30:00.000Z' (CEST)
 * new Date(wallClockInstant('2026-11-28', '23:00')).toISOString() // '2026-11-28T22:00:00.000Z' (CET)
 */
export function wallClockInstant(isoDate: string, time: string, timeZone: string = DEFAULT_TIME_ZONE): number {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const clock = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!date) throw new RangeError('isoDate must be a date (YYYY-MM-DD)');
  if (!clock) throw new RangeError('time must be a time of day (HH:MM)');
  const [, y, m, d] = date;
  const [, h, min] = clock;
  return instantOfWallClock(Date.UTC(Number(y), Number(m) - 1, Number(d), Number(h), Number(min)), timeZone);
}

/** The instant whose wall-clock reading in `timeZone` is `target` (a wall time written as if it were UTC). */
function instantOfWallClock(target: number, timeZone: string): number {
  const offsetAt = (t: number) => wallClock(t, timeZone) - t;
  // The zone's offsets a day before and after the target wall time: at most
  // one change lies between them, so the answer uses one of the two.
  const before = offsetAt(target - 86_400_000);
  const after = offsetAt(target + 86_400_000);
  const matches = [target - before, target - after].filter((t) => wallClock(t, timeZone) === target);
  if (matches.length > 0) return Math.min(...matches);
  // In the skipped hour: the smaller offset (before the change) lands an hour later.
  return target - Math.min(before, after);
}

/**
 * The clock time (HH:MM) on the wall in `timeZone` at `ms`.
 *
 * @example
 * wallClockTimeAt(Date.parse('2026-11-28T21:30:00Z')) // '22:30' (CET)
 */
export function wallClockTimeAt(ms: number, timeZone: string = DEFAULT_TIME_ZONE): string {
  return new Date(wallClock(ms, timeZone)).toISOString().slice(11, 16);
}

/**
 * Orders two instants (any form `toMillis` accepts): negative when `a` is earlier.
 *
 * @example
 * compareInstants('2026-11-20T10:00:00+01:00', '2026-11-20T09:30:00Z') // < 0 (09:00Z is earlier)
 */
export function compareInstants(a: Instant, b: Instant): number {
  return toMillis(a, 'a') - toMillis(b, 'b');
}
