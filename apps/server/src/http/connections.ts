import { type Server, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';

/** How long the server waits for slow clients, and how many connections one address may hold. */
export type ConnectionLimits = {
  /** The whole request, headers and body, must have arrived within this (Node's `requestTimeout`). */
  requestTimeoutMs: number;
  /** The headers must have arrived within this (Node's `headersTimeout`); at most `requestTimeoutMs`. */
  headersTimeoutMs: number;
  /** A connection without traffic either way for this long is closed: it catches a client that stops reading. */
  connectionTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** Connections one socket address may hold at once; 0 for no limit. */
  maxConnectionsPerAddress: number;
};

/**
 * 1 MB (the body limit) at 35 KB/s still arrives within 30 s; headers are a
 * few hundred bytes, so 10 s is generous. Keep-alive outlasts the 60 s idle
 * timeout common in proxies and load balancers (Fastify's own default), so a
 * proxy never reuses a connection this server is closing. 64 connections per
 * address leave room for many browsers (6 each) behind one NAT, and for the
 * 50 connections of bench/sync.mjs.
 */
export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,
  connectionTimeoutMs: 60_000,
  keepAliveTimeoutMs: 72_000,
  maxConnectionsPerAddress: 64,
};

/** The JSON error format of the API, written on a raw socket (there is no reply object yet). */
function rawAnswer(status: number, code: string, message: string): string {
  const body = JSON.stringify({ error: code, message });
  return (
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nConnection: close\r\n` +
    `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
  );
}

/**
 * Answers what Node's HTTP parser refuses before Fastify sees a request: a
 * request that did not arrive in time (408), headers that are too large
 * (431), or bytes that are not HTTP (400), in the API's error format.
 */
export function clientErrorAnswer(limits: ConnectionLimits) {
  const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
  return (error: Error & { code?: string }, socket: Socket): void => {
    // The client has gone: nobody is left to answer.
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const answer =
      error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? rawAnswer(
            408,
            'request_timeout',
            `the request did not arrive in time: headers within ${seconds(limits.headersTimeoutMs)}, ` +
              `the whole request within ${seconds(limits.requestTimeoutMs)}`,
          )
        : error.code === 'HPE_HEADER_OVERFLOW'
          ? rawAnswer(431, 'headers_too_large', 'the request headers are too large')
          : rawAnswer(400, 'invalid_request', 'the request is not valid HTTP/1.1');
    if (socket.writable) socket.end(answer);
    else socket.destroy();
  };
}

/**
 * Fastify's server options for these limits. Node checks the header and
 * request timeouts on a timer that runs every 30 s by default, so a slow
 * client could keep its connection up to 30 s past its deadline: the timer
 * here runs at a quarter of the header timeout, at most once a second.
 */
export function connectionOptions(limits: ConnectionLimits) {
  return {
    requestTimeout: limits.requestTimeoutMs,
    connectionTimeout: limits.connectionTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    http: {
      // Node checks headersTimeout <= requestTimeout when it creates the server, before Fastify sets requestTimeout.
      requestTimeout: limits.requestTimeoutMs,
      headersTimeout: limits.headersTimeoutMs,
      connectionsCheckingInterval: Math.min(1000, Math.max(50, Math.floor(limits.headersTimeoutMs / 4))),
    },
    clientErrorHandler: clientErrorAnswer(limits),
  };
}

/**
 * Refuses a connection from an address that already holds `max`: the socket
 * is destroyed before a byte of it is read, so one client cannot take every
 * connection the server has (slow requests, idle keep-alive). Counted per
 * socket address: behind a reverse proxy (TRUST_PROXY) that is the proxy,
 * so there the limit must cover all the proxy's connections, or be 0 (off).
 * Each address is logged once until all its connections have closed, so an
 * attack cannot flood the log.
 */
export function limitConnectionsPerAddress(server: Server, max: number, log: FastifyBaseLogger): void {
  if (max <= 0) return;
  const open = new Map<string, number>();
  const reported = new Set<string>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress;
    // No address: the socket closed before this listener ran.
    if (address === undefined) return;
    const count = open.get(address) ?? 0;
    if (count >= max) {
      if (!reported.has(address)) {
        reported.add(address);
        log.warn({ remoteAddress: address, max }, 'refusing connections beyond the limit per address');
      }
      socket.destroy();
      return;
    }
    open.set(address, count + 1);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) {
        open.set(address, left);
      } else {
        open.delete(address);
        reported.delete(address);
      }
    });
  });
}
