import { isIsoDate } from '../calendar/calendarDay.js';
import { type FieldIssue, isPlainObject, type Validated } from '../validation/fieldIssue.js';
import { readOneOf, unknownFields } from '../validation/recordFields.js';
import { NOTICES, type NoticeShown } from './stressNotice.js';

// The validator of the `notice_shown` record, apart from the rule of when to show a notice (stressNotice.ts), which
// Today uses without bundling it (docs/architecture.md, "Checked once, read many times").

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

/** The record kind (type and validator) of this file's record, for readers and the registry (records/syncChange.ts). */
export const NOTICE_SHOWN_KIND = {
  type: 'notice_shown',
  validate: (data: unknown) => validateNoticeShown(data),
} as const;
