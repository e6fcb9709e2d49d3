import { addDays, daysBetween, isIsoDate, type Weekday, weekdayOf } from '../calendar/calendarDay.js';

import { latestWrite } from '../records/latestWrite.js';
import type { Stored } from '../safety/safetyJourney.js';
import { type FieldIssue, isPlainObject, readNumber, readString, type Validated } from '../validation/fieldIssue.js';
import { readInstant, readOneOf, unknownFields } from '../validation/recordFields.js';
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
 * Validates a `review_settings` record.
 *
 * @example
 * validateReviewSettings({ reviewDay: 7, activeDaysPerWeek: 3 }).ok // true
 * validateReviewSettings({ reviewDay: 0, activeDaysPerWeek: 3 }).ok // false (reviewDay)
 */
export function validateReviewSettings(input: unknown): Validated<ReviewSettings> {
  if (!isPlainObject(input))
    return { ok: false, issues: [{ field: '', code: 'not_an_object', message: 'review settings must be an object' }] };
  const issues: FieldIssue[] = [];
  unknownFields(input, ['reviewDay', 'activeDaysPerWeek'], issues, 'a review settings');
  const reviewDay = readNumber(input, 'reviewDay', issues, { min: 1, max: 7, integer: true, required: true });
  const activeDaysPerWeek = readNumber(input, 'activeDaysPerWeek', issues, {
    min: 1,
    max: 7,
    integer: true,
    required: true,
  });
  if (issues.length > 0 || reviewDay === undefined || activeDaysPerWeek === undefined) return { ok: false, issues };
  return { ok: true, value: { reviewDay: reviewDay as Weekday, activeDaysPerWeek } };
}

/**
 * Validates a `weekly_review` record. Own words are trimmed and may not be
 * empty; a plan or tool carries no text (the app says it in the reader's
 * language). `lastDay` may not be more than a day after `today` when that is given.
 *
 * @example
 * validateWeeklyReview({ lastDay: '2026-11-29', intentions: [{ kind: 'relax' }],
 *   doneAt: '2026-11-29T19:00:00+01:00' }).ok // true
 * validateWeeklyReview({ lastDay: '2026-11-29', intentions: [{ kind: 'own', text: ' ' }],
 *   doneAt: '2026-11-29T19:00:00+01:00' }).ok // false (intentions.0.text)
 */
export function validateWeeklyReview(input: unknown, options: { today?: string } = {}): Validated<WeeklyReview> {
  if (!isPlainObject(input))
    return { ok: false, issues: [{ field: '', code: 'not_an_object', message: 'a weekly review must be an object' }] };
  const issues: FieldIssue[] = [];
  unknownFields(input, ['lastDay', 'wentWell', 'intentions', 'doneAt'], issues, 'a weekly review');
  const lastDay = input.lastDay;
  if (lastDay === undefined || lastDay === null)
    issues.push({ field: 'lastDay', code: 'required', message: 'lastDay is required' });
  else if (!isIsoDate(lastDay))
    issues.push({ field: 'lastDay', code: 'invalid_date', message: 'lastDay must be a date (YYYY-MM-DD)' });
  // One day of slack, as for a check-in: the person may live in another time zone than the server.
  else if (options.today && lastDay > addDays(options.today, 1))
    issues.push({
      field: 'lastDay',
      code: 'date_in_future',
      message: 'lastDay must not be more than a day after today',
    });
  const wentWell = readString(input, 'wentWell', issues, { maxLength: MAX_WENT_WELL_LENGTH, required: false });
  const intentions = readIntentions(input.intentions, issues);
  const doneAt = readInstant(input, 'doneAt', issues);
  if (issues.length > 0 || typeof lastDay !== 'string' || !intentions || !doneAt) return { ok: false, issues };
  const value: WeeklyReview = { lastDay, intentions, doneAt };
  const well = wentWell?.trim();
  if (well) value.wentWell = well;
  return { ok: true, value };
}

function readIntentions(value: unknown, issues: FieldIssue[]): Intention[] | undefined {
  if (value === undefined || value === null) {
    issues.push({ field: 'intentions', code: 'required', message: 'intentions is required (it may be empty)' });
    return undefined;
  }
  if (!Array.isArray(value)) {
    issues.push({ field: 'intentions', code: 'not_an_array', message: 'intentions must be a list' });
    return undefined;
  }
  if (value.length > MAX_INTENTIONS) {
    issues.push({
      field: 'intentions',
      code: 'too_many',
      message: `intentions must hold at most ${MAX_INTENTIONS} items`,
      max: MAX_INTENTIONS,
    });
    return undefined;
  }
  const intentions: Intention[] = [];
  const before = issues.length;
  value.forEach((item: unknown, index) => {
    const path = `intentions.${index}`;
    if (!isPlainObject(item)) {
      issues.push({ field: path, code: 'not_an_object', message: `${path} must be an object` });
      return;
    }
    const own: FieldIssue[] = [];
    unknownFields(item, ['kind', 'text'], own, 'an intention');
    const kind = readOneOf(item, 'kind', INTENTION_KINDS, own);
    issues.push(...own.map((issue) => ({ ...issue, field: `${path}.${issue.field}` })));
    if (!kind) return;
    if (kind !== 'own') {
      if (item.text !== undefined)
        issues.push({
          field: `${path}.text`,
          code: 'unknown_field',
          message: `${path}.text belongs to own words only`,
        });
      else if (!intentions.some((other) => other.kind === kind)) intentions.push({ kind });
      else
        issues.push({ field: `${path}.kind`, code: 'invalid_format', message: `${path}.kind is already chosen once` });
      return;
    }
    const text = readString(item, 'text', issues, { maxLength: MAX_INTENTION_LENGTH, required: true, path });
    if (text === undefined) return;
    if (text.trim() === '') {
      issues.push({ field: `${path}.text`, code: 'required', message: `${path}.text must not be empty` });
      return;
    }
    intentions.push({ kind: 'own', text: text.trim() });
  });
  return issues.length > before ? undefined : intentions;
}

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
 * The review record from the form: own words (when not empty) count as one
 * of the three intentions, after the ticked ones. More than three is refused
 * on `intentions`, so the form can say which field to look at.
 *
 * @example
 * weeklyReviewFromForm({ wentWell: '', chosen: ['relax'], ownWords: 'Fietsen' }, '2026-11-29', doneAt)
 * // { ok: true, value: { lastDay: '2026-11-29', intentions: [{ kind: 'relax' }, { kind: 'own', text: 'Fietsen' }], doneAt } }
 */
export function weeklyReviewFromForm(form: WeeklyReviewForm, lastDay: string, doneAt: string): Validated<WeeklyReview> {
  const own = form.ownWords.trim();
  const intentions: Intention[] = [
    ...form.chosen.map((kind) => ({ kind })),
    ...(own ? [{ kind: 'own' as const, text: own }] : []),
  ];
  return validateWeeklyReview({ lastDay, wentWell: form.wentWell, intentions, doneAt });
}

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

/** The record kinds of this file, for readers and the registry (records/syncChange.ts). */
export const WEEKLY_REVIEW_KIND = {
  type: 'weekly_review',
  validate: (data: unknown, today?: string) => validateWeeklyReview(data, today ? { today } : {}),
} as const;
export const REVIEW_SETTINGS_KIND = {
  type: 'review_settings',
  validate: (data: unknown) => validateReviewSettings(data),
} as const;
