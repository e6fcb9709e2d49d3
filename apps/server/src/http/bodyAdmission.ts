import { Transform, type TransformCallback } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest, preParsingHookHandler } from 'fastify';
import { AppError } from '../errors.js';
import { loggedPath } from './querySecrets.js';

/**
 * Largest body of the routes anyone may call without a token. Their bodies
 * are tiny (a recovery code of at most 100 characters, a device name of at
 * most 60, a boolean, a passkey's signed answer of a few hundred bytes), so 4 KB leaves room and still refuses a megabyte
 * before it is read.
 */
export const SMALL_BODY_BYTES = 4 * 1024;

/** The routes without a token or a session that take a body, and their body limit ({@link SMALL_BODY_BYTES}). */
export const SMALL_BODY_ROUTES: readonly string[] = [
  '/api/v1/patients',
  '/api/v1/restore',
  '/api/v1/restore/passkey',
  '/api/v1/restore/passkey/options',
  '/api/v1/staff/setup',
  '/api/v1/staff/sign-in',
];

/** Methods whose body Fastify never reads (its "bodyless" methods). */
const BODYLESS = new Set(['GET', 'HEAD', 'TRACE']);

function sizeText(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

function tooLarge(limit: number): AppError {
  return new AppError(413, 'body_too_large', `the body is larger than ${sizeText(limit)}`);
}

/**
 * Counts the bytes of a body sent without Content-Length (chunked) and fails
 * with 413 naming the route's limit as soon as it is over, like Fastify's own
 * limit but with the route's size in the message.
 */
function limitStream(limit: number): Transform {
  let received = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      received += chunk.length;
      if (received > limit) callback(tooLarge(limit));
      else callback(null, chunk);
    },
  });
}

/**
 * Refuses what can be refused before a body is read or parsed (decision
 * 0026), so a megabyte of JSON costs the server nothing unless the route
 * wants it:
 *
 * - a method and path that match no route, with a body-carrying method
 *   (POST, PUT, …): 404 `not_found` in `onRequest`, as the not-found handler
 *   would answer, but without reading the body (Fastify reads and parses a
 *   body for the not-found handler too);
 * - a Content-Length over the route's body limit: 413 `body_too_large`
 *   naming that limit, before authentication or a rate limit is counted;
 * - the routes of {@link SMALL_BODY_ROUTES} take at most
 *   {@link SMALL_BODY_BYTES}; a chunked body over it is cut off at that size.
 *
 * The 404 and the 413 close the connection when the request has a body.
 * Routes that need a token refuse an unauthenticated request in their own
 * `onRequest` hook (`requirePatient`, auth.ts), the others are rate-limited there.
 * Install after the hooks that must see every request (security headers, query
 * secrets) and before the routes are registered.
 */
export function installBodyAdmission(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    if (!SMALL_BODY_ROUTES.includes(route.url) || route.bodyLimit !== undefined) return;
    route.bodyLimit = SMALL_BODY_BYTES;
    const own = route.preParsing === undefined ? [] : [route.preParsing].flat();
    route.preParsing = [...own, limitChunkedBody(SMALL_BODY_BYTES)];
  });

  app.addHook('onRequest', (request, reply, done) => {
    if (BODYLESS.has(request.method)) {
      done();
      return;
    }
    if (request.is404) {
      closeIfBody(request, reply);
      done(new AppError(404, 'not_found', `no route for ${request.method} ${loggedPath(request.url)}`));
      return;
    }
    const limit = request.routeOptions.bodyLimit;
    if (Number(request.headers['content-length']) > limit) {
      closeIfBody(request, reply);
      done(tooLarge(limit));
      return;
    }
    done();
  });
}

/**
 * Closes the connection after the answer when the request has a body, as
 * Fastify's own 413 does: the body is never read, and to keep the connection
 * Node would read and drop all of it (as much as the Content-Length claims).
 */
function closeIfBody(request: FastifyRequest, reply: FastifyReply): void {
  const length = request.headers['content-length'];
  if ((length !== undefined && length !== '0') || request.headers['transfer-encoding'] !== undefined) {
    reply.header('connection', 'close');
  }
}

/**
 * A `preParsing` hook for a body sent without Content-Length (chunked): cut
 * off past `limit` with 413 naming it. With a Content-Length the `onRequest`
 * hook has already checked it, and Fastify stops reading at the length given.
 */
function limitChunkedBody(limit: number): preParsingHookHandler {
  return (request, _reply, payload, done) => {
    if (request.headers['content-length'] !== undefined) {
      done(null, payload);
      return;
    }
    // Not pipeline(): on an error it would destroy the request, and with it the socket the 413 is sent on.
    done(null, payload.pipe(limitStream(limit)));
  };
}
