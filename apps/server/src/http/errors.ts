import { MAX_BODY_BYTES } from '@veerkracht/contract';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
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

/** Turns any thrown value into a status and an error body. Unknown errors become 500 without details. */
export function toErrorResponse(error: unknown): { status: number; body: ErrorBody; unexpected: boolean } {
  if (error instanceof AppError) {
    const body: ErrorBody = { error: error.code, message: error.message };
    if (error.issues) body.issues = error.issues;
    return { status: error.status, body, unexpected: false };
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

/** Installs the error handler: one JSON error format for every route. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body, unexpected } = toErrorResponse(error);
    if (unexpected) request.log.error({ err: error }, 'unexpected error');
    else if (status >= 500) request.log.warn({ err: error }, body.message);
    if (error instanceof RetryLaterError) reply.header('retry-after', String(error.retryAfterSeconds));
    return reply.code(status).type('application/json; charset=utf-8').send(body);
  });
}
