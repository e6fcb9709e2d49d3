import { MAX_BODY_BYTES } from '@veerkracht/contract';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type DatabaseFaultKind, databaseFault } from '../db/faults.js';
import { AppError, RetryLaterError } from '../errors.js';

/** The one error body of the API. */
export type ErrorBody = { error: string; message: string; issues?: unknown[] };

/** Fastify's own errors, mapped to the API's codes. */
const FASTIFY_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'invalid_json', message: 'the body is not valid JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'invalid_json', message: 'the body is empty' },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'body_too_large',
    message: `the body is larger than ${MAX_BODY_BYTES / (1024 * 1024)} MB`,
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'unsupported_media_type',
    message: 'send the body as JSON with "Content-Type: application/json"',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'invalid_request',
    message: 'the Content-Length header does not match the body',
  },
  FST_ERR_CTP_INVALID_TYPE: { status: 400, code: 'invalid_request', message: 'the Content-Type header is not valid' },
};

function isFastifyError(error: unknown): error is FastifyError {
  return error instanceof Error && typeof (error as Partial<FastifyError>).code === 'string';
}

/**
 * Database faults that are not the caller's: 503, how long to wait, and what
 * to say. Nothing of the failed request was stored (a transaction is all or
 * nothing), so the same request may simply be sent again.
 */
const DATABASE_FAULTS: Record<DatabaseFaultKind, { code: string; message: string; retryAfterSeconds: number }> = {
  unavailable: {
    code: 'database_unavailable',
    message: 'the database is not available right now; nothing was saved; try again in a few seconds',
    retryAfterSeconds: 5,
  },
  full: {
    code: 'storage_full',
    message: 'the server has no room left to store data; nothing was saved; try again later',
    retryAfterSeconds: 60,
  },
  busy: {
    code: 'database_busy',
    message: 'the database is busy; nothing was saved; try again in a moment',
    retryAfterSeconds: 1,
  },
};

export type ErrorResponse = {
  status: number;
  body: ErrorBody;
  /** A bug: logged as an error, answered without details. */
  unexpected: boolean;
  /** For 429 and 503: whole seconds to wait, sent as `Retry-After`. */
  retryAfterSeconds?: number;
  /** Set when the error was a database fault. */
  fault?: DatabaseFaultKind;
};

/**
 * Turns any thrown value into a status and an error body. Database faults
 * become 503 with `Retry-After`; unknown errors become 500 without details.
 *
 * @example
 * toErrorResponse(new AppError(404, 'not_found', 'no such thing')).status // 404
 * toErrorResponse(Object.assign(new Error('disk full'), { code: 'SQLITE_FULL' })).body.error // 'storage_full'
 */
export function toErrorResponse(error: unknown): ErrorResponse {
  if (error instanceof AppError) {
    const body: ErrorBody = { error: error.code, message: error.message };
    if (error.issues) body.issues = error.issues;
    if (error instanceof RetryLaterError) {
      return { status: error.status, body, unexpected: false, retryAfterSeconds: error.retryAfterSeconds };
    }
    return { status: error.status, body, unexpected: false };
  }
  const fault = databaseFault(error);
  if (fault) {
    const { code, message, retryAfterSeconds } = DATABASE_FAULTS[fault];
    return { status: 503, body: { error: code, message }, unexpected: false, retryAfterSeconds, fault };
  }
  if (isFastifyError(error)) {
    const known = FASTIFY_ERRORS[error.code];
    if (known) return { status: known.status, body: { error: known.code, message: known.message }, unexpected: false };
  }
  // A parser error without a code (e.g. proto poisoning in JSON) still carries a 4xx status.
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const message = error instanceof Error ? error.message : 'bad request';
    return { status, body: { error: status === 400 ? 'invalid_request' : 'bad_request', message }, unexpected: false };
  }
  return {
    status: 500,
    body: { error: 'internal_error', message: 'something went wrong on the server; try again later' },
    unexpected: true,
  };
}

/**
 * Installs the error handler: one JSON error format for every route.
 * `onFault` hears of every database fault (health reports a full disk).
 */
export function installErrorHandler(app: FastifyInstance, onFault?: (kind: DatabaseFaultKind) => void): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body, unexpected, retryAfterSeconds, fault } = toErrorResponse(error);
    if (unexpected) request.log.error({ err: error }, 'unexpected error');
    else if (status >= 500) request.log.warn({ err: error }, body.message);
    if (fault) onFault?.(fault);
    if (retryAfterSeconds !== undefined) reply.header('retry-after', String(retryAfterSeconds));
    return reply.code(status).type('application/json; charset=utf-8').send(body);
  });
}
