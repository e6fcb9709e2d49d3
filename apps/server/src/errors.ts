import type { FieldIssue } from '@veerkracht/core';

/**
 * An expected failure with a public code, an HTTP status and a message that is
 * safe to show. Services throw it; the HTTP layer answers it as
 * `{ error: code, message, issues? }`. Anything else that is thrown is a bug
 * and becomes a 500 without details.
 */
export class AppError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: FieldIssue[] | undefined;

  constructor(status: number, code: string, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'AppError';
    this.status = status;
    this.code = code;
    this.issues = issues;
  }
}

/** Most issues one answer lists: enough to fix a client, small enough to read. */
const MAX_ISSUES = 100;

/** 400 `invalid_request` listing what is wrong, field by field. */
export function invalidRequest(issues: FieldIssue[], message?: string): AppError {
  const shown = issues.slice(0, MAX_ISSUES);
  const more = issues.length > shown.length ? ` (the first ${MAX_ISSUES} of ${issues.length} are listed)` : '';
  const fields = [...new Set(shown.map((issue) => issue.field || 'body'))].slice(0, 5).join(', ');
  return new AppError(400, 'invalid_request', `${message ?? `invalid input: ${fields}`}${more}`, shown);
}

/**
 * An {@link AppError} the client may retry later (429 or 503): the HTTP layer
 * also sends `Retry-After` with the whole seconds to wait.
 */
export class RetryLaterError extends AppError {
  readonly retryAfterSeconds: number;

  constructor(status: 429 | 503, code: string, message: string, retryAfterSeconds: number, options?: ErrorOptions) {
    super(status, code, message);
    this.name = 'RetryLaterError';
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterSeconds));
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}
