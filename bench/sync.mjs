#!/usr/bin/env node
// Sync benchmark, measured in ONE run so the numbers compare (docs/architecture.md,
// "Budgets"): the built server on SQLite (synchronous=FULL) in a temp folder, or
// on PostgreSQL in a fresh database, then with autocannon
//   1. GET /api/health at full speed (the plain JSON baseline) and
//   2. POST /api/v1/sync pushing one day's check-in per request at full speed, taking turns in eight rounds,
//   3. POST /api/v1/sync at a fixed 1,000 req/s for the p99 budget,
// the sync/health ratio, the server's CPU time per request of each, the cold start, and the home page's JS + CSS
// gzip size.
//
//   node bench/sync.mjs                                  SQLite
//   node bench/sync.mjs --postgres postgres://…/postgres  PostgreSQL too (a database is made and dropped)
//   node bench/sync.mjs --baseline old/dist/main.js       also an older build, in the same run: before/after
//   node bench/sync.mjs --server other/dist/main.js       another build than apps/server/dist
//
// Expects `npm run build`. Exits non-zero only when a server fails.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { calendarDayAt, uuidv7 } from '@veerkracht/core';
import autocannon from 'autocannon';
import { freePort, freshStore } from '../chaos/store.mjs';
import { BUDGET_BYTES, kb, measureHomePage, WEB_DIST } from './homePageSize.mjs';

const root = resolve(import.meta.dirname, '..');
const CONNECTIONS = 50;

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

const { values: args } = parseArgs({
  options: {
    postgres: { type: 'string' },
    baseline: { type: 'string' },
    server: { type: 'string' },
    seconds: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (args.help) {
  console.log(
    'Usage: node bench/sync.mjs [--postgres <url>] [--baseline <server main.js>] [--server <server main.js>] [--seconds <n>]',
  );
  process.exit(0);
}
const SECONDS = Number(args.seconds ?? process.env.BENCH_SECONDS ?? 8);
/** Turns health and sync take within their SECONDS each. */
const ROUNDS = 8;
const serverMain = args.server ? resolve(args.server) : join(root, 'apps', 'server', 'dist', 'main.js');
const baselineMain = args.baseline ? resolve(args.baseline) : undefined;

for (const main of [serverMain, baselineMain]) {
  if (main && !existsSync(main)) fail(`${main} is missing: run "npm run build" first.`);
}
if (!existsSync(join(WEB_DIST, 'index.html'))) {
  console.warn(`Note: ${WEB_DIST} is missing (run "npm run build"); the size check is skipped.`);
}

/** @typedef {{ title: string, rps: number, p50: number, p99: number, errors: number, cpuUsPerRequest: number, statuses: Record<string, number> }} Row */
/** @typedef {{ label: string, database: string, health: Row, syncMax: Row, syncRate: Row, coldStartMs: number }} Measurement */

/** Servers still running, stopped however the benchmark ends. */
const running = new Set();
process.on('exit', () => {
  for (const child of running) child.kill('SIGTERM');
});
process.on('SIGINT', () => process.exit(130));

/**
 * Starts `main` on a fresh store, measures health and sync, stops it.
 * @param {{ label: string, main: string, postgresUrl?: string | undefined }} target
 * @returns {Promise<Measurement>}
 */
async function measure({ label, main, postgresUrl }) {
  const database = postgresUrl ? 'PostgreSQL' : 'SQLite';
  const store = await freshStore(postgresUrl, 'bench');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const server = spawn(
    process.execPath,
    [...(process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean), main, 'serve'],
    {
      env: {
        ...process.env,
        ...store.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        // Request logs would measure pino, not the API; warnings and errors still show.
        LOG_LEVEL: 'warn',
        RATE_LIMIT_CREATE_PATIENT: '100000',
        // Each connection is one device syncing as fast as it can: far above a phone's few syncs a minute, so the
        // per-token bucket (issue 9) would answer 429 to almost everything and measure the refusal, not the sync.
        SYNC_BURST_PER_TOKEN: '1000000',
        SYNC_PER_SECOND_PER_TOKEN: '10000',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  running.add(server);
  /** @type {{ code: number | null, signal: string | null } | null} */
  let serverExit = null;
  server.on('exit', (code, signal) => {
    serverExit = { code, signal };
    running.delete(server);
  });

  try {
    const coldStartMs = await waitForHealth(base, started, () => serverExit);
    const tokens = await createPatients(base);
    const syncOptions = syncRequests(tokens);
    /** @type {Row[]} */
    let rows = [];
    try {
      // A short warm-up so the JIT has seen both routes before anything is measured.
      await run(base, 'warm-up', { duration: 1, requests: [{ method: 'GET', path: '/api/health' }] });
      await run(base, 'warm-up', { ...syncOptions, duration: 1 });
      // Health and sync take turns in short rounds: this machine's speed drifts by a third within a minute (other
      // virtual machines share its cores), and one long run of each would measure the drift as much as the routes.
      const health = [];
      const syncMax = [];
      for (let round = 0; round < ROUNDS; round++) {
        health.push(await run(base, 'GET /api/health', HEALTH_REQUESTS, server.pid, SECONDS / ROUNDS));
        syncMax.push(await run(base, 'POST /api/v1/sync (max)', syncOptions, server.pid, SECONDS / ROUNDS));
      }
      rows = [
        combine(health),
        combine(syncMax),
        // Ten connections of 100 req/s each: fifty would fire in lock-step bursts of fifty, which is not how phones arrive.
        combine([
          await run(
            base,
            'POST /api/v1/sync @1000/s',
            { ...syncOptions, connections: 10, overallRate: 1000 },
            server.pid,
            SECONDS,
          ),
        ]),
      ];
    } catch (error) {
      fail(`autocannon failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (serverExit !== null) {
      fail(`the server stopped during the benchmark (${JSON.stringify(serverExit)}); did another process stop it?`);
    }
    // Every run ended with syncs cut off mid-way, as phones that lose coverage do: each device must still sync.
    const lockedOut = await devicesLockedOut(base, tokens);
    if (lockedOut > 0)
      fail(`${lockedOut} of ${tokens.length} devices cannot sync after the load (a sync slot was never given back)`);
    const [health, syncMax, syncRate] = rows;
    if (!health || !syncMax || !syncRate) fail('a benchmark run is missing');
    return { label, database, health, syncMax, syncRate, coldStartMs };
  } finally {
    // Let the server shut down cleanly (SQLite checkpoints the WAL) before its data goes.
    if (serverExit === null) {
      server.kill('SIGTERM');
      await new Promise((done) => {
        server.once('exit', () => done(undefined));
        setTimeout(() => done(undefined), 5000).unref();
      });
    }
    await store.remove();
  }
}

/**
 * @param {string} base
 * @param {number} started
 * @param {() => unknown} exited
 */
async function waitForHealth(base, started, exited) {
  for (let i = 0; i < 300; i++) {
    if (exited() !== null) fail(`the server exited during start-up (${JSON.stringify(exited())})`);
    const response = await fetch(`${base}/api/health`).catch(() => null);
    if (response?.ok) return performance.now() - started;
    await new Promise((r) => setTimeout(r, 20));
  }
  fail('the server did not become healthy within 6 s');
}

/**
 * One quiet sync per device after the load; how many were refused.
 * @param {string} base
 * @param {string[]} tokens
 */
async function devicesLockedOut(base, tokens) {
  await new Promise((settle) => setTimeout(settle, 500));
  let refused = 0;
  for (const token of tokens) {
    const response = await fetch(`${base}/api/v1/sync`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ cursor: 0, changes: [] }),
    });
    await response.arrayBuffer();
    if (response.status !== 200) refused += 1;
  }
  return refused;
}

/**
 * One patient per connection: each request is one device syncing its own day.
 * @param {string} base
 */
async function createPatients(base) {
  /** @type {string[]} */
  const tokens = [];
  for (let i = 0; i < CONNECTIONS; i++) {
    const response = await fetch(`${base}/api/v1/patients`, { method: 'POST' });
    if (response.status !== 201) fail(`creating a patient answered ${response.status}`);
    tokens.push((await response.json()).token);
  }
  return tokens;
}

/**
 * The sync requests for autocannon. The load generator shares the 2 cores with
 * the server, so requests are made cheaply: ids from a counter, the day and
 * clock text cached per tick.
 * @param {string[]} tokens
 * @returns {Partial<import('autocannon').Options>}
 */
function syncRequests(tokens) {
  const node = 'beec0000beec0000';
  const idPrefix = uuidv7(Date.now(), new Uint8Array(10)).slice(0, 24);
  let counter = 0;
  let nextPatient = 0;
  const cursors = new Array(tokens.length).fill(0);
  let lastMs = 0;
  let lastDay = '';
  let lastIso = '';

  /**
   * @param {import('autocannon').Request} request
   * @param {object} context
   * @returns {import('autocannon').Request}
   */
  function syncRequest(request, context) {
    const now = Date.now();
    if (now !== lastMs) {
      lastMs = now;
      lastIso = new Date(now).toISOString();
      lastDay = calendarDayAt(new Date(now));
    }
    // autocannon gives each connection its own context: one connection is one device, one request at a time, as
    // the per-token concurrency limit expects.
    const device = /** @type {{ patient?: number }} */ (context);
    device.patient ??= nextPatient++ % tokens.length;
    const patient = device.patient;
    counter++;
    const id = `${idPrefix}${counter.toString(16).padStart(12, '0')}`;
    const hlc = `${lastIso}-${(counter % 0xffff).toString(16).padStart(4, '0')}-${node}`;
    const day = `{"date":"${lastDay}","pain":${counter % 11},"sleepHours":7.5,"stress":3}`;
    return {
      ...request,
      headers: { ...request.headers, authorization: `Bearer ${tokens[patient]}` },
      body: `{"cursor":${cursors[patient]},"changes":[{"id":"${id}","type":"checkin","hlc":"${hlc}","deleted":false,"data":${day}}]}`,
    };
  }

  /**
   * @param {number} status
   * @param {string} body
   * @param {object} context
   */
  function onSyncResponse(status, body, context) {
    if (status === 200)
      cursors[/** @type {{ patient: number }} */ (context).patient] = Number(/"cursor":(\d+)/.exec(body)?.[1] ?? 0);
  }

  return {
    requests: [
      {
        method: 'POST',
        path: '/api/v1/sync',
        headers: { 'content-type': 'application/json' },
        setupRequest: syncRequest,
        onResponse: onSyncResponse,
      },
    ],
  };
}

/** @typedef {{ title: string, result: import('autocannon').Result, cpuMs: number }} Round */

const HEALTH_REQUESTS = { requests: [{ method: /** @type {const} */ ('GET'), path: '/api/health' }] };

/**
 * The CPU time (user + system, ms) a process has used so far, from /proc (Linux); `NaN` elsewhere. Per request it
 * says what a route costs the server whatever else the machine is doing, where throughput also measures the machine.
 * @param {number | undefined} pid
 */
function cpuMsOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // Fields 14 and 15 of stat (utime, stime) in clock ticks of 10 ms; after "comm) " they are the 12th and 13th.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/**
 * @param {string} base
 * @param {string} title
 * @param {Partial<import('autocannon').Options>} options
 * @param {number} [pid] the server's process, for its CPU time
 * @param {number} [seconds]
 * @returns {Promise<Round>}
 */
function run(base, title, options, pid, seconds = 1) {
  const cpuBefore = cpuMsOf(pid);
  return new Promise((done, reject) => {
    autocannon({ url: base, connections: CONNECTIONS, duration: seconds, ...options }, (error, result) => {
      if (error) reject(error);
      else done({ title, result, cpuMs: cpuMsOf(pid) - cpuBefore });
    });
  });
}

/**
 * Rounds of one route as one row: requests over the rounds' time, the median p50, the worst p99.
 * @param {Round[]} rounds
 * @returns {Row}
 */
function combine(rounds) {
  const total = rounds.reduce((sum, r) => sum + r.result.requests.total, 0);
  // The time autocannon ran, not the time asked for (it rounds short runs up to whole seconds).
  const seconds = rounds.reduce((sum, r) => sum + r.result.duration, 0);
  /** @type {Record<string, number>} */
  const statuses = {};
  for (const round of rounds)
    for (const [code, stat] of Object.entries(round.result.statusCodeStats ?? {}))
      statuses[code] = (statuses[code] ?? 0) + /** @type {{ count: number }} */ (stat).count;
  const cpuMs = rounds.reduce((sum, r) => sum + r.cpuMs, 0);
  const p50s = rounds.map((r) => r.result.latency.p50).sort((a, b) => a - b);
  return {
    title: rounds[0]?.title ?? '',
    rps: total / seconds,
    p50: p50s[Math.floor(p50s.length / 2)] ?? 0,
    p99: Math.max(...rounds.map((r) => r.result.latency.p99)),
    errors: rounds.reduce((sum, r) => sum + r.result.errors + r.result.timeouts + r.result.non2xx, 0),
    cpuUsPerRequest: total > 0 ? (cpuMs * 1000) / total : Number.NaN,
    statuses,
  };
}

/** @type {{ label: string, main: string, postgresUrl?: string | undefined }[]} */
const targets = [];
for (const postgresUrl of [undefined, ...(args.postgres ? [args.postgres] : [])]) {
  if (baselineMain) targets.push({ label: 'before', main: baselineMain, postgresUrl });
  targets.push({ label: baselineMain ? 'after' : 'this build', main: serverMain, postgresUrl });
}

/** @type {Measurement[]} */
const results = [];
for (const target of targets) {
  console.log(`Measuring ${target.label} on ${target.postgresUrl ? 'PostgreSQL' : 'SQLite'} …`);
  results.push(await measure(target));
}

const pad = (/** @type {unknown} */ value, /** @type {number} */ width) => String(value).padStart(width);
const verdict = (/** @type {boolean} */ ok) => (ok ? 'ok' : 'OVER BUDGET');
console.log(
  `\nVeerkracht sync benchmark (SQLite synchronous=FULL; ${SECONDS} s per run; ${CONNECTIONS} connections, 10 at 1,000/s)\n`,
);
for (const m of results) {
  console.log(`${m.database}, ${m.label}`);
  console.log(
    `  ${'run'.padEnd(28)}${pad('req/s', 10)}${pad('p50 ms', 9)}${pad('p99 ms', 9)}${pad('errors', 8)}${pad('server CPU µs/req', 19)}`,
  );
  for (const row of [m.health, m.syncMax, m.syncRate]) {
    console.log(
      `  ${row.title.padEnd(28)}${pad(Math.round(row.rps), 10)}${pad(row.p50, 9)}${pad(row.p99, 9)}${pad(row.errors, 8)}${pad(Math.round(row.cpuUsPerRequest), 19)}`,
    );
    if (row.errors > 0) console.log(`    answers by status: ${JSON.stringify(row.statuses)}`);
  }
}

console.log(
  `\n${'database'.padEnd(12)}${'build'.padEnd(12)}${pad('health/s', 10)}${pad('sync/s', 9)}${pad('sync/health', 13)}${pad('p99 @1000/s', 13)}${pad('cold start', 12)}${pad('CPU health:sync', 17)}`,
);
for (const m of results) {
  const ratio = m.syncMax.rps / m.health.rps;
  console.log(
    `${m.database.padEnd(12)}${m.label.padEnd(12)}${pad(Math.round(m.health.rps), 10)}${pad(Math.round(m.syncMax.rps), 9)}${pad(`${(ratio * 100).toFixed(0)}%`, 13)}${pad(`${m.syncRate.p99} ms`, 13)}${pad(`${Math.round(m.coldStartMs)} ms`, 12)}${pad(`${((m.health.cpuUsPerRequest / m.syncMax.cpuUsPerRequest) * 100).toFixed(0)}%`, 17)}`,
  );
}
console.log('');

// The budgets are for this build on SQLite (docs/architecture.md, "Budgets"); PostgreSQL is reported.
const sqlite = results.find((m) => m.database === 'SQLite' && m.label !== 'before');
if (sqlite) {
  const ratio = sqlite.syncMax.rps / sqlite.health.rps;
  console.log(
    `sync/health throughput ratio   ${(ratio * 100).toFixed(0)}%   (budget >= 50%: ${verdict(ratio >= 0.5)})`,
  );
  console.log(
    `sync p99 at 1,000 req/s        ${sqlite.syncRate.p99} ms   (budget <= 25 ms: ${verdict(sqlite.syncRate.p99 <= 25)})`,
  );
  console.log(
    `cold start to healthy          ${Math.round(sqlite.coldStartMs)} ms   (budget <= 2000 ms: ${verdict(sqlite.coldStartMs <= 2000)})`,
  );
}
const size = measureHomePage();
if (size) {
  const over = size.totalGzip > BUDGET_BYTES;
  console.log(
    `home page JS+CSS gzip -9       ${kb(size.totalGzip)}   (budget <= ${kb(BUDGET_BYTES)}: ${verdict(!over)}; ${size.files.length} files)`,
  );
} else {
  console.log('home page JS+CSS gzip -9       skipped: apps/web/dist is missing (run "npm run build")');
}
const failedRequests = results.reduce((sum, m) => sum + m.health.errors + m.syncMax.errors + m.syncRate.errors, 0);
if (failedRequests > 0) fail(`${failedRequests} requests failed or timed out`);
