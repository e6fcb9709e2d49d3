import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * The Content Security Policy: everything from this origin only, no inline
 * script or style, no plugins, no framing. No `upgrade-insecure-requests`,
 * because the app also runs on http://localhost.
 */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'"],
  manifestSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * The security headers helmet sets with our options, computed once. The
 * headers are the same for every response, and @fastify/helmet rebuilt
 * helmet's middleware on every request (about 7% of the CPU of a health
 * check), so helmet runs once here against a recording response instead.
 */
export function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    referrerPolicy: { policy: 'no-referrer' },
  })({} as IncomingMessage, recorder as unknown as ServerResponse, () => {});
  return headers;
}

/**
 * When to send `Strict-Transport-Security`: `auto` only on requests that came
 * over TLS (or, with TRUST_PROXY, that the proxy marks `X-Forwarded-Proto:
 * https`), `always` on every response (TLS ends at a proxy that does not say
 * so), `off` never (the proxy sends its own). Over plain HTTP the header is
 * meaningless to browsers and wrong for http://localhost.
 */
export type HstsMode = 'auto' | 'always' | 'off';

export const HSTS_MODES: readonly HstsMode[] = ['auto', 'always', 'off'];

/** Security headers on every response, including errors and 404s; HSTS as `hsts` says. */
export function installSecurityHeaders(app: FastifyInstance, hsts: HstsMode = 'auto'): void {
  const { 'strict-transport-security': hstsValue, ...headers } = securityHeaders();
  const everywhere =
    hsts === 'always' && hstsValue !== undefined ? { ...headers, 'strict-transport-security': hstsValue } : headers;
  const overTls = hsts === 'auto' ? hstsValue : undefined;
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(everywhere);
    // request.protocol reads X-Forwarded-Proto only from a trusted proxy (trustProxy), else the socket.
    if (overTls !== undefined && request.protocol === 'https') reply.header('strict-transport-security', overTls);
    done();
  });
}
