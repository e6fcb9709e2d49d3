#!/usr/bin/env node
// How much JavaScript Today runs for a person with a year of data, against a person who just finished the first
// run, in one run of the built app and server in Debian's Chromium (docs/architecture.md, "Budgets"):
//   1. a backup with a year of daily check-ins is made through the server's API, as another phone would have;
//   2. one browser profile does the first run only, another does it and restores that backup;
//   3. in each, Today is opened `--runs` times with an empty HTTP cache, under Chromium's sampling profiler, and the
//      time spent running JavaScript (not idle, not the browser's own work) is summed;
//   4. the medians and their ratio are printed, with the functions that took the most time for the year of data.
// Timings in milliseconds vary with the machine; the ratio, measured in one run, is the figure to compare. It says
// how much slower Today gets as a person keeps using the app: reading, checking and drawing a year of records.
//
//   node bench/todayScript.mjs [--runs 5] [--web-dist <folder>]
//
// after `npm run build`. Prints numbers; no budget (the first load's budgets are in pageWeight.mjs and lighthouse.mjs).
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { addDays, calendarDayAt, formatHlc, nodeIdFromBytes, uuidv7 } from '@veerkracht/core';
import { WEB_DIST } from './homePageSize.mjs';
import { completeFirstRun, fail, phoneProfile, requireBuild, startServer } from './webBench.mjs';

/** @typedef {import('playwright-core').BrowserContext} BrowserContext */
/** @typedef {{ id: number, callFrame: { functionName: string, url: string, lineNumber: number, columnNumber: number }, children?: number[] }} ProfileNode */
/** @typedef {{ nodes: ProfileNode[], samples: number[], timeDeltas: number[] }} CpuProfile */

const DAYS = 365;
const { values: args } = parseArgs({
  options: { runs: { type: 'string' }, 'web-dist': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (args.help) {
  console.log('Usage: node bench/todayScript.mjs [--runs <n>] [--web-dist <web build>]');
  process.exit(0);
}
const RUNS = Number(args.runs ?? 5);
if (!Number.isInteger(RUNS) || RUNS < 1) fail('--runs must be a whole number of at least 1');

/**
 * A new backup holding a check-in for each of the last `DAYS` days, pushed through the API; its recovery code.
 * @param {string} base
 * @returns {Promise<string>}
 */
async function backupWithAYear(base) {
  const created = await fetch(`${base}/api/v1/patients`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  if (!created.ok) fail(`creating a backup answered ${created.status}`);
  const { token, recoveryCode } = /** @type {{ token: string, recoveryCode: string }} */ (await created.json());
  const node = nodeIdFromBytes(randomBytes(8));
  const now = Date.now();
  const today = calendarDayAt(new Date());
  const changes = Array.from({ length: DAYS }, (_, index) => ({
    id: uuidv7(now, randomBytes(10)),
    type: 'checkin',
    data: { date: addDays(today, -(index + 1)), pain: index % 10, stress: (index * 3) % 11, sleepHours: 7 },
    hlc: formatHlc({ millis: now, counter: index, node }),
    deleted: false,
  }));
  // In batches the size the app itself sends.
  for (let start = 0; start < changes.length; start += 200) {
    const pushed = await fetch(`${base}/api/v1/sync`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ cursor: 0, changes: changes.slice(start, start + 200) }),
    });
    if (!pushed.ok)
      fail(`pushing the year of check-ins answered ${pushed.status}: ${(await pushed.text()).slice(0, 300)}`);
  }
  return recoveryCode;
}

/**
 * Milliseconds of JavaScript in a CPU profile, and the same per function (name and place in the file).
 * @param {CpuProfile} profile
 * @returns {{ total: number, byFunction: Map<string, number> }}
 */
function scriptTime(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byFunction = new Map();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const frame = nodes.get(id)?.callFrame;
    // Idle is the page waiting; "(program)" is the browser's own work (parsing, style, layout), not the app's script.
    if (!frame || frame.functionName === '(idle)' || frame.functionName === '(program)') return;
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    total += ms;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\//, '')}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  });
  return { total, byFunction };
}

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * Opens Today `RUNS` times in a profile (each with an empty HTTP cache) and profiles its JavaScript.
 * @param {string} base
 * @param {string | null} recoveryCode restore this backup after the first run, or only do the first run
 */
async function profileToday(base, recoveryCode) {
  const profile = await phoneProfile('todayscript');
  const context = profile.context;
  try {
    const setup = await context.newPage();
    await completeFirstRun(setup, base);
    if (recoveryCode) {
      await setup.goto(`${base}/backup`);
      await setup.getByLabel('Herstelcode').fill(recoveryCode);
      await setup.getByRole('button', { name: 'Terugzetten', exact: true }).click();
      await setup.getByText('Gelukt. Je back-up is teruggezet op deze telefoon.').waitFor();
      // Until the pull of the year has finished, a measured load would also be storing it.
      await setup.waitForFunction(
        (days) =>
          new Promise((done) => {
            const open = indexedDB.open('veerkracht');
            open.onsuccess = () => {
              const count = open.result.transaction('records').objectStore('records').count();
              count.onsuccess = () => {
                open.result.close();
                done(count.result >= days);
              };
            };
          }),
        DAYS,
        { timeout: 60_000, polling: 250 },
      );
    }
    await setup.close();
    /** @type {number[]} */
    const totals = [];
    const byFunction = new Map();
    for (let run = 0; run < RUNS; run++) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.clearBrowserCache');
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await page.goto(`${base}/`, { waitUntil: 'networkidle' });
      await page.locator('main h1').waitFor();
      const { profile } = await cdp.send('Profiler.stop');
      const time = scriptTime(/** @type {CpuProfile} */ (profile));
      totals.push(time.total);
      for (const [name, ms] of time.byFunction) byFunction.set(name, (byFunction.get(name) ?? 0) + ms / RUNS);
      await page.close();
    }
    return { median: median(totals), totals, byFunction };
  } finally {
    await profile.close();
  }
}

requireBuild();
const webDist = resolve(args['web-dist'] ?? WEB_DIST);
const server = await startServer(webDist);
try {
  const code = await backupWithAYear(server.base);
  const fresh = await profileToday(server.base, null);
  const year = await profileToday(server.base, code);
  const round = (/** @type {number} */ ms) => ms.toFixed(1);
  console.log(`Today's JavaScript (Chromium's sampling profiler, no throttling), ${RUNS} loads each, median:`);
  console.log(`  first run only:             ${round(fresh.median)} ms  (${fresh.totals.map(round).join(', ')})`);
  console.log(`  a year of daily check-ins:  ${round(year.median)} ms  (${year.totals.map(round).join(', ')})`);
  console.log(`  ratio: ${(year.median / fresh.median).toFixed(2)}`);
  console.log('Most time with a year of check-ins (ms per load, minified names; build with --sourcemap to map them):');
  for (const [name, ms] of [...year.byFunction].sort((a, b) => b[1] - a[1]).slice(0, 10)) {
    console.log(`  ${round(ms).padStart(6)}  ${name}`);
  }
} finally {
  await server.stop();
}
