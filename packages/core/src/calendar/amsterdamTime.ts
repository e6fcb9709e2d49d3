/**
 * Europe/Amsterdam's offset from UTC by the EU summer-time rule, without Intl.
 *
 * Why by hand: the first `Intl.DateTimeFormat` a page builds initialises ICU's
 * calendar data, 20–30 ms on a fast machine and several times that on a cheap
 * phone, all of it in the task that renders Today (docs/decisions/0021). The
 * default zone's rule is simple and fixed in EU law since 1996: summer time
 * (UTC+2) from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
 * Sunday of October, UTC+1 otherwise. Outside the years this module vouches
 * for, callers fall back to Intl, and a test compares both over the whole range
 * so a change in the time-zone database shows up as a failing test.
 */

const HOUR = 3_600_000;
const FIRST_RULE_YEAR = 1996;
const LAST_RULE_YEAR = 2099;

/** 01:00 UTC on the last Sunday of `month` (0-based) in `year`. */
function lastSundayAtOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0, 1));
  return lastDay.getTime() - lastDay.getUTCDay() * 24 * HOUR;
}

/**
 * The Amsterdam offset from UTC in milliseconds at instant `ms`, or
 * `undefined` outside 1996–2099 (the caller then asks Intl).
 *
 * @example
 * amsterdamOffsetMs(Date.parse('2026-07-01T12:00:00Z')) // 7200000 (CEST)
 * amsterdamOffsetMs(Date.parse('2026-03-29T00:59:59Z')) // 3600000 (CET, one second before the change)
 * amsterdamOffsetMs(Date.parse('1990-07-01T12:00:00Z')) // undefined
 */
export function amsterdamOffsetMs(ms: number): number | undefined {
  // Near New Year the UTC year can differ from Amsterdam's, but both sides are winter time then.
  const year = new Date(ms).getUTCFullYear();
  if (!(year >= FIRST_RULE_YEAR && year <= LAST_RULE_YEAR)) return undefined;
  const summer = ms >= lastSundayAtOneUtc(year, 2) && ms < lastSundayAtOneUtc(year, 9);
  return summer ? 2 * HOUR : HOUR;
}
