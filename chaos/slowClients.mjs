#!/usr/bin/env node
// Slow clients (issue 9, point 6): connections that trickle a request must be
// timed out, one address must not hold every connection, and the health check
// must stay fast for everybody else meanwhile. Against the built server:
//   - 100 connections from 127.0.0.1 that send an authenticated sync push's
//     headers, then its body at 1 byte every 10 s;
//   - 20 connections from 127.0.0.3 that send their headers at 1 byte every 5 s;
//   - a health check every 500 ms from 127.0.0.2 (another client).
// After --wait seconds (45) it counts the trickling connections still open.
// Fails when any is, or when a health check failed or was slow.
//
//   node chaos/slowClients.mjs                         SQLite
//   node chaos/slowClients.mjs --postgres <admin url>  PostgreSQL (a database is made and dropped)
//   node chaos/slowClients.mjs --server <main.js>      another build (e.g. one from before a change)
import { request } from 'node:http';
import { connect } from 'node:net';
import { parseArgs } from 'node:util';
import { createPatient, DEFAULT_MAIN, sleep, startServer } from './server.mjs';

const { values: args } = parseArgs({
  options: {
    server: { type: 'string' },
    postgres: { type: 'string' },
    connections: { type: 'string' },
    wait: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (args.help) {
  console.log(
    'Usage: node chaos/slowClients.mjs [--postgres <url>] [--server <main.js>] [--connections 100] [--wait 45]',
  );
  process.exit(0);
}
const BODY_CONNECTIONS = Number(args.connections ?? 100);
const HEADER_CONNECTIONS = 20;
const WAIT_MS = Number(args.wait ?? 45) * 1000;
/** A health check slower than this counts as slow. */
const HEALTH_SLOW_MS = 500;

const server = await startServer({ main: args.server ?? DEFAULT_MAIN, postgresUrl: args.postgres });
const token = await createPatient(server.base);
const started = performance.now();

/**
 * @typedef {{ kind: 'body' | 'headers', openedAt: number, closedAt: number | null, status: number | null }} Trickle
 */

/**
 * One connection that sends `head` at once and then `rest` one byte at a time, every `everyMs`.
 * @param {'body' | 'headers'} kind
 * @param {string} localAddress
 * @param {string} head
 * @param {string} rest
 * @param {number} everyMs
 * @returns {{ state: Trickle, destroy(): void }}
 */
function trickle(kind, localAddress, head, rest, everyMs) {
  /** @type {Trickle} */
  const state = { kind, openedAt: performance.now(), closedAt: null, status: null };
  const socket = connect({ host: '127.0.0.1', port: server.port, localAddress });
  let sent = 0;
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  socket.on('connect', () => {
    socket.write(head);
    timer = setInterval(() => {
      if (sent < rest.length && socket.writable) socket.write(rest[sent++] ?? ' ');
    }, everyMs);
  });
  socket.on('data', (chunk) => {
    const match = /^HTTP\/1\.[01] (\d{3})/.exec(chunk.toString('latin1'));
    if (match && state.status === null) state.status = Number(match[1]);
  });
  // A reset is one way the server may close the connection: not an error here.
  socket.on('error', () => {});
  socket.on('close', () => {
    state.closedAt = performance.now();
    clearInterval(timer);
  });
  return {
    state,
    destroy() {
      clearInterval(timer);
      socket.destroy();
    },
  };
}

const body = JSON.stringify({ cursor: 0, changes: [] }).padEnd(1000, ' ');
const trickles = [];
for (let i = 0; i < BODY_CONNECTIONS; i++) {
  const head =
    `POST /api/v1/sync HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nAuthorization: Bearer ${token}\r\n` +
    `Content-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
  trickles.push(trickle('body', '127.0.0.1', head, body, 10_000));
}
for (let i = 0; i < HEADER_CONNECTIONS; i++) {
  trickles.push(
    trickle('headers', '127.0.0.3', 'GET /api/health HTTP/1.1\r\n', `X-Slow: ${'a'.repeat(200)}\r\n\r\n`, 5_000),
  );
}

/** Health checks from another client address, one at a time. */
const health = { ok: 0, failed: 0, slow: 0, latencies: /** @type {number[]} */ ([]) };
/** @returns {Promise<void>} */
function checkHealth() {
  const at = performance.now();
  return new Promise((done) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: '/api/health',
        localAddress: '127.0.0.2',
        agent: false,
        timeout: 5000,
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          const ms = performance.now() - at;
          health.latencies.push(ms);
          if (res.statusCode === 200) health.ok++;
          else health.failed++;
          if (ms > HEALTH_SLOW_MS) health.slow++;
          done();
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => {
      health.failed++;
      done();
    });
    req.end();
  });
}

while (performance.now() - started < WAIT_MS) {
  await checkHealth();
  await sleep(500);
}

const states = trickles.map((t) => t.state);
/** @param {'body' | 'headers'} kind */
function figures(kind) {
  const of = states.filter((s) => s.kind === kind);
  const closed = of.filter((s) => s.closedAt !== null);
  const refused = closed.filter((s) => s.status === null && (s.closedAt ?? 0) - s.openedAt < 2000);
  const timedOut = closed.filter((s) => s.status === 408);
  const seconds = closed
    .filter((s) => !refused.includes(s))
    .map((s) => ((s.closedAt ?? 0) - s.openedAt) / 1000)
    .sort((a, b) => a - b);
  const median = seconds.length > 0 ? seconds[Math.floor(seconds.length / 2)]?.toFixed(1) : '-';
  return {
    total: of.length,
    open: of.length - closed.length,
    refused: refused.length,
    timedOut: timedOut.length,
    median,
  };
}
const bodyFigures = figures('body');
const headerFigures = figures('headers');
const sorted = [...health.latencies].sort((a, b) => a - b);
/** @param {number} q */
const p = (q) => (sorted.length > 0 ? (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0) : 0);

console.log(`\nSlow clients against ${args.server ?? DEFAULT_MAIN} on ${args.postgres ? 'PostgreSQL' : 'SQLite'}`);
console.log(`  after ${(WAIT_MS / 1000).toFixed(0)} s:`);
/** @type {[string, ReturnType<typeof figures>][]} */
const rows = [
  ['body trickle (1 byte / 10 s) from 127.0.0.1', bodyFigures],
  ['header trickle (1 byte / 5 s) from 127.0.0.3', headerFigures],
];
for (const [title, f] of rows) {
  console.log(
    `    ${title}: ${f.open} of ${f.total} still open; ${f.refused} refused at once, ` +
      `${f.timedOut} answered 408; the others closed after ${f.median} s (median)`,
  );
}
console.log(
  `  health from 127.0.0.2 meanwhile: ${health.ok} ok, ${health.failed} failed, ${health.slow} slower than ${HEALTH_SLOW_MS} ms` +
    ` (p50 ${p(0.5).toFixed(1)} ms, p99 ${p(0.99).toFixed(1)} ms, max ${p(1).toFixed(1)} ms)`,
);

for (const t of trickles) t.destroy();
await server.stop();

const problems = [];
if (bodyFigures.open > 0) problems.push(`${bodyFigures.open} body-trickling connections are still open`);
if (headerFigures.open > 0) problems.push(`${headerFigures.open} header-trickling connections are still open`);
if (health.failed > 0) problems.push(`${health.failed} health checks failed`);
// One slow check in a hundred is the noise of a shared machine; more is the server.
if (health.slow > Math.max(1, health.latencies.length / 100)) problems.push(`${health.slow} health checks were slow`);
if (problems.length > 0) {
  console.error(`FAIL: ${problems.join('; ')}`);
  process.exit(1);
}
console.log('ok');
