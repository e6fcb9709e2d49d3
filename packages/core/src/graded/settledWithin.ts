import { DEFAULT_TIME_ZONE } from '../calendar/calendarDay.js';
import { addWallClockHours, type Instant, toMillis } from '../calendar/zonedTime.js';

/**
 * An answer to "Are your back complaints back to how they were before this
 * session?": `yes`, or `not_yet` (`no` is read as `not_yet`).
 */
export type FollowUpAnswer = { at: Instant; answer: 'yes' | 'not_yet' | 'no' };

/** When the app asks and decides, for a session that ended at `sessionEnd`. */
export type FollowUpSchedule = {
  /** About 24 hours after the session (same wall-clock time the next day). */
  firstAsk: number;
  /** The end of the window: ask again here if the first answer was "not yet". */
  windowEnd: number;
  /** Window end + 24 h: without any answer by now the session counts as not answered. */
  decideBy: number;
};

function checkWindow(windowHours: number): void {
  if (typeof windowHours !== 'number' || !Number.isFinite(windowHours) || windowHours < 24 || windowHours > 48) {
    throw new RangeError('windowHours must be from 24 to 48');
  }
}

/**
 * The follow-up moments of a session (docs/clinical-rules.md §3.3), counted on the wall
 * clock in the person's time zone so a DST change never moves them by an hour.
 *
 * @example
 * followUpSchedule('2026-03-28T18:00:00+01:00', 48)
 * // firstAsk 2026-03-29 18:00 (+02:00), windowEnd 2026-03-30 18:00, decideBy 2026-03-31 18:00
 */
export function followUpSchedule(
  sessionEnd: Instant,
  windowHours = 48,
  timeZone: string = DEFAULT_TIME_ZONE,
): FollowUpSchedule {
  checkWindow(windowHours);
  const end = toMillis(sessionEnd, 'sessionEnd');
  return {
    firstAsk: addWallClockHours(end, 24, timeZone),
    windowEnd: addWallClockHours(end, windowHours, timeZone),
    decideBy: addWallClockHours(end, windowHours + 24, timeZone),
  };
}

/**
 * Did the back settle within the window after a session (the blog's 48-hour
 * rule; docs/clinical-rules.md §3.3)? `'yes'` when any "yes" came at or before the
 * window's end (sessionEnd + windowHours). `'no'` when a "not yet" came at or
 * after the window's end, or a "not yet" came earlier and nothing settled it by
 * the window's end + 24 h. `null` when there is no answer by then, and also
 * while the answer is still open (the plan then holds, which is safe).
 *
 * Where the spec is silent, the safer choice: a "yes" that only came after the
 * window's end does not count as settled within it, so it gives `'no'` (a
 * slightly smaller next quota) rather than a step up.
 *
 * Hours are counted on the wall clock in `timeZone` (Europe/Amsterdam by
 * default), so a DST change does not move the window by an hour. `now`
 * defaults to the current time. Throws a RangeError naming the field for
 * `windowHours` outside 24–48, an invalid instant, an unknown answer or a
 * follow-up before the session ended.
 *
 * @example
 * settledWithin('2026-11-20T18:00:00+01:00', [{ at: '2026-11-21T18:05:00+01:00', answer: 'yes' }], 48, '2026-11-21T18:05:00+01:00')
 * // 'yes'
 * settledWithin('2026-11-20T18:00:00+01:00', [{ at: '2026-11-21T18:05:00+01:00', answer: 'not_yet' }], 48, '2026-11-23T18:00:00+01:00')
 * // 'no' (not yet at 24 h, and no answer by the window's end + 24 h)
 */
export function settledWithin(
  sessionEnd: Instant,
  followUps: readonly FollowUpAnswer[],
  windowHours = 48,
  now: Instant = Date.now(),
  timeZone: string = DEFAULT_TIME_ZONE,
): 'yes' | 'no' | null {
  const { windowEnd, decideBy } = followUpSchedule(sessionEnd, windowHours, timeZone);
  const end = toMillis(sessionEnd, 'sessionEnd');
  const nowMs = toMillis(now, 'now');
  if (!Array.isArray(followUps)) throw new RangeError('followUps must be a list of answers');
  const answers = followUps.map((f, i) => {
    const at = toMillis(f?.at, `followUps.${i}.at`);
    if (at < end) throw new RangeError(`followUps.${i}.at must not be before the session ended`);
    if (f.answer !== 'yes' && f.answer !== 'not_yet' && f.answer !== 'no') {
      throw new RangeError(`followUps.${i}.answer must be 'yes' or 'not_yet'`);
    }
    return { at, settled: f.answer === 'yes' };
  });

  if (answers.some((a) => a.settled && a.at <= windowEnd)) return 'yes';
  if (answers.some((a) => !a.settled && a.at >= windowEnd)) return 'no';
  if (answers.some((a) => a.settled && a.at > windowEnd)) return 'no';
  if (answers.some((a) => !a.settled) && nowMs >= decideBy) return 'no';
  return null;
}

/**
 * Whether to ask the follow-up question about one session now: `first` once
 * about 24 hours have passed without an answer, `again` at the window's end
 * after a "not yet"; `null` otherwise, and always once the answer is final.
 * One rule for activity sessions and exercise sessions.
 *
 * @example
 * followUpAsk({ open: true, schedule, followUps: [] }, schedule.firstAsk) // { kind: 'first', askFrom: schedule.firstAsk }
 */
export function followUpAsk(
  session: { open: boolean; schedule: FollowUpSchedule; followUps: readonly { at: Instant; answer: string }[] },
  now: number,
): { kind: 'first' | 'again'; askFrom: number } | null {
  if (!session.open) return null;
  const { firstAsk, windowEnd } = session.schedule;
  const lastAnswer = session.followUps.at(-1);
  if (!lastAnswer) return now >= firstAsk ? { kind: 'first', askFrom: firstAsk } : null;
  if (lastAnswer.answer === 'not_yet' && now >= windowEnd && toMillis(lastAnswer.at) < windowEnd) {
    return { kind: 'again', askFrom: windowEnd };
  }
  return null;
}

/**
 * A sort order by a moment, then by id, so records with the same moment keep
 * one order on every device.
 *
 * @example
 * sessions.sort(byMillisThenId((s) => toMillis(s.data.endedAt), (s) => s.id))
 */
export const byMillisThenId =
  <T>(millis: (item: T) => number, id: (item: T) => string) =>
  (a: T, b: T): number =>
    millis(a) - millis(b) || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0);
