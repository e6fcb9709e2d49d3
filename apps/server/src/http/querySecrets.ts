import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.js';

/**
 * Query parameters that would carry a secret. URLs end up in logs, proxy
 * logs, browser history and Referer headers, so the API accepts secrets
 * only in headers and bodies. Compared without regard to case.
 */
export const SECRET_QUERY_PARAMETERS = ['token', 'access_token', 'recoveryCode', 'recovery_code'];

const SECRET_NAMES = new Set(SECRET_QUERY_PARAMETERS.map((name) => name.toLowerCase()));

/** The path of a request URL, without its query string. */
export function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

/** Paths whose last segment is a secret (a calendar feed's token): logged without it. */
const SECRET_PATH_PREFIXES = ['/api/v1/calendar/'];

/**
 * The path as a log line may show it: no query string, and no secret path segment.
 *
 * @example
 * loggedPath('/api/v1/calendar/abc.ics?x=1') // '/api/v1/calendar/[redacted]'
 */
export function loggedPath(url: string): string {
  const path = pathOf(url);
  const prefix = SECRET_PATH_PREFIXES.find((start) => path.startsWith(start) && path.length > start.length);
  return prefix ? `${prefix}[redacted]` : path;
}

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/** The first secret-bearing parameter of a query string, as the client spelled it. */
export function secretQueryParameter(url: string): string | undefined {
  const query = url.indexOf('?');
  if (query === -1) return undefined;
  for (const name of new URLSearchParams(url.slice(query + 1)).keys()) {
    if (SECRET_NAMES.has(name.toLowerCase())) return name;
  }
  return undefined;
}

/** What the log serializer reads of a request; anything logged under `req` reaches it, so every field may be missing. */
type LoggedRequest = {
  method?: string;
  url?: string;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number } | null;
};

/**
 * How a request appears in the log: Fastify's fields, but the path without
 * its query string, so whatever a client puts there never reaches a log line.
 */
export function serializeRequest(request: LoggedRequest) {
  return {
    method: request.method,
    url: typeof request.url === 'string' ? loggedPath(request.url) : undefined,
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

/**
 * Refuses a secret in the query string of any /api route with a 400 naming
 * the parameter, before authentication or a body is read: a client that
 * sends one learns at once, instead of the token quietly working.
 */
export function refuseSecretsInQuery(app: FastifyInstance): void {
  app.addHook('onRequest', (request, _reply, done) => {
    const name = isApiPath(pathOf(request.url)) ? secretQueryParameter(request.url) : undefined;
    if (name === undefined) {
      done();
      return;
    }
    const message = `secrets are not accepted in the URL: remove the query parameter "${name}" and send the token in the Authorization header (the recovery code in the body)`;
    done(new AppError(400, 'invalid_request', message, [{ field: `query.${name}`, code: 'unknown_field', message }]));
  });
}
