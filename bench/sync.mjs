#!/usr/bin/env node
// Sync benchmark, measured in ONE run so the numbers compare (docs/architecture.md,
// "Budgets"): the built server on SQLite (synchronous=FULL) in a temp folder,
// then with autocannon
//   1. GET /api/health at full speed (the plain JSON baseline),
//   2. POST /api/v1/sync pushing one day's check-in per request at full speed,
//   3. POST /api/v1/sync at a fixed 1,000 req/s for the p99 budget,
// the sync/health ratio, the cold start, and the home page's JS + CSS gzip size.
// Expects `npm run build`. Exits non-zero only when the server fails.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { calendarDayAt, uuidv7 } from '@veerkracht/core';
import autocannon from 'autocannon';
import { BUDGET_BYTES, kb, measureHomePage, WEB_DIST } from './homePageSize.mjs';

const root = resolve(import.meta.dirname, '..');
const serverMain = join(root, 'apps', 'server', 'dist', 'main.js');
const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

if (!existsSync(serverMain)) fail(`${serverMain} is missing: run "npm run build" first.`);
if (!existsSync(join(WEB_DIST, 'index.html'))) {
  console.warn(`Note: ${WEB_DIST} is missing (run "npm run build"); the size check is skipped.`);
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((done, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'veerkracht-bench-'));
const started = performance.now();
const server = spawn(
  process.execPath,
  [...(process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean), serverMain, 'serve'],
  {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      // Request logs would measure pino, not the API; warnings and errors still show.
      LOG_LEVEL: 'warn',
      RATE_LIMIT_CREATE_PATIENT: '100000',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  },
);
/** @type {{ code: number | null, signal: string | null } | null} */
let serverExit = null;
server.on('exit', (code, signal) => {
  serverExit = { code, signal };
});

function stopServer() {
  if (serverExit === null) server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
// However the benchmark ends (done, failed, interrupted), the server stops and its data folder goes.
process.on('exit', stopServer);
process.on('SIGINT', () => process.exit(130));

async function waitForHealth() {
  for (let i = 0; i < 300; i++) {
    if (serverExit !== null) fail(`the server exited during start-up (${JSON.stringify(serverExit)})`);
    const response = await fetch(`${base}/api/health`).catch(() => null);
    if (response?.ok) return performance.now() - started;
    await new Promise((r) => setTimeout(r, 20));
  }
  fail('the server did not become healthy within 6 s');
}

const coldStartMs = await waitForHealth();

// One patient per connection: each request is one device syncing its own day.
/** @type {string[]} */
const tokens = [];
for (let i = 0; i < CONNECTIONS; i++) {
  const response = await fetch(`${base}/api/v1/patients`, { method: 'POST' });
  if (response.status !== 201) fail(`creating a patient answered ${response.status}`);
  tokens.push((await response.json()).token);
}

// The load generator shares the 2 cores with the server, so requests are
// made cheaply: ids from a counter, the day and clock text cached per tick.
const node = 'beec0000beec0000';
const idPrefix = uuidv7(Date.now(), new Uint8Array(10)).slice(0, 24);
let counter = 0;
let nextPatient = 0;
const cursors = new Array(CONNECTIONS).fill(0);
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
  const patient = nextPatient++ % CONNECTIONS;
  /** @type {{ patient?: number }} */ (context).patient = patient;
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

/**
 * @param {string} title
 * @param {Partial<import('autocannon').Options>} options
 * @returns {Promise<{ title: string, result: import('autocannon').Result }>}
 */
function run(title, options) {
  return new Promise((done, reject) => {
    autocannon({ url: base, connections: CONNECTIONS, duration: SECONDS, ...options }, (error, result) => {
      if (error) reject(error);
      else done({ title, result });
    });
  });
}

/** @type {Partial<import('autocannon').Options>} */
const syncOptions = {
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

/** @type {{ title: string, result: import('autocannon').Result }[]} */
let runs = [];
try {
  // A short warm-up so the JIT has seen both routes before anything is measured.
  await run('warm-up', { duration: 1, requests: [{ method: 'GET', path: '/api/health' }] });
  await run('warm-up', { ...syncOptions, duration: 1 });
  runs = [
    await run('GET /api/health', { requests: [{ method: 'GET', path: '/api/health' }] }),
    await run('POST /api/v1/sync (max)', syncOptions),
    // Ten connections of 100 req/s each: fifty would fire in lock-step bursts of fifty, which is not how phones arrive.
    await run('POST /api/v1/sync @1000/s', { ...syncOptions, connections: 10, overallRate: 1000 }),
  ];
} catch (error) {
  fail(`autocannon failed: ${error instanceof Error ? error.message : String(error)}`);
}
if (serverExit !== null) {
  fail(`the server stopped during the benchmark (${JSON.stringify(serverExit)}); did another process stop it?`);
}
// Let the server shut down cleanly (it checkpoints the WAL) before its folder is removed.
server.kill('SIGTERM');
await new Promise((done) => {
  if (serverExit !== null) done(undefined);
  server.once('exit', () => done(undefined));
  setTimeout(() => done(undefined), 5000).unref();
});
stopServer();

const rows = runs.map(({ title, result }) => ({
  title,
  rps: result.requests.average,
  p50: result.latency.p50,
  p99: result.latency.p99,
  errors: result.errors + result.timeouts + result.non2xx,
}));
const [health, syncMax, syncRate] = rows;
if (!health || !syncMax || !syncRate) fail('a benchmark run is missing');
const ratio = syncMax.rps / health.rps;

const pad = (/** @type {unknown} */ value, /** @type {number} */ width) => String(value).padStart(width);
console.log(
  `\nVeerkracht sync benchmark (SQLite, synchronous=FULL; ${SECONDS} s per run; ${CONNECTIONS} connections, 10 at 1,000/s)\n`,
);
console.log(`${'run'.padEnd(28)}${pad('req/s', 10)}${pad('p50 ms', 9)}${pad('p99 ms', 9)}${pad('errors', 8)}`);
for (const row of rows) {
  console.log(
    `${row.title.padEnd(28)}${pad(Math.round(row.rps), 10)}${pad(row.p50, 9)}${pad(row.p99, 9)}${pad(row.errors, 8)}`,
  );
}
console.log('');
const verdict = (/** @type {boolean} */ ok) => (ok ? 'ok' : 'OVER BUDGET');
console.log(`sync/health throughput ratio   ${(ratio * 100).toFixed(0)}%   (budget >= 50%: ${verdict(ratio >= 0.5)})`);
console.log(`sync p99 at 1,000 req/s        ${syncRate.p99} ms   (budget <= 25 ms: ${verdict(syncRate.p99 <= 25)})`);
console.log(
  `cold start to healthy          ${Math.round(coldStartMs)} ms   (budget <= 2000 ms: ${verdict(coldStartMs <= 2000)})`,
);
const size = measureHomePage();
if (size) {
  const over = size.totalGzip > BUDGET_BYTES;
  console.log(
    `home page JS+CSS gzip -9       ${kb(size.totalGzip)}   (budget <= ${kb(BUDGET_BYTES)}: ${verdict(!over)}; ${size.files.length} files)`,
  );
} else {
  console.log('home page JS+CSS gzip -9       skipped: apps/web/dist is missing (run "npm run build")');
}
const failedRequests = rows.reduce((sum, row) => sum + row.errors, 0);
if (failedRequests > 0) fail(`${failedRequests} requests failed or timed out`);
