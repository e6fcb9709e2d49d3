#!/usr/bin/env node
// Database faults under load (issue 9, points 1-4): the built server must
// answer 503 with Retry-After (or 429 for a flooding token), never 500, never
// die, recover by itself, and lose nothing it acknowledged.
//
//   node chaos/databaseFaults.mjs [--only pg-restart,pg-cut,sqlite-full,sqlite-lock,token-flood]
//
// Needs `npm run build`. PostgreSQL scenarios start their own throwaway
// cluster (Debian's postgresql binaries; as root the cluster runs as the
// postgres user). The full-disk scenario mounts a small tmpfs, which needs
// root; without it that scenario is skipped and says so. Load stays on
// 127.0.0.1 and every scenario stops by itself. Prints one line of figures
// per scenario and exits 1 if a rule was broken.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { calendarDayAt, formatHlc, uuidv7 } from '@veerkracht/core';
import pg from 'pg';
import { findPostgresBin, startPostgresCluster } from '../scripts/postgresCluster.mjs';
import { createPatient, DEFAULT_MAIN, fail, freePort, root, sleep, startServer } from './server.mjs';

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    main: { type: 'string', default: DEFAULT_MAIN },
  },
});
const SCENARIOS = ['pg-restart', 'pg-cut', 'sqlite-full', 'sqlite-lock', 'token-flood'];
const chosen = args.only ? args.only.split(',') : SCENARIOS;
for (const name of chosen) if (!SCENARIOS.includes(name)) fail(`unknown scenario ${name}; pick from ${SCENARIOS}`);
const isRoot = process.getuid?.() === 0;
/** The faults are expected here: their warnings would bury the figures. */
const QUIET = { LOG_LEVEL: 'error' };
let broken = 0;

/** @param {string} scenario @param {boolean} ok @param {string} rule */
function check(scenario, ok, rule) {
  if (!ok) {
    broken++;
    console.log(`  ✗ ${scenario}: ${rule}`);
  }
}

// ---- PostgreSQL cluster of our own --------------------------------------

/** A cluster of this script's own, to crash and restart (the test command's helper). */
async function startCluster() {
  const bin = findPostgresBin();
  if (!bin) fail('PostgreSQL binaries not found under /usr/lib/postgresql (apt-get install postgresql)');
  return startPostgresCluster({ bin, port: await freePort(), prefix: 'veerkracht-chaos-pg-' });
}

/** @param {string} url @param {string} text @param {unknown[]} [values] */
async function adminQuery(url, text, values = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

// ---- Load ---------------------------------------------------------------

const NODE = '00000000000c4a05';
let counter = 0;

/**
 * `count` new check-ins with unique ids; `noteLength` pads each to take room.
 * @param {number} count @param {number} [noteLength]
 */
function changes(count, noteLength = 0) {
  const now = Date.now();
  const date = calendarDayAt(new Date(now));
  return Array.from({ length: count }, () => {
    counter++;
    return {
      id: uuidv7(now, randomBytes(10)),
      type: 'checkin',
      hlc: formatHlc({ millis: now, counter: counter % 0xffff, node: NODE }),
      deleted: false,
      data: noteLength > 0 ? { date, pain: 3, note: 'x'.repeat(noteLength) } : { date, pain: 3 },
    };
  });
}

/** @param {string} base @param {string} token @param {unknown} body */
async function sync(base, token, body) {
  const started = performance.now();
  try {
    const response = await fetch(`${base}/api/v1/sync`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
    const text = await response.text();
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      error: response.status === 200 ? null : safeJson(text)?.error,
      ms: performance.now() - started,
    };
  } catch {
    return { status: 0, retryAfter: null, error: 'network', ms: performance.now() - started };
  }
}

/** @param {string} text */
function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Sync loops, one per entry of `tokens`, pushing `size` new changes each, until
 * `until()` says stop. Returns every status seen and the ids the server
 * acknowledged (200).
 * @param {string} base @param {string[]} tokens @param {number} size
 * @param {() => boolean} until @param {number} [noteLength]
 */
async function syncLoops(base, tokens, size, until, noteLength = 0) {
  const statuses = new Map();
  const errors = new Map();
  /** @type {string[]} */
  const acknowledged = [];
  let missingRetryAfter = 0;
  await Promise.all(
    tokens.map(async (token) => {
      while (!until()) {
        const batch = changes(size, noteLength);
        const answer = await sync(base, token, { cursor: 0, changes: batch });
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        if (answer.error) errors.set(answer.error, (errors.get(answer.error) ?? 0) + 1);
        if ((answer.status === 503 || answer.status === 429) && !answer.retryAfter) missingRetryAfter++;
        if (answer.status === 200) {
          for (const change of batch) acknowledged.push(change.id);
        } else {
          await sleep(answer.status === 0 ? 200 : 100);
        }
      }
    }),
  );
  return { statuses, errors, acknowledged, missingRetryAfter };
}

/**
 * Every record id stored for the patient of `token` (pulled page by page).
 * @param {string} base @param {string} token
 */
async function pulledIds(base, token) {
  const ids = new Set();
  let cursor = 0;
  for (let round = 0; round < 10_000; round++) {
    const response = await fetch(`${base}/api/v1/sync`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ cursor }),
    });
    if (response.status !== 200) {
      await sleep(200);
      continue;
    }
    const body = await response.json();
    for (const change of body.changes) ids.add(change.id);
    cursor = body.cursor;
    if (!body.more) return ids;
  }
  return ids;
}

/** @param {Map<number, number>} map */
const show = (map) =>
  [...map]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, n]) => `${key}×${n}`)
    .join(' ');

/**
 * Common end of a scenario: alive, no 500, Retry-After on every 503/429, nothing lost.
 * @param {string} name @param {import('./server.mjs').Server} server
 * @param {Awaited<ReturnType<typeof syncLoops>>} load @param {string[]} tokens
 */
async function verdict(name, server, load, tokens) {
  const alive = server.exited() === null;
  check(name, alive, `the server died (${JSON.stringify(server.exited())})`);
  check(name, !load.statuses.has(500), `${load.statuses.get(500)} answers were 500`);
  check(name, load.missingRetryAfter === 0, `${load.missingRetryAfter} 503/429 answers had no Retry-After`);
  let lost = 0;
  if (alive) {
    const stored = new Set();
    for (const token of tokens) for (const id of await pulledIds(server.base, token)) stored.add(id);
    lost = load.acknowledged.filter((id) => !stored.has(id)).length;
  }
  check(name, lost === 0, `${lost} acknowledged changes were lost`);
  return { alive, lost };
}

// ---- Scenarios ----------------------------------------------------------

/**
 * A cluster of its own, the built server on it and 8 sync loops; `fault`
 * runs meanwhile and returns its own figures. Then the loops stop and the
 * common rules are checked.
 * @template T
 * @param {string} name
 * @param {(cluster: ReturnType<typeof startPostgresCluster>, server: import('./server.mjs').Server) => Promise<T>} fault
 */
async function underPostgresLoad(name, fault) {
  const cluster = await startCluster();
  const server = await startServer({ main: args.main, postgresUrl: cluster.url, env: QUIET });
  try {
    const tokens = await Promise.all(Array.from({ length: 8 }, () => createPatient(server.base)));
    let stop = false;
    const loadRun = syncLoops(server.base, tokens, 50, () => stop);
    const figures = await fault(cluster, server);
    stop = true;
    const result = await loadRun;
    const { alive, lost } = await verdict(name, server, result, tokens);
    const summary =
      `answers ${show(result.statuses)}; codes ${show(result.errors)}; alive ${alive}; ` +
      `acknowledged ${result.acknowledged.length}, lost ${lost}`;
    return { figures, summary };
  } finally {
    await server.stop().catch(() => {});
    cluster.stop();
  }
}

/** @param {string} base @param {string} path */
const statusOf = async (base, path) => (await fetch(`${base}${path}`).catch(() => null))?.status ?? 0;

async function pgRestart() {
  const { figures, summary } = await underPostgresLoad('pg-restart', async (cluster, server) => {
    await sleep(2_000);
    cluster.crash();
    await sleep(3_000);
    const healthWhileDown = await statusOf(server.base, '/api/health');
    cluster.start();
    // The loops keep going and see 200 again once the pool reconnects.
    await sleep(4_000);
    return { healthWhileDown, readyAfter: await statusOf(server.base, '/api/ready') };
  });
  check(
    'pg-restart',
    figures.healthWhileDown === 503,
    `health said ${figures.healthWhileDown} while PostgreSQL was down`,
  );
  check('pg-restart', figures.readyAfter === 200, `readiness said ${figures.readyAfter} 4 s after the restart`);
  console.log(
    `pg-restart: 8 sync loops, PostgreSQL crashed (-m immediate) for 3 s: ${summary}; ` +
      `health while down ${figures.healthWhileDown}; readiness 4 s after the restart ${figures.readyAfter}`,
  );
}

async function pgCut() {
  const { figures, summary } = await underPostgresLoad('pg-cut', async (cluster) => {
    await sleep(1_000);
    let terminated = 0;
    for (let i = 0; i < 6; i++) {
      const { rows } = await adminQuery(
        cluster.url,
        `select count(pg_terminate_backend(pid)) as n from pg_stat_activity
         where datname like 'veerkracht_chaos_%' and pid <> pg_backend_pid()`,
      );
      terminated += Number(rows[0]?.n ?? 0);
      await sleep(500);
    }
    await sleep(2_000);
    return { terminated };
  });
  console.log(`pg-cut: 8 sync loops, ${figures.terminated} backends terminated in 6 rounds over 3 s: ${summary}`);
}

async function sqliteFull() {
  if (!isRoot) {
    console.log('sqlite-full: skipped (mounting a tmpfs needs root)');
    return;
  }
  const mount = mkdtempSync(join(tmpdir(), 'veerkracht-chaos-full-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=24m', 'tmpfs', mount]);
  if (mounted.status !== 0) {
    console.log(`sqlite-full: skipped (mount failed: ${mounted.stderr.toString().trim()})`);
    rmSync(mount, { recursive: true, force: true });
    return;
  }
  const filler = join(mount, 'filler');
  try {
    const server = await startServer({ main: args.main, env: { ...QUIET, DATA_DIR: join(mount, 'data') } });
    try {
      const tokens = await Promise.all(Array.from({ length: 4 }, () => createPatient(server.base)));
      // Leave about 4 MB free, so the disk fills within seconds.
      const free = Number(spawnSync('df', ['-B1', '--output=avail', mount]).stdout.toString().split('\n')[1]);
      writeFileSync(filler, Buffer.alloc(Math.max(0, free - 4 * 1024 * 1024)));
      let stop = false;
      let readyWhileFull = 0;
      const loadRun = syncLoops(server.base, tokens, 100, () => stop, 300);
      for (let i = 0; i < 60; i++) {
        await sleep(250);
        const ready = await statusOf(server.base, '/api/ready');
        if (ready === 503) {
          readyWhileFull = ready;
          break;
        }
      }
      await sleep(1_000);
      rmSync(filler, { force: true });
      await sleep(3_000);
      stop = true;
      const result = await loadRun;
      const { alive, lost } = await verdict('sqlite-full', server, result, tokens);
      const readyAfter = await statusOf(server.base, '/api/ready');
      check('sqlite-full', result.errors.has('storage_full'), 'no push was answered storage_full');
      check('sqlite-full', readyWhileFull === 503, 'readiness never said 503 while the disk was full');
      check('sqlite-full', readyAfter === 200, `readiness said ${readyAfter} once there was room again`);
      console.log(
        `sqlite-full: 4 push loops into a 24 MB tmpfs filled to the brim: answers ${show(result.statuses)}; ` +
          `codes ${show(result.errors)}; readiness while full ${readyWhileFull}, after ${readyAfter}; alive ${alive}; ` +
          `acknowledged ${result.acknowledged.length}, lost ${lost}`,
      );
    } finally {
      await server.stop().catch(() => {});
    }
  } finally {
    rmSync(filler, { force: true });
    spawnSync('umount', [mount]);
    rmSync(mount, { recursive: true, force: true });
  }
}

async function sqliteLock() {
  const dataDir = mkdtempSync(join(tmpdir(), 'veerkracht-chaos-lock-'));
  const server = await startServer({ main: args.main, env: { ...QUIET, DATA_DIR: dataDir } });
  try {
    const tokens = await Promise.all(Array.from({ length: 4 }, () => createPatient(server.base)));
    // Another process takes the write lock and keeps it for 7 s.
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const D = require(${JSON.stringify(join(root, 'node_modules', 'better-sqlite3'))});
         const db = new D(${JSON.stringify(join(dataDir, 'veerkracht.sqlite'))});
         db.exec('begin immediate'); process.stdout.write('locked\\n');
         setTimeout(() => { db.exec('rollback'); db.close(); }, 7000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise((done) => holder.stdout.once('data', done));
    let stop = false;
    const loadRun = syncLoops(server.base, tokens, 20, () => stop);
    /** @type {number[]} */
    const health = [];
    const healthStatuses = new Map();
    const until = performance.now() + 6_500;
    while (performance.now() < until) {
      const started = performance.now();
      const status = await statusOf(server.base, '/api/health');
      health.push(performance.now() - started);
      healthStatuses.set(status, (healthStatuses.get(status) ?? 0) + 1);
      await sleep(50);
    }
    await new Promise((done) => holder.once('exit', done));
    await sleep(2_000);
    stop = true;
    const result = await loadRun;
    const { alive, lost } = await verdict('sqlite-lock', server, result, tokens);
    health.sort((a, b) => a - b);
    const p99 = health[Math.floor(health.length * 0.99)] ?? 0;
    check('sqlite-lock', p99 < 250, `health p99 was ${Math.round(p99)} ms while the lock was held`);
    check('sqlite-lock', result.errors.has('database_busy'), 'no push was answered database_busy');
    console.log(
      `sqlite-lock: another process held the write lock 7 s under 4 push loops: answers ${show(result.statuses)}; ` +
        `codes ${show(result.errors)}; health ${show(healthStatuses)}, p50 ${Math.round(health[Math.floor(health.length / 2)] ?? 0)} ms, ` +
        `p99 ${Math.round(p99)} ms, max ${Math.round(health.at(-1) ?? 0)} ms; alive ${alive}; ` +
        `acknowledged ${result.acknowledged.length}, lost ${lost}`,
    );
  } finally {
    await server.stop().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** @param {string | undefined} postgresUrl @param {string} label */
async function tokenFlood(postgresUrl, label) {
  const server = await startServer({ main: args.main, postgresUrl, env: QUIET });
  try {
    const flooder = await createPatient(server.base);
    const calm = await createPatient(server.base);
    let stop = false;
    const flood = syncLoops(
      server.base,
      Array.from({ length: 40 }, () => flooder),
      500,
      () => stop,
    );
    /** @type {number[]} */
    const calmMs = [];
    const calmStatuses = new Map();
    const healthStatuses = new Map();
    const until = performance.now() + 10_000;
    while (performance.now() < until) {
      const answer = await sync(server.base, calm, { cursor: 0, changes: changes(1) });
      calmMs.push(answer.ms);
      calmStatuses.set(answer.status, (calmStatuses.get(answer.status) ?? 0) + 1);
      const health = await statusOf(server.base, '/api/health');
      healthStatuses.set(health, (healthStatuses.get(health) ?? 0) + 1);
      await sleep(100);
    }
    stop = true;
    const result = await flood;
    calmMs.sort((a, b) => a - b);
    const p99 = calmMs[Math.floor(calmMs.length * 0.99)] ?? 0;
    check(`token-flood ${label}`, !result.statuses.has(500), 'a flood push was answered 500');
    check(`token-flood ${label}`, (calmStatuses.get(200) ?? 0) === calmMs.length, 'the calm patient got a non-200');
    check(`token-flood ${label}`, result.statuses.has(429), 'the flooding token was never refused 429');
    check(`token-flood ${label}`, !healthStatuses.has(503), 'health answered 503 during the flood');
    console.log(
      `token-flood (${label}): 40 concurrent 500-change pushes from one token for 10 s: answers ${show(result.statuses)}; ` +
        `codes ${show(result.errors)}; stored for the flooder ${result.acknowledged.length}; ` +
        `another patient's one-change sync: ${show(calmStatuses)}, p50 ${Math.round(calmMs[Math.floor(calmMs.length / 2)] ?? 0)} ms, ` +
        `p99 ${Math.round(p99)} ms, max ${Math.round(calmMs.at(-1) ?? 0)} ms; health ${show(healthStatuses)}`,
    );
  } finally {
    await server.stop().catch(() => {});
  }
}

// ---- Run ----------------------------------------------------------------

if (chosen.includes('pg-restart')) await pgRestart();
if (chosen.includes('pg-cut')) await pgCut();
if (chosen.includes('sqlite-full')) await sqliteFull();
if (chosen.includes('sqlite-lock')) await sqliteLock();
if (chosen.includes('token-flood')) {
  await tokenFlood(undefined, 'SQLite');
  const cluster = await startCluster();
  try {
    await tokenFlood(cluster.url, 'PostgreSQL');
  } finally {
    cluster.stop();
  }
}
console.log(broken === 0 ? 'database faults: every rule held' : `database faults: ${broken} rule(s) broken`);
process.exit(broken === 0 ? 0 : 1);
