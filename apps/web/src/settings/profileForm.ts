import type { AboutYouForm, FieldIssue, Profile } from '@veerkracht/core';
import type { MessageKey } from '../i18n/i18n';

/**
 * The settings form for a saved profile: its age and episode start as the
 * person would type them, or an empty form when there is no profile yet.
 *
 * @example
 * aboutYouFormOf({ ageYears: 52, ageAsOf: '2026-11-25', onsetDate: '2026-01-15', onsetApproximate: true })
 * // { age: '52', onsetDate: '2026-01-15', onsetApproximate: true }
 */
export function aboutYouFormOf(profile: Profile | undefined): AboutYouForm {
  if (!profile) return { age: '', onsetDate: '', onsetApproximate: false };
  return {
    age: String(profile.ageYears),
    onsetDate: profile.onsetDate,
    onsetApproximate: profile.onsetApproximate === true,
  };
}

const AGE_MESSAGES: Partial<Record<FieldIssue['code'], MessageKey>> = {
  required: 'settings.error.ageRequired',
  not_a_number: 'settings.error.ageNumber',
  not_an_integer: 'settings.error.ageWhole',
  out_of_range: 'settings.error.ageRange',
};
const ONSET_MESSAGES: Partial<Record<FieldIssue['code'], MessageKey>> = {
  required: 'settings.error.onsetRequired',
  invalid_date: 'settings.error.onsetInvalid',
  date_in_future: 'settings.error.onsetFuture',
};

/**
 * The message key for an issue of `aboutYouFromForm` (fields `age` and
 * `onsetDate`), chosen by its code; the age range's limits come with it.
 *
 * @example
 * aboutYouIssueKey({ field: 'onsetDate', code: 'date_in_future', message: '' }) // 'settings.error.onsetFuture'
 */
export function aboutYouIssueKey(issue: FieldIssue): MessageKey {
  if (issue.field === 'age') return AGE_MESSAGES[issue.code] ?? 'settings.error.ageNumber';
  return ONSET_MESSAGES[issue.code] ?? 'settings.error.onsetInvalid';
}
