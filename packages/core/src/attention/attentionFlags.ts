import { addDays, daysBetween, isIsoDate } from '../calendar/calendarDay.js';
import { add, compare, fromNumber, mul, type Ratio, sub, toNumber } from '../math/exactDecimal.js';
import { stressStaysHigh } from '../stress/stressStaysHigh.js';

/**
 * Reasons for a physiotherapist to look at a linked patient
 * (docs/clinical-rules.md §11). A flag is a reason to look, shown with its
 * facts; never a diagnosis. The order of this list is the order of the flags.
 */
export const ATTENTION_FLAGS = [
  'safety',
  'concern',
  'not_settled',
  'rising_pain',
  'no_check_in',
  'high_stress',
] as const;
export type AttentionFlag = (typeof ATTENTION_FLAGS)[number];

/** The safety tiers that can stay open for the therapist, highest first. */
export const OPEN_SAFETY_TIERS = ['emergency', 'gp_soon', 'review'] as const;
export type OpenSafetyTier = (typeof OPEN_SAFETY_TIERS)[number];

export type AttentionCheckIn = { day: string; pain: number; stress?: number };

export type AttentionInput = {
  /** ISO date of linking. */
  linkedSince: string;
  /** The highest safety tier that is still open: not cleared (emergency, GP soon) or not discussed (review). */
  openSafetyTier: OpenSafetyTier | null;
  /** Free-text concerns the therapist has not marked read. */
  openConcerns: number;
  /** Days of sessions whose settled is 'no'. */
  unsettledSessionDays: string[];
  checkIns: AttentionCheckIn[];
};

/** A window of 7 calendar days, and the 7 days before it, for rising pain. */
export const ATTENTION_WINDOW_DAYS = 7;
/** Rising pain: this week's mean at least this much above the week before's. */
export const RISING_PAIN_POINTS = 2;
/** Each week needs at least this many check-ins before their means are compared. */
export const RISING_PAIN_MIN_CHECK_INS = 3;

/** The numbers behind the flags, for the words beside them ("pain 6.1 this week, 3.4 the week before"). */
export type AttentionFacts = {
  /** Mean pain of the 7 days ending today, to one decimal; absent without a check-in. */
  painThisWeek?: number;
  /** Mean pain of the 7 days before those, to one decimal; absent without a check-in. */
  painWeekBefore?: number;
  checkInsThisWeek: number;
  checkInsWeekBefore: number;
  /** The latest check-in day up to today; absent when there is none. */
  lastCheckIn?: string;
  /** Days of the last 7 with stress 7 or more. */
  highStressDays: number;
  /** Days in the last 7 with a session that did not settle within its window, oldest first, each once. */
  unsettledDays: string[];
};

function requireDay(value: string, field: string): void {
  if (!isIsoDate(value)) throw new RangeError(`${field} must be a date that exists (YYYY-MM-DD)`);
}

/** The check-ins checked (dates exist, no day twice) and those up to `today`. */
function checkInsUpTo(checkIns: readonly AttentionCheckIn[], today: string): AttentionCheckIn[] {
  const seen = new Set<string>();
  checkIns.forEach((checkIn, i) => {
    requireDay(checkIn.day, `checkIns.${i}.day`);
    if (seen.has(checkIn.day)) throw new RangeError(`checkIns.${i}.day ${checkIn.day} appears twice`);
    seen.add(checkIn.day);
  });
  return checkIns.filter((checkIn) => checkIn.day <= today);
}

type Week = { count: number; sum: Ratio };

function weekOf(checkIns: readonly AttentionCheckIn[], first: string, last: string): Week {
  let sum: Ratio = { num: 0n, den: 1n };
  let count = 0;
  for (const checkIn of checkIns) {
    if (checkIn.day >= first && checkIn.day <= last) {
      sum = add(sum, fromNumber(checkIn.pain));
      count += 1;
    }
  }
  return { count, sum };
}

/** Is this week's mean at least 2.0 above last week's? Exact: sumA/nA − sumB/nB ≥ 2 ⇔ sumA·nB − sumB·nA ≥ 2·nA·nB. */
function painRose(thisWeek: Week, weekBefore: Week): boolean {
  if (thisWeek.count < RISING_PAIN_MIN_CHECK_INS || weekBefore.count < RISING_PAIN_MIN_CHECK_INS) return false;
  const a = fromNumber(thisWeek.count);
  const b = fromNumber(weekBefore.count);
  const difference = sub(mul(thisWeek.sum, b), mul(weekBefore.sum, a));
  return compare(difference, mul(fromNumber(RISING_PAIN_POINTS), mul(a, b))) >= 0;
}

function weeks(checkIns: readonly AttentionCheckIn[], today: string): { thisWeek: Week; weekBefore: Week } {
  const thisWeekFirst = addDays(today, -(ATTENTION_WINDOW_DAYS - 1));
  const beforeLast = addDays(thisWeekFirst, -1);
  const beforeFirst = addDays(beforeLast, -(ATTENTION_WINDOW_DAYS - 1));
  return {
    thisWeek: weekOf(checkIns, thisWeekFirst, today),
    weekBefore: weekOf(checkIns, beforeFirst, beforeLast),
  };
}

/**
 * Why a therapist might look at a linked patient today
 * (docs/clinical-rules.md §11), in the order of {@link ATTENTION_FLAGS}:
 * - `safety`: a safety tier is still open; `concern`: an unread concern;
 * - `not_settled`: a session in the 7 days ending today did not settle;
 * - `rising_pain`: the mean pain of the 7 days ending today is at least 2.0
 *   above the 7 days before, each with at least 3 check-ins (exact arithmetic);
 * - `no_check_in`: none in the 7 days ending today, linked at least 7 days ago;
 * - `high_stress`: `stressStaysHigh` over the check-ins with a stress value.
 * Check-ins and sessions after `today` are ignored. A check-in day twice, or a
 * date that does not exist, throws a RangeError naming the field.
 *
 * @example
 * attentionFlags({ linkedSince: '2026-11-01', openSafetyTier: null, openConcerns: 1,
 *   unsettledSessionDays: [], checkIns: [] }, '2026-11-29') // ['concern', 'no_check_in']
 */
export function attentionFlags(input: AttentionInput, today: string): AttentionFlag[] {
  requireDay(today, 'today');
  requireDay(input.linkedSince, 'linkedSince');
  for (const [i, day] of input.unsettledSessionDays.entries()) requireDay(day, `unsettledSessionDays.${i}`);
  const checkIns = checkInsUpTo(input.checkIns, today);
  const windowFirst = addDays(today, -(ATTENTION_WINDOW_DAYS - 1));
  const inWindow = (day: string) => day >= windowFirst && day <= today;

  const flags: AttentionFlag[] = [];
  if (input.openSafetyTier !== null) flags.push('safety');
  if (input.openConcerns > 0) flags.push('concern');
  if (input.unsettledSessionDays.some(inWindow)) flags.push('not_settled');
  const { thisWeek, weekBefore } = weeks(checkIns, today);
  if (painRose(thisWeek, weekBefore)) flags.push('rising_pain');
  if (!checkIns.some((c) => inWindow(c.day)) && daysBetween(input.linkedSince, today) >= ATTENTION_WINDOW_DAYS) {
    flags.push('no_check_in');
  }
  const stress = checkIns.flatMap((c) => (c.stress === undefined ? [] : [{ day: c.day, stress: c.stress }]));
  if (stressStaysHigh(stress, today)) flags.push('high_stress');
  return flags;
}

const oneDecimal = (week: Week) =>
  week.count === 0 ? undefined : Math.round((toNumber(week.sum) / week.count) * 10) / 10;

/**
 * The facts behind {@link attentionFlags}, for the words beside each flag.
 * Means are rounded to one decimal only for showing; the flags compare exact values.
 *
 * @example
 * attentionFacts({ linkedSince: '2026-11-01', openSafetyTier: null, openConcerns: 0, unsettledSessionDays: [],
 *   checkIns: [{ day: '2026-11-29', pain: 6 }, { day: '2026-11-20', pain: 3 }] }, '2026-11-29')
 * // { painThisWeek: 6, painWeekBefore: 3, checkInsThisWeek: 1, checkInsWeekBefore: 1, lastCheckIn: '2026-11-29', highStressDays: 0, unsettledDays: [] }
 */
export function attentionFacts(input: AttentionInput, today: string): AttentionFacts {
  requireDay(today, 'today');
  const checkIns = checkInsUpTo(input.checkIns, today);
  const windowFirst = addDays(today, -(ATTENTION_WINDOW_DAYS - 1));
  const inWindow = (day: string) => isIsoDate(day) && day >= windowFirst && day <= today;
  const { thisWeek, weekBefore } = weeks(checkIns, today);
  const facts: AttentionFacts = {
    checkInsThisWeek: thisWeek.count,
    checkInsWeekBefore: weekBefore.count,
    highStressDays: checkIns.filter((c) => inWindow(c.day) && c.stress !== undefined && c.stress >= 7).length,
    unsettledDays: [...new Set(input.unsettledSessionDays.filter(inWindow))].sort(),
  };
  const painThisWeek = oneDecimal(thisWeek);
  const painWeekBefore = oneDecimal(weekBefore);
  if (painThisWeek !== undefined) facts.painThisWeek = painThisWeek;
  if (painWeekBefore !== undefined) facts.painWeekBefore = painWeekBefore;
  const lastCheckIn = checkIns.reduce<string | undefined>(
    (last, c) => (!last || c.day > last ? c.day : last),
    undefined,
  );
  if (lastCheckIn) facts.lastCheckIn = lastCheckIn;
  return facts;
}

/** One row of the patient list, as far as its order goes. */
export type AttentionRow = { flags: readonly AttentionFlag[]; lastCheckIn?: string | undefined };

/**
 * The patient list's order (docs/clinical-rules.md §11): patients with
 * `safety` first, then by the number of flags (most first), then by the
 * oldest last check-in (never checked in counts as oldest). Stable: rows that
 * tie keep the order they came in (sort them by name first).
 *
 * @example
 * sortByAttention([{ flags: ['concern'] }, { flags: ['safety'] }]) // [{ flags: ['safety'] }, { flags: ['concern'] }]
 */
export function sortByAttention<R extends AttentionRow>(rows: readonly R[]): R[] {
  const safetyFirst = (row: R) => (row.flags.includes('safety') ? 0 : 1);
  return [...rows].sort(
    (a, b) =>
      safetyFirst(a) - safetyFirst(b) ||
      b.flags.length - a.flags.length ||
      compareLastCheckIn(a.lastCheckIn, b.lastCheckIn),
  );
}

function compareLastCheckIn(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}
