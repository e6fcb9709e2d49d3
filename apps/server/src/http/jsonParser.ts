import { MAX_JSON_DEPTH } from '@veerkracht/contract';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.js';
import { jsonNestingDepth } from './jsonDepth.js';

/** The answer to a body that nests deeper than {@link MAX_JSON_DEPTH}. */
export const TOO_DEEP_MESSAGE = `the body nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep`;

/**
 * JSON bodies, parsed by Fastify's own parser (which refuses `__proto__` and
 * `constructor.prototype` keys) except that an empty body counts as no body:
 * `POST /api/v1/patients` with `Content-Type: application/json` and nothing
 * else is a normal request. JSON is the only body type the API accepts: the
 * default text/plain parser is removed, so any other body is a 415.
 *
 * Before parsing, the raw text's nesting is counted ({@link jsonNestingDepth}):
 * deeper than {@link MAX_JSON_DEPTH} is 400 `invalid_json` naming the limit,
 * because `JSON.parse` spends about 200 ms on a megabyte of `[[[[…`
 * (decision 0026). Unknown routes and unauthenticated requests never get here:
 * they are refused in `onRequest`, before the body is read (bodyAdmission.ts, auth.ts).
 */
export function installJsonParser(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    if (jsonNestingDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
      done(new AppError(400, 'invalid_json', TOO_DEEP_MESSAGE), undefined);
      return;
    }
    // Fastify's default parser is the callback kind: it answers through `done` and returns nothing to await.
    void parse(request, text, done);
  });
}
