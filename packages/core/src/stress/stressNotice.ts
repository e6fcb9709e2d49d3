import { daysBetween, isIsoDate } from '../calendar/calendarDay.js';
import { type FieldIssue, isPlainObject, type Validated } from '../validation/fieldIssue.js';
import { readOneOf, unknownFields } from '../validation/recordFields.js';
import { stressStaysHigh } from './stressStaysHigh.js';

/** Notices the app shows at most now and then, remembered on every device (`notice_shown` record). */
export const NOTICES = ['stress_high'] as const;
export type Notice = (typeof NOTICES)[number];
export type NoticeShown = { notice: Notice; day: string };

/** The suggestion to talk to the therapist or GP comes back at most once a week (docs/clinical-rules.md §6.1). */
export const STRESS_NOTICE_EVERY_DAYS = 7;

/**
 * Validates a `notice_shown` record.
 *
 * @example
 * validateNoticeShown({ notice: 'stress_high', day: '2026-11-28' }).ok // true
 */
export function validateNoticeShown(input: unknown): Validated<NoticeShown> {
  if (!isPlainObject(input))
    return { ok: false, issues: [{ field: '', code: 'not_an_object', message: 'a notice must be an object' }] };
  const issues: FieldIssue[] = [];
  unknownFields(input, ['notice', 'day'], issues, 'a notice');
  const notice = readOneOf(input, 'notice', NOTICES, issues);
  const day = input.day;
  if (day === undefined || day === null) issues.push({ field: 'day', code: 'required', message: 'day is required' });
  else if (!isIsoDate(day))
    issues.push({ field: 'day', code: 'invalid_date', message: 'day must be a date (YYYY-MM-DD)' });
  if (issues.length > 0 || !notice || typeof day !== 'string') return { ok: false, issues };
  return { ok: true, value: { notice, day } };
}

/**
 * Whether to suggest, today, talking to the therapist or GP about stress:
 * stress stays high (`stressStaysHigh`) and the suggestion was not shown in
 * the 6 days before (so at most once a week). Showing it again on the day it
 * was first shown is fine: the person may reload the page.
 *
 * @example
 * stressNoticeDue(highWeek, '2026-11-28', []) // true
 * stressNoticeDue(highWeek, '2026-11-28', ['2026-11-24']) // false (shown 4 days ago)
 * stressNoticeDue(highWeek, '2026-11-28', ['2026-11-28']) // true (the same day, still shown)
 */
export function stressNoticeDue(
  entries: readonly { day: string; stress: number }[],
  today: string,
  shownOn: readonly string[],
): boolean {
  if (!stressStaysHigh(entries, today)) return false;
  return shownOn.every((day) => {
    const age = daysBetween(day, today);
    return age === 0 || age >= STRESS_NOTICE_EVERY_DAYS || age < 0;
  });
}

/** The record kind (type and validator) of this file's record, for readers and the registry (records/syncChange.ts). */
export const NOTICE_SHOWN_KIND = {
  type: 'notice_shown',
  validate: (data: unknown) => validateNoticeShown(data),
} as const;
