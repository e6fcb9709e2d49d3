import type { ApiResult } from '../data/sync/api';
import type { MessageKey } from '../i18n/i18n';

/**
 * The text for a failed call of the workspace: offline, too many tries,
 * a session that ended, or the server's reason by its error code.
 *
 * @example
 * problemOf({ ok: false, kind: 'http', status: 401, body: { error: 'sign_in_failed' }, timing }) // 'therapist.problem.signInFailed'
 */
export function problemOf(result: Exclude<ApiResult<unknown>, { ok: true }>): MessageKey {
  if (result.kind === 'network') return 'therapist.problem.offline';
  if (result.status === 429) return 'therapist.problem.tooMany';
  switch (result.body.error) {
    case 'sign_in_failed':
      return 'therapist.problem.signInFailed';
    case 'setup_code_invalid':
      return 'therapist.problem.setupCodeInvalid';
    case 'invalid_request':
      return result.body.issues?.some((issue) => (issue as { code?: string }).code === 'wrong_code')
        ? 'therapist.problem.wrongCode'
        : 'therapist.problem.invalid';
    case 'unauthorized':
    case 'second_factor_required':
      return 'therapist.problem.sessionEnded';
    case 'patient_not_found':
      return 'therapist.problem.patientNotFound';
    default:
      return 'therapist.problem.failed';
  }
}
