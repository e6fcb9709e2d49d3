#!/usr/bin/env node
// Lighthouse 12.2.3 (mobile preset, simulated slow-4G and 4x CPU throttling: the
// defaults) on the built app served by the built server, in Debian's Chromium:
//   /start        a brand-new person: all of the origin's storage is cleared before every run,
//   /, /check-in, /plan
//                 a returning person: the first run was done in the same Chromium profile beforehand.
// For the returning person Lighthouse clears the HTTP cache, the service worker and Cache Storage before every run
// but keeps IndexedDB and localStorage (its default `clearStorageTypes`): the person's data is on the device,
// nothing of the app is cached. That is the slowest visit a returning person can have.
// Each page is measured `--runs` times (default 3) and the median run by performance score is shown.
//
//   node bench/lighthouse.mjs [--runs 3] [--save <folder>] [--web-dist <folder>] [--baseline <folder>]
//
// after `npm run build`; exits 1 when a page scores below 95 (performance) or 100 (accessibility).
//   --save        writes every run's Lighthouse report and trace (JSON) there, to see why a page scores what it does
//   --web-dist    measures another build of the web app than apps/web/dist
//   --baseline    also measures this older build, its runs interleaved with the others', so a busy machine
//                 slows both alike: before/after in one run (the budget is checked on --web-dist only); served by
//                 the server beside it (<baseline>/../../server/dist/main.js) when there is one
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { WEB_DIST } from './homePageSize.mjs';
import { CHROME_FLAGS, CHROME_PATH, completeFirstRun, fail, requireBuild, startServer } from './webBench.mjs';

const PERFORMANCE_BUDGET = 95;
const ACCESSIBILITY_BUDGET = 100;

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string' },
    save: { type: 'string' },
    'web-dist': { type: 'string' },
    baseline: { type: 'string' },
    pages: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (args.help) {
  console.log(
    'Usage: node bench/lighthouse.mjs [--runs <n>] [--save <folder>] [--web-dist <web build>] [--baseline <older web build>] [--pages /start,/,/check-in,/plan]',
  );
  process.exit(0);
}
const RUNS = Number(args.runs ?? 3);
const ALL_PAGES = ['/start', '/', '/check-in', '/plan'];
/** Pages to measure: all four unless `--pages` names some (while working on one page). */
const PAGES = args.pages ? args.pages.split(',') : ALL_PAGES;
for (const page of PAGES) if (!ALL_PAGES.includes(page)) fail(`--pages: ${page} is not one of ${ALL_PAGES.join(', ')}`);
if (!Number.isInteger(RUNS) || RUNS < 1) fail('--runs must be a whole number of at least 1');

/**
 * Starts Chromium on `userDataDir` with a DevTools port for Lighthouse, the
 * way Lighthouse's own launcher does, and resolves with that port.
 * @param {string} userDataDir
 * @returns {Promise<{ port: number, close(): Promise<void> }>}
 */
function launchChromium(userDataDir) {
  const child = spawn(
    CHROME_PATH,
    [...CHROME_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${userDataDir}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);
  const exited = new Promise((done) => child.once('exit', done));
  return new Promise((done, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not open a DevTools port:\n${output}`)), 20_000);
    child.stderr.on('data', (chunk) => {
      output += String(chunk);
      const port = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output)?.[1];
      if (!port) return;
      clearTimeout(timer);
      done({
        port: Number(port),
        async close() {
          process.off('exit', killOnExit);
          child.kill('SIGTERM');
          await Promise.race([exited, new Promise((wait) => setTimeout(wait, 5000).unref())]);
        },
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium stopped (code ${code}):\n${output}`));
    });
  });
}

/** @typedef {{ page: string, performance: number, accessibility: number, lcpMs: number, fcpMs: number, cls: number, tbtMs: number, benchmarkIndex: number, warnings: string[] }} Row */

/** What Lighthouse clears by default before a run, plus the person's own data: a brand-new person. */
const CLEAR_EVERYTHING = /** @type {const} */ ([
  'file_systems',
  'shader_cache',
  'service_workers',
  'cache_storage',
  'indexeddb',
  'local_storage',
  'cookies',
]);

/**
 * One Lighthouse run on `url` in the Chromium on `port`.
 * @param {number} port
 * @param {string} url
 * @param {string} label
 * @param {boolean} newPerson clear the person's data (IndexedDB, localStorage) too
 * @returns {Promise<Row>}
 */
async function audit(port, url, label, newPerson) {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
    newPerson ? { extends: 'lighthouse:default', settings: { clearStorageTypes: [...CLEAR_EVERYTHING] } } : undefined,
  );
  if (!result) fail(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (args.save) {
    mkdirSync(args.save, { recursive: true });
    const name = `${label.replace(/\W+/g, '-').replace(/^-|-$/g, '')}-${Date.now()}.json`;
    writeFileSync(join(args.save, name), JSON.stringify(lhr, null, 1));
    writeFileSync(join(args.save, name.replace(/\.json$/, '.trace.json')), JSON.stringify(result.artifacts.Trace));
  }
  if (lhr.runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${lhr.runtimeError.message}`);
  if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname) {
    fail(`${url} ended on ${lhr.finalDisplayedUrl}: the page redirected (was the first run done?)`);
  }
  /** @param {string} id */
  const numeric = (id) => lhr.audits[id]?.numericValue ?? Number.NaN;
  /** @param {string} id */
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const failedA11y = Object.values(lhr.audits)
    .filter(
      (a) =>
        a.scoreDisplayMode === 'binary' &&
        a.score === 0 &&
        lhr.categories.accessibility?.auditRefs.some((ref) => ref.id === a.id),
    )
    .map((a) => `accessibility: ${a.id}`);
  return {
    page: label,
    performance: score('performance'),
    accessibility: score('accessibility'),
    lcpMs: numeric('largest-contentful-paint'),
    fcpMs: numeric('first-contentful-paint'),
    cls: numeric('cumulative-layout-shift'),
    tbtMs: numeric('total-blocking-time'),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    warnings: failedA11y,
  };
}

/**
 * `audit`, tried once more when Lighthouse could not load the page: on a busy
 * machine Chromium now and then gives up on a load (an "interstitial").
 * @param {number} port
 * @param {string} url
 * @param {string} label
 * @param {boolean} newPerson
 * @returns {Promise<Row>}
 */
async function auditWithRetry(port, url, label, newPerson) {
  try {
    return await audit(port, url, label, newPerson);
  } catch (error) {
    process.stderr.write(`  ${error instanceof Error ? error.message : String(error)}; trying once more\n`);
    return audit(port, url, label, newPerson);
  }
}

/**
 * The median run by performance score.
 * @param {Row[]} runs
 * @returns {Row}
 */
function median(runs) {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance || b.lcpMs - a.lcpMs);
  const row = /** @type {Row} */ (sorted[Math.floor(sorted.length / 2)]);
  process.stderr.write(
    `  ${row.page}: performance ${runs.map((run) => run.performance).join(', ')}; CPU benchmark index ${runs.map((run) => Math.round(run.benchmarkIndex)).join(', ')}\n`,
  );
  return row;
}

/**
 * The built server of the checkout a web build belongs to (`apps/web/dist` → `apps/server/dist/main.js`), if any.
 * @param {string} webDist
 * @returns {string | undefined}
 */
function serverBeside(webDist) {
  const main = resolve(webDist, '..', '..', 'server', 'dist', 'main.js');
  return existsSync(main) ? main : undefined;
}

requireBuild();
/** The builds to measure: --web-dist (or apps/web/dist), and --baseline when given. */
const builds = [
  { name: args.baseline ? 'new' : '', dist: resolve(args['web-dist'] ?? WEB_DIST), server: undefined },
  ...(args.baseline ? [{ name: 'baseline', dist: resolve(args.baseline), server: serverBeside(args.baseline) }] : []),
];
const servers = await Promise.all(builds.map((build) => startServer(build.dist, build.server)));
const profiles = [
  mkdtempSync(join(tmpdir(), 'veerkracht-lh-new-')),
  mkdtempSync(join(tmpdir(), 'veerkracht-lh-back-')),
];
const [newProfile = '', returningProfile = ''] = profiles;
/** @type {Map<string, Row[]>} runs by page label */
const runs = new Map();
/**
 * Measures `path` RUNS times on every build, alternating builds run by run.
 * @param {number} port
 * @param {string} path
 * @param {string} who
 */
async function measure(port, path, who) {
  for (let run = 0; run < RUNS; run++) {
    for (const [index, build] of builds.entries()) {
      const label = `${path} (${who})${build.name ? ` ${build.name}` : ''}`;
      const url = `${servers[index]?.base}${path}`;
      runs.set(label, [...(runs.get(label) ?? []), await auditWithRetry(port, url, label, who === 'new person')]);
    }
  }
}
try {
  process.stderr.write(`Lighthouse 12.2.3, mobile, ${RUNS} run(s) per page (median shown):\n`);
  const fresh = await launchChromium(newProfile);
  try {
    if (PAGES.includes('/start')) await measure(fresh.port, '/start', 'new person');
  } finally {
    await fresh.close();
  }

  // The first run in the returning person's profile (on every build's origin), by Playwright, as a person does it.
  const context = await chromium.launchPersistentContext(returningProfile, {
    executablePath: CHROME_PATH,
    args: CHROME_FLAGS,
    viewport: { width: 360, height: 740 },
    locale: 'nl-NL',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    for (const server of servers) await completeFirstRun(page, server.base);
  } finally {
    await context.close();
  }

  const returning = await launchChromium(returningProfile);
  try {
    for (const path of ['/', '/check-in', '/plan'])
      if (PAGES.includes(path)) await measure(returning.port, path, 'returning');
  } finally {
    await returning.close();
  }
} finally {
  await Promise.all(servers.map((server) => server.stop()));
  for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
}
const rows = [...runs.values()].map(median);

console.log(
  `\n${'page'.padEnd(31)} ${'perf'.padStart(4)} ${'a11y'.padStart(4)} ${'LCP'.padStart(8)} ${'FCP'.padStart(8)} ${'CLS'.padStart(6)} ${'TBT'.padStart(7)}`,
);
let ok = true;
for (const row of rows) {
  const below = row.performance < PERFORMANCE_BUDGET || row.accessibility < ACCESSIBILITY_BUDGET;
  if (!row.page.endsWith(' baseline')) ok &&= !below;
  console.log(
    `${row.page.padEnd(31)} ${String(row.performance).padStart(4)} ${String(row.accessibility).padStart(4)} ${`${(row.lcpMs / 1000).toFixed(2)} s`.padStart(8)} ${`${(row.fcpMs / 1000).toFixed(2)} s`.padStart(8)} ${row.cls.toFixed(3).padStart(6)} ${`${Math.round(row.tbtMs)} ms`.padStart(7)}${below ? '  BELOW BUDGET' : ''}`,
  );
  for (const warning of row.warnings) console.log(`    ${warning}`);
}
// Lighthouse multiplies the CPU time it observes by 4 to simulate a phone, so a slow or busy machine reads as a
// slow phone: the benchmark index (Lighthouse's CPU score of this machine; ~1,000 or more is a normal desktop) and
// the load average say how far to trust the blocking time.
console.log(
  `CPU benchmark index (median run per page): ${rows.map((row) => Math.round(row.benchmarkIndex)).join(', ')}; load average ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')} on ${availableParallelism()} cores`,
);
console.log(
  `Budget: performance ≥ ${PERFORMANCE_BUDGET}, accessibility ${ACCESSIBILITY_BUDGET}: ${ok ? 'ok' : 'NOT MET'}`,
);
process.exit(ok ? 0 : 1);
