import { addDays, daysBetween, type Weekday, weekdayOf } from '../calendar/calendarDay.js';

import { latestWrite } from '../records/latestWrite.js';
import type { Stored } from '../safety/safetyJourney.js';
import { DEFAULT_ACTIVE_DAYS_PER_WEEK } from './activeWeeks.js';

/** The person's choices for tip 10 (`review_settings` record): the day of the weekly review and what makes a week count. */
export type ReviewSettings = { reviewDay: Weekday; activeDaysPerWeek: number };

/** Sunday, and three active days a week (docs/clinical-rules.md §10). */
export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = {
  reviewDay: 7,
  activeDaysPerWeek: DEFAULT_ACTIVE_DAYS_PER_WEEK,
};

/** What a person can intend for next week: one of their plans or tools, or their own words. */
export const PLAN_INTENTION_KINDS = [
  'check_in',
  'activity',
  'exercise',
  'exposure',
  'relax',
  'sleep',
  'lesson',
] as const;
export const INTENTION_KINDS = [...PLAN_INTENTION_KINDS, 'own'] as const;
export type IntentionKind = (typeof INTENTION_KINDS)[number];
export type Intention = { kind: (typeof PLAN_INTENTION_KINDS)[number] } | { kind: 'own'; text: string };

/** At most three intentions: a week with one clear aim is easier to keep than one with many. */
export const MAX_INTENTIONS = 3;
export const MAX_INTENTION_LENGTH = 120;
export const MAX_WENT_WELL_LENGTH = 600;

/**
 * One weekly review (`weekly_review` record): the seven days that end on
 * `lastDay`, what went well (optional) and next week's intentions.
 */
export type WeeklyReview = { lastDay: string; wentWell?: string; intentions: Intention[]; doneAt: string };

/**
 * The settings in force: the latest record's, or the defaults (Sunday, three days).
 *
 * @example
 * reviewSettingsOf([]) // { reviewDay: 7, activeDaysPerWeek: 3 }
 */
export function reviewSettingsOf(stored: readonly Stored<ReviewSettings>[]): ReviewSettings {
  return latestWrite(stored)?.data ?? DEFAULT_REVIEW_SETTINGS;
}

/** A missed review day stays open this many days after it: a busy Sunday can be caught up on Monday or Tuesday. */
export const REVIEW_OPEN_DAYS = 2;

/**
 * The last day of the week the review is about on `today`: the latest review
 * day on or before today.
 *
 * @example
 * reviewWeekEnd(7, '2026-11-29') // '2026-11-29' (a Sunday)
 * reviewWeekEnd(7, '2026-12-01') // '2026-11-29'
 */
export function reviewWeekEnd(reviewDay: Weekday, today: string): string {
  const back = (weekdayOf(today) - reviewDay + 7) % 7;
  return addDays(today, -back);
}

/**
 * Whether the weekly review waits today: the review day, or up to two days
 * after it, that week not reviewed yet, and something to look back on (an
 * active day in the reviewed week before its last day: a person who started
 * on the review day has no week behind them yet). Gives the week's last day,
 * or `null` when nothing waits. A skipped week is simply not asked for again.
 *
 * @example
 * reviewDue({ reviewDay: 7, activeDaysPerWeek: 3 }, [], '2026-11-30', ['2026-11-27']) // '2026-11-29'
 * reviewDue({ reviewDay: 7, activeDaysPerWeek: 3 }, ['2026-11-29'], '2026-11-30', ['2026-11-27']) // null
 * reviewDue({ reviewDay: 7, activeDaysPerWeek: 3 }, [], '2026-12-02', ['2026-11-27']) // null (open until Tuesday)
 * reviewDue({ reviewDay: 7, activeDaysPerWeek: 3 }, [], '2026-11-29', ['2026-11-29']) // null (started today)
 */
export function reviewDue(
  settings: ReviewSettings,
  reviewedWeekEnds: readonly string[],
  today: string,
  activeDays: readonly string[],
): string | null {
  const lastDay = reviewWeekEnd(settings.reviewDay, today);
  if (daysBetween(lastDay, today) > REVIEW_OPEN_DAYS) return null;
  const firstDay = addDays(lastDay, -6);
  if (!activeDays.some((day) => day >= firstDay && day < lastDay)) return null;
  return reviewedWeekEnds.includes(lastDay) ? null : lastDay;
}

/**
 * The review a person made most recently before the week ending `lastDay`:
 * where "last week you wanted to …" comes from. With two records for one
 * week, the later write counts.
 *
 * @example
 * previousReview(reviews, '2026-11-29')?.data.lastDay // '2026-11-22'
 */
export function previousReview(
  reviews: readonly Stored<WeeklyReview>[],
  lastDay: string,
): Stored<WeeklyReview> | undefined {
  const earlier = reviews.filter((review) => review.data.lastDay < lastDay);
  const latestDay = earlier.reduce<string | undefined>(
    (latest, review) => (!latest || review.data.lastDay > latest ? review.data.lastDay : latest),
    undefined,
  );
  return latestWrite(earlier.filter((review) => review.data.lastDay === latestDay));
}

/**
 * The review whose intentions hold now: the latest review of a week that
 * ended on or before `today`.
 *
 * @example
 * reviewInForce(reviews, '2026-12-01')?.data.lastDay // '2026-11-29'
 */
export function reviewInForce(
  reviews: readonly Stored<WeeklyReview>[],
  today: string,
): Stored<WeeklyReview> | undefined {
  return previousReview(reviews, addDays(today, 1));
}

/**
 * The next review day after today (a week on when today is the review day).
 *
 * @example
 * nextReviewDay(7, '2026-11-25') // '2026-11-29'
 * nextReviewDay(7, '2026-11-29') // '2026-12-06'
 */
export function nextReviewDay(reviewDay: Weekday, today: string): string {
  return addDays(today, (reviewDay - weekdayOf(today) + 7) % 7 || 7);
}

/**
 * The review of the week ending `lastDay`, if made (the latest write).
 *
 * @example
 * reviewOfWeek(reviews, '2026-11-29')?.data.intentions // [{ kind: 'relax' }]
 */
export function reviewOfWeek(
  reviews: readonly Stored<WeeklyReview>[],
  lastDay: string,
): Stored<WeeklyReview> | undefined {
  return latestWrite(reviews.filter((review) => review.data.lastDay === lastDay));
}

/** What the person has, so the review offers only intentions that fit. */
export type IntentionContext = { activityPlan: boolean; exerciseProgramme: boolean; fearedMovements: boolean };

/**
 * The intentions the review offers: the person's own plans first (when they
 * have them), then the tools everyone has, then their own words.
 *
 * @example
 * intentionChoices({ activityPlan: true, exerciseProgramme: false, fearedMovements: false })
 * // ['activity', 'check_in', 'relax', 'sleep', 'lesson', 'own']
 */
export function intentionChoices(context: IntentionContext): IntentionKind[] {
  const plans: IntentionKind[] = [];
  if (context.activityPlan) plans.push('activity');
  if (context.exerciseProgramme) plans.push('exercise');
  if (context.fearedMovements) plans.push('exposure');
  return [...plans, 'check_in', 'relax', 'sleep', 'lesson', 'own'];
}

/** The weekly review form as the person filled it in. */
export type WeeklyReviewForm = {
  wentWell: string;
  /** The plans and tools ticked, in the order offered. */
  chosen: readonly Exclude<IntentionKind, 'own'>[];
  /** Own words; empty when not used. */
  ownWords: string;
};

/**
 * The form of an existing review, to change it.
 *
 * @example
 * weeklyReviewForm({ lastDay, intentions: [{ kind: 'own', text: 'Fietsen' }], doneAt })
 * // { wentWell: '', chosen: [], ownWords: 'Fietsen' }
 */
export function weeklyReviewForm(review: WeeklyReview | undefined): WeeklyReviewForm {
  const chosen: Exclude<IntentionKind, 'own'>[] = [];
  let ownWords = '';
  for (const intention of review?.intentions ?? []) {
    if (intention.kind === 'own') ownWords = ownWords ? `${ownWords}; ${intention.text}` : intention.text;
    else chosen.push(intention.kind);
  }
  return { wentWell: review?.wentWell ?? '', chosen, ownWords };
}
