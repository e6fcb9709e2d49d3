import { addDays, calendarDayAt, DEFAULT_TIME_ZONE } from '../calendar/calendarDay.js';
import { compareInstants, toMillis } from '../calendar/zonedTime.js';
import { checkInsByDay } from '../checkIn/checkInDays.js';
import { type FollowUpAnswer, settledWithin } from '../graded/settledWithin.js';
import { RECORD } from '../records/recordNames.js';
import type { RecordReader } from '../records/recordReader.js';
import { safetyStatus } from '../safety/safetyStatus.js';
import {
  ATTENTION_WINDOW_DAYS,
  type AttentionCheckIn,
  type AttentionInput,
  OPEN_SAFETY_TIERS,
  type OpenSafetyTier,
} from './attentionFlags.js';

/**
 * What the server keeps per linked patient to work out the attention flags
 * on any later day without reading a year of records: the check-ins of the
 * last three weeks, the open safety tier, every concern's moment, and the
 * sessions recent enough that their "settled" can still matter. Kept small
 * (a few kilobytes), so the patient list of 1,000 patients stays fast.
 */
export type AttentionSource = {
  /** The calendar day this source was made on. */
  madeOn: string;
  /** Check-ins from 20 days before `madeOn` on: every day the flags read, as long as `madeOn` is not in the future. */
  checkIns: AttentionCheckIn[];
  /** The latest check-in day on or before `madeOn`, however old. */
  lastCheckIn?: string;
  openSafetyTier: OpenSafetyTier | null;
  /** When each concern was written (ISO instants), oldest first. */
  concerns: string[];
  /** Sessions (activity and exercise) that ended in the 9 days before `madeOn` or later, with their follow-up answers. */
  sessions: { endedAt: string; windowHours: number; answers: FollowUpAnswer[] }[];
};

/** Days of check-ins kept: the two 7-day windows, plus a week of margin for a list read days after the last sync. */
const CHECK_IN_DAYS_KEPT = 3 * ATTENTION_WINDOW_DAYS;
/** A session that ended before this many days could still count: 7-day window plus a 48-hour follow-up window. */
const SESSION_DAYS_KEPT = ATTENTION_WINDOW_DAYS + 2;

function highestTier(tiers: readonly OpenSafetyTier[]): OpenSafetyTier | null {
  return OPEN_SAFETY_TIERS.find((tier) => tiers.includes(tier)) ?? null;
}

/**
 * The attention source of one patient from their records as `read` gives
 * them (deleted and invalid records left out, as on the device), made at `now`.
 * The open safety tier follows `safetyStatus`: a check that keeps the plan
 * paused (emergency or GP soon, not yet cleared), an emergency result whose
 * advice was never confirmed, and a review result not yet discussed.
 *
 * @example
 * attentionSource(readerOf(records), Date.parse('2026-11-29T12:00:00Z'))
 * // { madeOn: '2026-11-29', checkIns: [{ day: '2026-11-28', pain: 4, stress: 3 }], lastCheckIn: '2026-11-28', openSafetyTier: null, concerns: [], sessions: [] }
 */
export function attentionSource(
  read: RecordReader,
  now: number,
  timeZone: string = DEFAULT_TIME_ZONE,
): AttentionSource {
  const madeOn = calendarDayAt(new Date(now), timeZone);
  const keepFrom = addDays(madeOn, -(CHECK_IN_DAYS_KEPT - 1));

  const checkIns: AttentionCheckIn[] = [];
  let lastCheckIn: string | undefined;
  for (const [day, stored] of checkInsByDay(read)) {
    if (day <= madeOn && (!lastCheckIn || day > lastCheckIn)) lastCheckIn = day;
    if (day < keepFrom) continue;
    const checkIn: AttentionCheckIn = { day, pain: stored.data.pain };
    if (stored.data.stress !== undefined) checkIn.stress = stored.data.stress;
    checkIns.push(checkIn);
  }
  checkIns.sort((a, b) => (a.day < b.day ? -1 : 1));

  const status = safetyStatus(
    {
      checks: read(RECORD.safetyCheck),
      clearances: read(RECORD.safetyClearance),
      reviewsDiscussed: read(RECORD.reviewDiscussed),
    },
    madeOn,
  );
  const open: OpenSafetyTier[] = [];
  const pausingTier = status.pausingCheck?.data.result.tier;
  if (status.paused && (pausingTier === 'emergency' || pausingTier === 'gp_soon')) open.push(pausingTier);
  if (status.unreadEmergency) open.push('emergency');
  if (status.openReview) open.push('review');

  const concerns = read(RECORD.concern)
    .map((c) => c.data.at)
    .sort(compareInstants);

  const source: AttentionSource = {
    madeOn,
    checkIns,
    openSafetyTier: highestTier(open),
    concerns,
    sessions: recentSessions(read, addDays(madeOn, -SESSION_DAYS_KEPT), timeZone),
  };
  if (lastCheckIn) source.lastCheckIn = lastCheckIn;
  return source;
}

function recentSessions(read: RecordReader, fromDay: string, timeZone: string): AttentionSource['sessions'] {
  const answers = new Map<string, FollowUpAnswer[]>();
  for (const stored of read(RECORD.followUp)) {
    const own = answers.get(stored.data.sessionId) ?? [];
    own.push({ at: stored.data.at, answer: stored.data.answer });
    answers.set(stored.data.sessionId, own);
  }
  const windowOf = (versions: readonly VersionWindow[], version: number) =>
    (versions.find((v) => v.version === version) ?? versions.at(-1))?.windowHours;

  const plans = new Map<string, VersionWindow[]>();
  for (const stored of read(RECORD.activityPlan)) {
    plans.set(stored.data.planId, [...(plans.get(stored.data.planId) ?? []), stored.data]);
  }
  const programmes = new Map<string, VersionWindow[]>();
  for (const stored of read(RECORD.exerciseProgramme)) {
    programmes.set(stored.data.programmeId, [...(programmes.get(stored.data.programmeId) ?? []), stored.data]);
  }

  const sessions: AttentionSource['sessions'] = [];
  const add = (id: string, endedAt: string, windowHours: number | undefined) => {
    if (windowHours === undefined) return;
    if (calendarDayAt(new Date(toMillis(endedAt)), timeZone) < fromDay) return;
    const end = toMillis(endedAt);
    const own = (answers.get(id) ?? []).filter((a) => toMillis(a.at) >= end);
    sessions.push({ endedAt, windowHours, answers: own });
  };
  for (const stored of read(RECORD.activitySession)) {
    const versions = plans.get(stored.data.planId);
    add(stored.id, stored.data.endedAt, versions && windowOf(versions, stored.data.version));
  }
  for (const stored of read(RECORD.exerciseSession)) {
    const versions = programmes.get(stored.data.programmeId);
    add(stored.id, stored.data.endedAt, versions && windowOf(versions, stored.data.version));
  }
  return sessions.sort((a, b) => compareInstants(a.endedAt, b.endedAt));
}

/** A plan or programme version, as far as its follow-up window goes. */
type VersionWindow = { version: number; windowHours: number };

/**
 * The input of `attentionFlags` at `now`, from a patient's attention source:
 * concerns written after `concernsReadUpTo` are open; a session counts as
 * unsettled once `settledWithin` says `no` at `now`.
 *
 * @example
 * attentionInputAt(source, { linkedSince: '2026-11-01', now: Date.parse('2026-11-29T12:00:00Z') })
 * // { linkedSince: '2026-11-01', openSafetyTier: null, openConcerns: 0, unsettledSessionDays: [], checkIns: [...] }
 */
export function attentionInputAt(
  source: AttentionSource,
  options: { linkedSince: string; now: number; concernsReadUpTo?: string | null; timeZone?: string },
): AttentionInput {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const readUpTo = options.concernsReadUpTo ?? null;
  const unsettledSessionDays: string[] = [];
  for (const session of source.sessions) {
    if (settledWithin(session.endedAt, session.answers, session.windowHours, options.now, timeZone) === 'no') {
      unsettledSessionDays.push(calendarDayAt(new Date(toMillis(session.endedAt)), timeZone));
    }
  }
  return {
    linkedSince: options.linkedSince,
    openSafetyTier: source.openSafetyTier,
    openConcerns: source.concerns.filter((at) => readUpTo === null || compareInstants(at, readUpTo) > 0).length,
    unsettledSessionDays,
    checkIns: source.checkIns,
  };
}
