/**
 * Calendar days as ISO strings (`YYYY-MM-DD`). Check-ins, plans and schedules
 * are about days in the person's time zone, never about 24-hour spans, so a
 * DST change cannot move anything by an hour.
 */

import { amsterdamOffsetMs } from './amsterdamTime.js';

/** ISO weekday: 1 Monday … 7 Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The time zone the app assumes unless the person chooses another. */
export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * True when `value` is a real calendar date written as `YYYY-MM-DD`.
 *
 * @example
 * isIsoDate('2024-02-29') // true (leap year)
 * isIsoDate('2023-02-29') // false
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
}

/**
 * Day number since 1970-01-01 for an ISO date. Throws a `RangeError` for anything else.
 *
 * @example
 * toEpochDay('1970-01-02') // 1
 */
export function toEpochDay(isoDate: string): number {
  if (!isIsoDate(isoDate)) throw new RangeError(`date must be a calendar date (YYYY-MM-DD), got ${String(isoDate)}`);
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/**
 * The ISO date of a day number since 1970-01-01.
 *
 * @example
 * fromEpochDay(0) // '1970-01-01'
 */
export function fromEpochDay(epochDay: number): string {
  return new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The date `days` calendar days after (or before, when negative) `isoDate`.
 *
 * @example
 * addDays('2024-02-28', 1) // '2024-02-29'
 * addDays('2024-03-31', -31) // '2024-02-29'
 */
export function addDays(isoDate: string, days: number): string {
  return fromEpochDay(toEpochDay(isoDate) + days);
}

/**
 * Whole calendar days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * daysBetween('2024-01-01', '2024-03-01') // 60
 */
export function daysBetween(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from);
}

// Building an Intl.DateTimeFormat costs far more than using one (the server
// asks for "today" on every sync), so one per time zone is kept. It holds no
// state that changes results: calendarDayAt stays a pure function.
const DAY_FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = DAY_FORMATTERS.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    DAY_FORMATTERS.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The calendar date at instant `at` in `timeZone` (default Europe/Amsterdam).
 * The caller passes the instant; the core never reads the clock.
 *
 * @example
 * calendarDayAt(new Date('2026-03-28T23:30:00Z')) // '2026-03-29' (UTC+1 in Amsterdam)
 */
export function calendarDayAt(at: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  // The default zone by its rule: no ICU start-up in the first render (amsterdamTime.ts says why).
  const offset = timeZone === DEFAULT_TIME_ZONE ? amsterdamOffsetMs(at.getTime()) : undefined;
  if (offset !== undefined) return fromEpochDay(Math.floor((at.getTime() + offset) / MS_PER_DAY));
  const parts = dayFormatter(timeZone).formatToParts(at);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/**
 * The `count` calendar days ending on `lastDay`, oldest first.
 *
 * @example
 * lastDays('2026-11-25', 3) // ['2026-11-23', '2026-11-24', '2026-11-25']
 */
export function lastDays(lastDay: string, count: number): string[] {
  const end = toEpochDay(lastDay);
  return Array.from({ length: count }, (_, i) => fromEpochDay(end - count + 1 + i));
}

/**
 * The ISO weekday of a calendar day (1 Monday … 7 Sunday).
 *
 * @example
 * weekdayOf('2026-11-28') // 6 (a Saturday)
 */
export function weekdayOf(isoDate: string): Weekday {
  // 1970-01-01 was a Thursday (ISO weekday 4).
  return (((((toEpochDay(isoDate) + 3) % 7) + 7) % 7) + 1) as Weekday;
}
