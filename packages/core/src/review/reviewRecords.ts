import { addDays, isIsoDate, type Weekday } from '../calendar/calendarDay.js';
import { type FieldIssue, isPlainObject, readNumber, readString, type Validated } from '../validation/fieldIssue.js';
import { readInstant, readOneOf, unknownFields } from '../validation/recordFields.js';
import {
  INTENTION_KINDS,
  type Intention,
  MAX_INTENTION_LENGTH,
  MAX_INTENTIONS,
  MAX_WENT_WELL_LENGTH,
  type ReviewSettings,
  type WeeklyReview,
  type WeeklyReviewForm,
} from './weeklyReview.js';

/*
 * The validators of the weekly review's records, apart from its rules (weeklyReview.ts): Today reads when a review
 * is due without bundling them (docs/architecture.md, "Checked once, read many times").
 */

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

/** The record kinds of this file, for readers and the registry (records/syncChange.ts). */
export const WEEKLY_REVIEW_KIND = {
  type: 'weekly_review',
  validate: (data: unknown, today?: string) => validateWeeklyReview(data, today ? { today } : {}),
} as const;

export const REVIEW_SETTINGS_KIND = {
  type: 'review_settings',
  validate: (data: unknown) => validateReviewSettings(data),
} as const;
