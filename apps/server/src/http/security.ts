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

/** Where the web build keeps its hashed modules and style sheets (and nothing else). */
const ASSETS_PREFIX = '/assets/';

/**
 * The security headers of a hashed module or style sheet under `/assets/`. A page's policy (CSP, framing, opener,
 * agent cluster) only acts on a document or a worker, and a browser ignores it on a script or sheet, yet it cost
 * about 400 of the 900 header bytes of each of the 30-odd files a first screen loads: on a slow phone connection
 * those bytes arrive before the code does. Kept: what acts on a subresource (`nosniff`, the resource policy, the
 * referrer policy for what a sheet loads), and a CSP that allows nothing, for anyone who opens such a file, or a
 * 404 under `/assets/`, as a page.
 *
 * @example
 * assetSecurityHeaders(securityHeaders())['content-security-policy'] // "default-src 'none';frame-ancestors 'none'"
 */
export function assetSecurityHeaders(headers: Record<string, string>): Record<string, string> {
  const kept: Record<string, string> = { 'content-security-policy': "default-src 'none';frame-ancestors 'none'" };
  for (const name of ['cross-origin-resource-policy', 'referrer-policy', 'x-content-type-options']) {
    const value = headers[name];
    if (value !== undefined) kept[name] = value;
  }
  return kept;
}

/**
 * Security headers on every response, including errors and 404s; HSTS as `hsts` says. The build's hashed files
 * under `/assets/` get the shorter set of `assetSecurityHeaders`.
 */
export function installSecurityHeaders(app: FastifyInstance, hsts: HstsMode = 'auto'): void {
  const { 'strict-transport-security': hstsValue, ...headers } = securityHeaders();
  const always = hsts === 'always' && hstsValue !== undefined ? { 'strict-transport-security': hstsValue } : {};
  const everywhere = { ...headers, ...always };
  const onAssets = { ...assetSecurityHeaders(headers), ...always };
  const overTls = hsts === 'auto' ? hstsValue : undefined;
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(request.url.startsWith(ASSETS_PREFIX) ? onAssets : everywhere);
    // request.protocol reads X-Forwarded-Proto only from a trusted proxy (trustProxy), else the socket.
    if (overTls !== undefined && request.protocol === 'https') reply.header('strict-transport-security', overTls);
    done();
  });
}
