#!/usr/bin/env node
// The long frames of the first screens, the main-thread work behind Lighthouse's blocking time, measured without
// Lighthouse's trace (which makes the page's script several times slower than it is; decision 0044):
//   1. Playwright does the first run in a Chromium profile, as a returning person has;
//   2. each page is opened `--runs` times with an empty HTTP cache and Chromium's CPU slowed 4× (Lighthouse's mobile
//      setting), and every long animation frame (50 ms or more) until the page has been quiet for a moment is kept,
//      with the script, style and layout time inside it;
//   3. per page the medians are printed: the blocking time (the part of each long frame over 50 ms, summed), the
//      longest frame and its script, and the first contentful paint. With `--baseline` an older build is measured
//      too, its loads interleaved with the new build's, and new/old ratios are printed.
// The ratio, measured in one run, is the figure to compare; milliseconds depend on the machine.
//
//   node bench/firstFrames.mjs [--runs 5] [--pages /,/check-in] [--web-dist <folder>] [--baseline <folder>]
//
// after `npm run build`. Prints numbers; no budget (Lighthouse's score is checked by lighthouse.mjs).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { WEB_DIST } from './homePageSize.mjs';
import { completeFirstRun, fail, phoneProfile, requireBuild, startServer } from './webBench.mjs';

/** @typedef {{ duration: number, blocking: number, script: number, styleAndLayout: number }} Frame */
/** @typedef {{ frames: Frame[], fcp: number }} Load */

const CPU_SLOWDOWN = 4;
const PAGES_DEFAULT = ['/', '/check-in'];

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string' },
    pages: { type: 'string' },
    'web-dist': { type: 'string' },
    baseline: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (args.help) {
  console.log(
    'Usage: node bench/firstFrames.mjs [--runs <n>] [--pages /,/check-in] [--web-dist <web build>] [--baseline <older web build>]',
  );
  process.exit(0);
}
const RUNS = Number(args.runs ?? 5);
if (!Number.isInteger(RUNS) || RUNS < 1) fail('--runs must be a whole number of at least 1');
const PAGES = args.pages ? args.pages.split(',') : PAGES_DEFAULT;
for (const page of PAGES) if (!page.startsWith('/')) fail(`--pages: ${page} is not a path`);

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * Collects the page's long animation frames and its first contentful paint from the start of the navigation.
 * Runs in the page, before any of its scripts.
 */
function observeFrames() {
  const seen = /** @type {{ frames: Frame[], fcp: number }} */ ({ frames: [], fcp: 0 });
  /** @type {Window & { firstFrames?: typeof seen }} */ (window).firstFrames = seen;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const frame =
        /** @type {PerformanceEntry & { blockingDuration: number, styleAndLayoutStart: number, scripts: { duration: number }[] }} */ (
          entry
        );
      seen.frames.push({
        duration: frame.duration,
        blocking: frame.blockingDuration,
        script: frame.scripts.reduce((sum, script) => sum + script.duration, 0),
        styleAndLayout: frame.styleAndLayoutStart ? frame.startTime + frame.duration - frame.styleAndLayoutStart : 0,
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') seen.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
}

/**
 * Opens `path` once with an empty HTTP cache and the CPU slowed, and returns its long frames.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 * @returns {Promise<Load>}
 */
async function loadOnce(context, url) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Network.clearBrowserCache');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.locator('main h1').waitFor();
    // Frames end after the last paint; a moment of quiet lets the last one be reported.
    await page.waitForTimeout(1_000);
    return await page.evaluate(
      () => /** @type {Window & { firstFrames: Load }} */ (/** @type {unknown} */ (window)).firstFrames,
    );
  } finally {
    await page.close();
  }
}

/**
 * A returning person's browser profile on `base`: the first run done, nothing of the app cached.
 * @param {string} base
 */
async function returningPerson(base) {
  const profile = await phoneProfile('firstframes');
  const setup = await profile.context.newPage();
  await completeFirstRun(setup, base);
  await setup.close();
  await profile.context.addInitScript(observeFrames);
  return profile;
}

/**
 * The medians of one build's loads of one page.
 * @param {Load[]} loads
 */
function summary(loads) {
  const longest = loads.map((load) =>
    load.frames.reduce((max, frame) => (frame.duration > max.duration ? frame : max), {
      duration: 0,
      blocking: 0,
      script: 0,
      styleAndLayout: 0,
    }),
  );
  return {
    blocking: median(loads.map((load) => load.frames.reduce((sum, frame) => sum + frame.blocking, 0))),
    frames: median(loads.map((load) => load.frames.length)),
    longest: median(longest.map((frame) => frame.duration)),
    longestScript: median(longest.map((frame) => frame.script)),
    fcp: median(loads.map((load) => load.fcp)),
  };
}

requireBuild();
const builds = [
  { name: args.baseline ? 'new' : '', dist: resolve(args['web-dist'] ?? WEB_DIST) },
  ...(args.baseline ? [{ name: 'baseline', dist: resolve(args.baseline) }] : []),
];
for (const build of builds) if (!existsSync(join(build.dist, 'index.html'))) fail(`no built web app in ${build.dist}`);
const servers = await Promise.all(builds.map((build) => startServer(build.dist)));
const browsers = await Promise.all(servers.map((server) => returningPerson(server.base)));
try {
  console.log(
    `Long animation frames of a returning person's first screen, CPU ${CPU_SLOWDOWN}× slower, ${RUNS} loads each (medians):`,
  );
  for (const path of PAGES) {
    /** @type {Load[][]} */
    const loads = builds.map(() => []);
    for (let run = 0; run < RUNS; run++) {
      for (const [index, server] of servers.entries()) {
        const browser = browsers[index];
        if (browser) loads[index]?.push(await loadOnce(browser.context, `${server.base}${path}`));
      }
    }
    const rows = loads.map(summary);
    for (const [index, row] of rows.entries()) {
      const label = `${path}${builds[index]?.name ? ` ${builds[index]?.name}` : ''}`;
      console.log(
        `  ${label.padEnd(22)} blocking ${row.blocking.toFixed(0).padStart(4)} ms in ${row.frames} long frames; longest ${row.longest.toFixed(0)} ms (script ${row.longestScript.toFixed(0)} ms); FCP ${row.fcp.toFixed(0)} ms`,
      );
    }
    const [fresh, old] = rows;
    if (fresh && old) {
      const ratio = (/** @type {number} */ a, /** @type {number} */ b) => (b > 0 ? (a / b).toFixed(2) : 'n/a');
      console.log(
        `  ${`${path} new/baseline`.padEnd(22)} blocking ${ratio(fresh.blocking, old.blocking)}, longest frame ${ratio(fresh.longest, old.longest)}, FCP ${ratio(fresh.fcp, old.fcp)}`,
      );
    }
  }
} finally {
  for (const browser of browsers) await browser.close();
  for (const server of servers) await server.stop();
}
