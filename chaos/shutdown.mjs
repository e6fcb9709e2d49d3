#!/usr/bin/env node
// Graceful shutdown (issue 9, point 9), against the built server, in two runs:
//   1. drain: when SIGTERM arrives there are 20 idle keep-alive connections,
//      16 sync pushes in flight on keep-alive connections (headers and half the
//      body sent; the rest follows 300 ms later), and 16 pushes on connections
//      opened just before the signal. Every push must get its answer, the idle
//      connections must be closed at once, and the server must exit by itself,
//      well before its deadline.
//   2. deadline: one push stalls half-way for good; the server must still exit
//      soon after its shutdown deadline (SHUTDOWN_TIMEOUT_MS, default 5 s).
// Each server that has not exited 20 s after SIGTERM is killed and the run fails.
//
//   node chaos/shutdown.mjs                         SQLite
//   node chaos/shutdown.mjs --postgres <admin url>  PostgreSQL (a database is made and dropped)
//   node chaos/shutdown.mjs --server <main.js>      another build (e.g. one from before a change)
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { parseArgs } from 'node:util';
import { createPatient, DEFAULT_MAIN, sleep, startServer } from './server.mjs';

const { values: args } = parseArgs({
  options: {
    server: { type: 'string' },
    postgres: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (args.help) {
  console.log('Usage: node chaos/shutdown.mjs [--postgres <url>] [--server <main.js>]');
  process.exit(0);
}
const main = args.server ?? DEFAULT_MAIN;
const IDLE = 20;
const IN_FLIGHT = 16;
const KILL_AFTER_MS = 20_000;
/** Phase 1 gives the server a long deadline, so an exit before it shows that draining finished by itself. */
const DRAIN_DEADLINE_MS = 10_000;
const DRAIN_EXIT_BUDGET_MS = 5_000;
/** Phase 2 uses the default deadline (5 s) and allows 3 s more to close the database and exit. */
const DEFAULT_DEADLINE_MS = 5_000;
const DEADLINE_EXIT_BUDGET_MS = DEFAULT_DEADLINE_MS + 3_000;

const BODY = JSON.stringify({ cursor: 0, changes: [] });

/**
 * An idle keep-alive connection: one health check, then nothing.
 * @param {number} port
 * @returns {Promise<{ closedAt(): number | null, destroy(): void }>}
 */
function idleConnection(port) {
  return new Promise((done, reject) => {
    /** @type {number | null} */
    let closedAt = null;
    const socket = connect({ host: '127.0.0.1', port });
    socket.on('error', () => {});
    socket.on('close', () => {
      closedAt = performance.now();
    });
    socket.once('data', () => done({ closedAt: () => closedAt, destroy: () => socket.destroy() }));
    socket.on('connect', () => socket.write(`GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`));
    setTimeout(() => reject(new Error('an idle connection got no answer')), 5000).unref();
  });
}

/**
 * A sync push whose headers and first half of the body go out now; `finish` sends the rest.
 * @param {number} port
 * @param {string} token
 */
function pushInFlight(port, token) {
  const state = {
    /** @type {number | null} */ status: null,
    /** @type {string | null} */ error: null,
    /** @type {number | null} */ socketClosedAt: null,
    /** @type {number | null} */ answeredAt: null,
  };
  const req = request({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path: '/api/v1/sync',
    agent: new Agent({ keepAlive: true, maxSockets: 1 }),
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'content-length': String(BODY.length),
    },
  });
  req.on('socket', (socket) =>
    socket.on('close', () => {
      state.socketClosedAt = performance.now();
    }),
  );
  /** @type {Promise<void>} */
  const answered = new Promise((done) => {
    req.on('response', (res) => {
      state.status = res.statusCode ?? null;
      res.resume();
      res.on('end', () => {
        state.answeredAt = performance.now();
        done();
      });
    });
    req.on('error', (error) => {
      state.error = /** @type {NodeJS.ErrnoException} */ (error).code ?? error.message;
      done();
    });
  });
  req.flushHeaders();
  req.write(BODY.slice(0, BODY.length / 2));
  return {
    state,
    answered,
    finish: () => req.end(BODY.slice(BODY.length / 2)),
    destroy: () => req.destroy(),
  };
}

/**
 * A whole sync push on a new connection, written as soon as it connects.
 * @param {number} port
 * @param {string} token
 */
function pushOnNewConnection(port, token) {
  const state = { status: /** @type {number | null} */ (null), error: /** @type {string | null} */ (null) };
  const socket = connect({ host: '127.0.0.1', port });
  socket.on('connect', () =>
    socket.write(
      `POST /api/v1/sync HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${token}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${BODY.length}\r\n\r\n${BODY}`,
    ),
  );
  /** @type {Promise<void>} */
  const answered = new Promise((done) => {
    socket.once('data', (chunk) => {
      const match = /^HTTP\/1\.1 (\d{3})/.exec(chunk.toString('latin1'));
      state.status = match ? Number(match[1]) : null;
      done();
    });
    socket.on('error', (error) => {
      state.error = /** @type {NodeJS.ErrnoException} */ (error).code ?? error.message;
      done();
    });
    socket.on('close', () => done());
  });
  return { state, answered, destroy: () => socket.destroy() };
}

/**
 * @param {{ state: { status: number | null, error: string | null } }[]} requests
 * @returns {string}
 */
function outcomes(requests) {
  const counts = new Map();
  for (const { state } of requests) {
    const key = state.status !== null ? String(state.status) : (state.error ?? 'no answer');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => `${key}: ${n}`).join(', ');
}

/**
 * Waits for the server to exit after `signalAt`, up to {@link KILL_AFTER_MS}.
 * @param {import('./server.mjs').Server} server
 * @param {number} signalAt
 */
async function exitAfter(server, signalAt) {
  const exit = await Promise.race([server.exit, sleep(KILL_AFTER_MS).then(() => null)]);
  if (exit === null) {
    await server.stop();
    return { ms: null, code: null };
  }
  return { ms: exit.at - signalAt, code: exit.code };
}

/** @param {number | null} ms */
const seconds = (ms) =>
  ms === null ? `still running after ${KILL_AFTER_MS / 1000} s (killed)` : `${(ms / 1000).toFixed(2)} s`;

const database = args.postgres ? 'PostgreSQL' : 'SQLite';
const problems = [];

// 1. Drain.
{
  const server = await startServer({
    main,
    postgresUrl: args.postgres,
    env: { SHUTDOWN_TIMEOUT_MS: String(DRAIN_DEADLINE_MS) },
  });
  const token = await createPatient(server.base);
  const idle = await Promise.all(Array.from({ length: IDLE }, () => idleConnection(server.port)));
  const pushes = Array.from({ length: IN_FLIGHT }, () => pushInFlight(server.port, token));
  // Long enough for the server to have read every push's headers.
  await sleep(500);
  const fresh = Array.from({ length: IN_FLIGHT }, () => pushOnNewConnection(server.port, token));
  const signalAt = server.signal('SIGTERM');
  await sleep(300);
  for (const push of pushes) push.finish();
  await Promise.race([Promise.all([...pushes, ...fresh].map((p) => p.answered)), sleep(KILL_AFTER_MS)]);
  const exit = await exitAfter(server, signalAt);
  await server.stop();

  const answered = pushes.filter((p) => p.state.status === 200).length;
  const freshAnswered = fresh.filter((p) => p.state.status === 200).length;
  const idleClosed = idle.filter((c) => {
    const at = c.closedAt();
    return at !== null && at - signalAt < 1000;
  }).length;
  const pushSocketsClosed = pushes.filter(
    ({ state }) =>
      state.socketClosedAt !== null && state.answeredAt !== null && state.socketClosedAt - state.answeredAt < 1000,
  ).length;
  for (const c of idle) c.destroy();
  for (const p of [...pushes, ...fresh]) p.destroy();

  console.log(`\nShutdown against ${main} on ${database}`);
  console.log(
    `  1. SIGTERM with ${IDLE} idle keep-alive connections, ${IN_FLIGHT} pushes half-sent and ${IN_FLIGHT} just sent:`,
  );
  console.log(`     exit after ${seconds(exit.ms)}, exit code ${exit.code ?? '-'}`);
  console.log(`     half-sent pushes answered 200: ${answered} of ${IN_FLIGHT} (${outcomes(pushes)})`);
  console.log(
    `     pushes sent on new connections just before SIGTERM answered 200: ${freshAnswered} of ${IN_FLIGHT} (${outcomes(fresh)})`,
  );
  console.log(`     idle keep-alive connections closed within 1 s: ${idleClosed} of ${IDLE}`);
  console.log(
    `     half-sent pushes' connections closed within 1 s of their answer: ${pushSocketsClosed} of ${IN_FLIGHT}`,
  );
  if (answered < IN_FLIGHT) problems.push(`only ${answered} of ${IN_FLIGHT} half-sent pushes got their answer`);
  if (freshAnswered < IN_FLIGHT)
    problems.push(`only ${freshAnswered} of ${IN_FLIGHT} just-sent pushes got their answer`);
  if (idleClosed < IDLE) problems.push(`only ${idleClosed} of ${IDLE} idle connections were closed within 1 s`);
  if (exit.ms === null || exit.ms > DRAIN_EXIT_BUDGET_MS) {
    problems.push(`draining took ${seconds(exit.ms)} (budget ${DRAIN_EXIT_BUDGET_MS / 1000} s)`);
  }
  if (exit.code !== 0) problems.push(`exit code after draining was ${exit.code ?? 'none'}, not 0`);
}

// 2. Deadline.
{
  const server = await startServer({ main, postgresUrl: args.postgres });
  const token = await createPatient(server.base);
  const stalled = pushInFlight(server.port, token);
  await sleep(500);
  const signalAt = server.signal('SIGTERM');
  const exit = await exitAfter(server, signalAt);
  await server.stop();
  await Promise.race([stalled.answered, sleep(1000)]);
  const closedAfter = stalled.state.socketClosedAt === null ? null : stalled.state.socketClosedAt - signalAt;
  stalled.destroy();

  console.log(`  2. SIGTERM with one push stalled half-way (default deadline ${DEFAULT_DEADLINE_MS / 1000} s):`);
  console.log(`     exit after ${seconds(exit.ms)}, exit code ${exit.code ?? '-'}`);
  console.log(
    `     the stalled connection was closed ${closedAfter === null ? 'never' : `after ${(closedAfter / 1000).toFixed(2)} s`}`,
  );
  if (exit.ms === null || exit.ms > DEADLINE_EXIT_BUDGET_MS) {
    problems.push(`with a stalled request, exit took ${seconds(exit.ms)} (budget ${DEADLINE_EXIT_BUDGET_MS / 1000} s)`);
  }
}

if (problems.length > 0) {
  console.error(`FAIL: ${problems.join('; ')}`);
  process.exit(1);
}
console.log('ok');
