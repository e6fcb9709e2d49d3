import type { FieldIssue } from '@veerkracht/core';
import type { MessageKey, Translate } from './i18n';

const BY_CODE: Partial<Record<FieldIssue['code'], MessageKey>> = {
  required: 'issue.required',
  not_a_number: 'issue.not_a_number',
  not_an_integer: 'issue.not_an_integer',
  out_of_range: 'issue.out_of_range',
  not_a_step: 'issue.not_a_step',
  too_long: 'issue.too_long',
  invalid_date: 'issue.invalid_date',
  date_in_future: 'issue.invalid_date',
};

// Field-specific wording where the generic one would be vague.
const BY_FIELD_AND_CODE: Partial<Record<string, MessageKey>> = {
  'pain:required': 'checkin.pain.required',
};

/** The message for a validation issue in the person's language, chosen by its code (never its English text). */
export function issueText(t: Translate, issue: FieldIssue): string {
  const key = BY_FIELD_AND_CODE[`${issue.field}:${issue.code}`] ?? BY_CODE[issue.code] ?? 'issue.other';
  const params: Record<string, number> = {};
  if (issue.min !== undefined) params.min = issue.min;
  if (issue.max !== undefined) params.max = issue.max;
  return t(key, params);
}
