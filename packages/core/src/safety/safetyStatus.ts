import { addDays, calendarDayAt, lastDays } from '../calendar/calendarDay.js';
import { compareInstants, toMillis } from '../calendar/zonedTime.js';
import type { CheckIn } from '../checkIn/checkIn.js';
import { type CheckPause, safetyPause } from './progressionPause.js';
import { FLARE_UP_LOOKBACK_DAYS, isDue, isFlareUp, SAFETY_RECHECK_DAYS } from './recheck.js';
import { INFLAMMATORY_ITEMS } from './safetyItems.js';
import type { Stored } from './safetyJourney.js';
import type { ReviewDiscussed, SafetyCheck, SafetyClearance } from './safetyRecords.js';

// What is open about safety (the one pause rule, docs/clinical-rules.md §1), apart from the check's own steps
// (safetyJourney.ts): Today and every page's header read it without bundling how a check is asked and scored.

/** What is open about safety for the person, for Today and the safety page. */
export type SafetyStatus = {
  /** At least one check was done on this device or a linked one: the first run is behind the person. */
  firstRunDone: boolean;
  /** The latest check (by the moment it was completed). */
  lastCheck?: Stored<SafetyCheck>;
  /** True when no check ever asked the questions after the emergency ones. */
  neverFull: boolean;
  /** The emergency questions are due again (28 days after the last check). */
  recheckDue: boolean;
  /** The day the next re-check is due. */
  nextRecheck?: string;
  /** Plan progression is paused (`safetyPause`). */
  paused: boolean;
  /**
   * Per check id: the reasons an earlier "I have seen a doctor" already
   * covered ("known to your doctor"), and whether the check paused the plan.
   */
  pauseByCheck: ReadonlyMap<string, CheckPause>;
  /** The latest check that keeps the plan paused, for its advice and reasons. */
  pausingCheck?: Stored<SafetyCheck>;
  /** A check whose inflammatory signs are still to be mentioned at the next visit. */
  openReview?: Stored<SafetyCheck>;
  /** A check with tier `emergency` whose advice the person has not yet confirmed reading. */
  unreadEmergency?: Stored<SafetyCheck>;
};

const byCompletion = (a: Stored<SafetyCheck>, b: Stored<SafetyCheck>) =>
  compareInstants(a.data.completedAt, b.data.completedAt) || (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0);

function latestInstant(instants: readonly string[]): string | undefined {
  return instants.reduce<string | undefined>(
    (latest, at) => (latest === undefined || compareInstants(at, latest) > 0 ? at : latest),
    undefined,
  );
}

/**
 * What is open about safety on `today`, from every check and clearance.
 * Emergency and GP-soon advice stays open (the plan paused) until a later
 * "I have seen a doctor" or a therapist's resume, which covers the reasons it
 * cleared (`safetyPause`: a later check pauses again only for a new reason or
 * an emergency reason); the note of a `review`
 * result stays until the person says it was discussed after that check; an
 * emergency screen counts as unread until confirmed or until a doctor was seen.
 *
 * @example
 * safetyStatus({ checks: [], clearances: [], reviewsDiscussed: [] }, '2026-11-25') // { firstRunDone: false, neverFull: true, recheckDue: true, paused: false, pauseByCheck: Map(0) }
 */
export function safetyStatus(
  records: {
    checks: readonly Stored<SafetyCheck>[];
    clearances: readonly Stored<SafetyClearance>[];
    reviewsDiscussed: readonly Stored<ReviewDiscussed>[];
  },
  today: string,
): SafetyStatus {
  const sorted = [...records.checks].sort(byCompletion);
  const lastCheck = sorted.at(-1);
  const lastLift = latestInstant(records.clearances.map((c) => c.data.at));
  const lastDiscussed = latestInstant(records.reviewsDiscussed.map((c) => c.data.at));
  const after = (at: string, than: string | undefined) => than === undefined || compareInstants(at, than) > 0;
  const pause = safetyPause(
    sorted.map((c) => ({ completedAt: c.data.completedAt, tier: c.data.result.tier, reasons: c.data.result.reasons })),
    records.clearances.map((c) => ({ at: c.data.at })),
  );
  const paused = pause.paused;
  const pausingCheck = pause.pausingIndex === undefined ? undefined : sorted[pause.pausingIndex];
  const pauseByCheck = new Map<string, CheckPause>();
  sorted.forEach((check, index) => {
    const info = pause.checks[index];
    if (info) pauseByCheck.set(check.id, info);
  });
  const lastFull = sorted.filter((c) => c.data.scope === 'full').at(-1);
  const hasReviewReasons = (c: Stored<SafetyCheck>) =>
    c.data.result.reasons.some((id) => (INFLAMMATORY_ITEMS as readonly string[]).includes(id));
  const openReview =
    lastFull && hasReviewReasons(lastFull) && after(lastFull.data.completedAt, lastDiscussed) ? lastFull : undefined;
  const unreadEmergency = sorted
    .filter((c) => c.data.result.tier === 'emergency' && !c.data.readAt && after(c.data.completedAt, lastLift))
    .at(-1);
  const status: SafetyStatus = {
    firstRunDone: sorted.length > 0,
    neverFull: lastFull === undefined,
    recheckDue: isDue(lastCheck?.data.date, today, SAFETY_RECHECK_DAYS),
    paused,
    pauseByCheck,
  };
  if (lastCheck) {
    status.lastCheck = lastCheck;
    status.nextRecheck = addDays(lastCheck.data.date, SAFETY_RECHECK_DAYS);
  }
  if (pausingCheck) status.pausingCheck = pausingCheck;
  if (openReview) status.openReview = openReview;
  if (unreadEmergency) status.unreadEmergency = unreadEmergency;
  return status;
}

/**
 * Is a check-in's pain a flare-up (docs/clinical-rules.md, "When the safety
 * check runs")? "Clearly worse than usual" is read as 3 points or more above
 * the person's usual pain: the median of their check-ins of the 7 days before
 * `date`. When those 7 days have no check-in, the usual pain is the median of
 * the 28 days before `date`; when there is none at all, nothing tells what is
 * usual, and a pain of 7 or more counts as a flare-up (the safer side: the
 * emergency questions are then offered rather than skipped).
 *
 * @example
 * flareUpAfterCheckIn(byDay, '2026-11-25', 8) // true when the 7 days before had a median of 5 or less
 * flareUpAfterCheckIn(new Map(), '2026-11-25', 9) // true (no usual pain known, and 9 is severe)
 */
export function flareUpAfterCheckIn(
  byDay: ReadonlyMap<string, { data: CheckIn }>,
  date: string,
  pain: number,
): boolean {
  const painsOf = (days: string[]) =>
    days.map((day) => byDay.get(day)?.data.pain).filter((value): value is number => typeof value === 'number');
  const lastWeek = painsOf(lastDays(addDays(date, -1), 7));
  const usual = lastWeek.length > 0 ? lastWeek : painsOf(lastDays(addDays(date, -1), FLARE_UP_LOOKBACK_DAYS));
  return isFlareUp(pain, usual);
}

/**
 * The calendar day of an instant in the person's time zone.
 *
 * @example
 * dayOfInstant('2026-11-24T23:30:00Z') // '2026-11-25' (Amsterdam is an hour ahead in winter)
 */
export function dayOfInstant(at: string, timeZone?: string): string {
  return calendarDayAt(new Date(toMillis(at, 'at')), timeZone);
}
