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

/**
 * The fields a refused form named (the server's `issues[].field`), to mark
 * each one beside its input; nothing for a failure that is not about a field.
 *
 * @example
 * refusedFields({ ok: false, kind: 'http', status: 400, body: { error: 'invalid_request', issues: [{ field: 'goal' }] }, timing }) // Set { 'goal' }
 */
export function refusedFields(result: Exclude<ApiResult<unknown>, { ok: true }>): Set<string> {
  if (result.kind !== 'http') return new Set();
  return new Set(
    (result.body.issues ?? []).map((issue) => (issue as { field?: string }).field ?? '').filter((f) => f !== ''),
  );
}
