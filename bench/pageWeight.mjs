#!/usr/bin/env node
// What a page of the real app makes Chromium download, measured against the
// built server (docs/architecture.md, "Budgets": ≤ 50 KB JS + CSS, gzip, chosen
// language only):
//   1. `/start` for a brand-new person (empty browser profile),
//   2. every module fetched during a whole Dutch first run: no English text module may be among them,
//   3. Today `/` for a returning person (first run done, so IndexedDB holds the profile and the safety check),
//      with an empty HTTP cache and no service worker: the worst case of a returning visit,
//   4. `/check-in` for the same person, opened directly: reported, not budgeted.
// Neither `/start` nor Today may fetch a chunk that holds a record validator (the build lists them in
// validator-chunks.json): records are checked when they enter the device, and reading them needs none
// (docs/architecture.md, "Checked once, read many times").
// Every JS and CSS response until network idle is listed with what Chromium received (the server's brotli copy)
// and what the server sends to a gzip-only client; the budget is checked on the gzip total.
// The service worker is blocked while measuring: its precache of the whole app (for offline use) is fetched
// after the page has loaded and is not part of what a page needs.
//
//   node bench/pageWeight.mjs [--web-dist <folder>]
//
// after `npm run build`; exits 1 when a page is over budget, fetches a validator, or a Dutch first run fetches an
// English module. --web-dist measures another build of the web app than apps/web/dist (an older one, to compare).
import { existsSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { BUDGET_BYTES, kb, WEB_DIST } from './homePageSize.mjs';
import { CHROME_FLAGS, CHROME_PATH, completeFirstRun, fail, requireBuild, startServer } from './webBench.mjs';

/** @typedef {import('playwright-core').BrowserContext} BrowserContext */
/** @typedef {import('playwright-core').Response} Response */
/** @typedef {{ url: string, type: 'js' | 'css', encoding: string, transferred: number, gzip: number }} Asset */

/**
 * The language of a per-language module, from its file name: the catalogues
 * (`nl-<hash>.js`) and the text modules (`build-up-step-by-step.en-<hash>.js`).
 * @param {string} url
 * @returns {'nl' | 'en' | null}
 */
function languageOf(url) {
  const match = /^(?:.*\.)?(nl|en)-[\w-]+\.js$/.exec(basename(new URL(url).pathname));
  return match ? /** @type {'nl' | 'en'} */ (match[1]) : null;
}

/**
 * The bytes the server sends for `url` to a client that accepts only gzip
 * (the budget's unit), counted on the wire, not decoded.
 * @param {string} url
 * @returns {Promise<number>}
 */
function gzipBytes(url) {
  return new Promise((done, reject) => {
    get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk) => {
        bytes += chunk.length;
      });
      response.on('end', () => done(bytes));
      response.on('error', reject);
    }).on('error', reject);
  });
}

/**
 * Collects every JS and CSS response of the pages of `context` from now on.
 * @param {BrowserContext} context
 * @returns {{ done(): Promise<Asset[]> }}
 */
function recordAssets(context) {
  /** @type {Response[]} */
  const responses = [];
  /** @param {Response} response */
  const onResponse = (response) => {
    const type = response.request().resourceType();
    if (type === 'script' || type === 'stylesheet') responses.push(response);
  };
  context.on('response', onResponse);
  return {
    async done() {
      context.off('response', onResponse);
      return Promise.all(
        responses.map(async (response) => {
          const sizes = await response.request().sizes();
          return {
            url: response.url(),
            type: response.request().resourceType() === 'stylesheet' ? 'css' : 'js',
            encoding: (await response.headerValue('content-encoding')) ?? 'none',
            transferred: sizes.responseBodySize,
            gzip: await gzipBytes(response.url()),
          };
        }),
      );
    },
  };
}

/**
 * Prints one page's assets and totals; true when within budget and (unless `budgeted` is false) without a chunk that
 * holds a record validator. A page measured for information only is always true.
 * @param {string} title
 * @param {Asset[]} assets
 * @param {{ budgeted: boolean, validatorChunks: ReadonlySet<string> }} options
 */
function report(title, assets, { budgeted, validatorChunks }) {
  const unique = [...new Map(assets.map((asset) => [asset.url, asset])).values()];
  const transferred = unique.reduce((sum, asset) => sum + asset.transferred, 0);
  const gzip = unique.reduce((sum, asset) => sum + asset.gzip, 0);
  console.log(`\n${title}`);
  console.log(`  ${'received'.padStart(9)} ${'enc'.padEnd(4)} ${'gzip'.padStart(9)}  file`);
  for (const asset of unique.sort((a, b) => b.gzip - a.gzip)) {
    const language = languageOf(asset.url);
    console.log(
      `  ${kb(asset.transferred).padStart(9)} ${asset.encoding.padEnd(4)} ${kb(asset.gzip).padStart(9)}  ${new URL(asset.url).pathname}${language ? `  (${language} texts)` : ''}`,
    );
  }
  const verdict = !budgeted ? 'reported, not budgeted' : gzip <= BUDGET_BYTES ? 'ok' : 'OVER BUDGET';
  console.log(
    `  total: ${unique.length} files, ${kb(transferred)} received, ${kb(gzip)} gzip of ${kb(BUDGET_BYTES)}: ${verdict}`,
  );
  const validators = budgeted
    ? unique.filter((asset) => validatorChunks.has(new URL(asset.url).pathname.slice(1)))
    : [];
  for (const asset of validators) {
    console.log(`  NOT OK: holds record validators, which reading records never needs: ${new URL(asset.url).pathname}`);
  }
  return !budgeted || (gzip <= BUDGET_BYTES && validators.length === 0);
}

/**
 * The chunks of a build that hold a record validator, as the build lists them (apps/web/build/chunkGroups.ts).
 * @param {string} webDist
 * @returns {Set<string>}
 */
function validatorChunksOf(webDist) {
  const file = resolve(webDist, 'validator-chunks.json');
  if (!existsSync(file)) {
    // A build from before decision 0043 (measured with --web-dist to compare) has no list: weights only.
    console.log(`No ${file}: a build without the list of validator chunks; only the weights are checked.`);
    return new Set();
  }
  return new Set(JSON.parse(readFileSync(file, 'utf8')));
}

/**
 * Opens `path` in a new page of `context` and waits until the page has its
 * heading and the network has been idle for 500 ms.
 * @param {BrowserContext} context
 * @param {string} url
 */
async function load(context, url) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator('main h1').waitFor();
  return page;
}

const { values: args } = parseArgs({
  options: { 'web-dist': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (args.help) {
  console.log('Usage: node bench/pageWeight.mjs [--web-dist <web build>]');
  process.exit(0);
}
requireBuild();
const webDist = resolve(args['web-dist'] ?? WEB_DIST);
const validatorChunks = validatorChunksOf(webDist);
const server = await startServer(webDist);
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });
let ok = true;
try {
  const contextOptions = /** @type {const} */ ({
    viewport: { width: 360, height: 740 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    serviceWorkers: 'block',
  });

  // 1. A brand-new person opens /start.
  const fresh = await browser.newContext(contextOptions);
  const startAssets = recordAssets(fresh);
  const startPage = await load(fresh, `${server.base}/start`);
  ok =
    report('/start, brand-new person (empty profile)', await startAssets.done(), { budgeted: true, validatorChunks }) &&
    ok;

  // 2. The whole Dutch first run, from the language choice to the safety check's result.
  const firstRunAssets = recordAssets(fresh);
  await completeFirstRun(startPage, server.base);
  await startPage.waitForLoadState('networkidle');
  const firstRun = await firstRunAssets.done();
  const english = [...new Set(firstRun.filter((asset) => languageOf(asset.url) === 'en').map((asset) => asset.url))];
  const dutch = new Set(firstRun.filter((asset) => languageOf(asset.url) === 'nl').map((asset) => asset.url));
  console.log(
    `\nDutch first run: ${new Set(firstRun.map((asset) => asset.url)).size} more modules after /start, ${dutch.size} of them Dutch texts, ${english.length} English`,
  );
  for (const url of english) console.log(`  English module fetched: ${new URL(url).pathname}`);
  if (english.length > 0) {
    console.log('  NOT OK: a Dutch first run must load only the Dutch texts');
    ok = false;
  }

  // 3. The returning person: the profile and safety check carried over into an empty browser context
  // (empty HTTP cache, no service worker), then Today.
  const state = await fresh.storageState({ indexedDB: true });
  await fresh.close();
  const returning = await browser.newContext({ ...contextOptions, storageState: state });
  const todayAssets = recordAssets(returning);
  const today = await load(returning, `${server.base}/`);
  if (new URL(today.url()).pathname !== '/') {
    fail(`Today redirected to ${today.url()}: the first run did not carry over`);
  }
  ok =
    report('/ (Today), returning person (first run done, empty HTTP cache)', await todayAssets.done(), {
      budgeted: true,
      validatorChunks,
    }) && ok;
  await returning.close();

  // 4. The same person opening the check-in directly (a reminder's link): reported, the issue budgets pages 1 and 3.
  const direct = await browser.newContext({ ...contextOptions, storageState: state });
  const checkInAssets = recordAssets(direct);
  await load(direct, `${server.base}/check-in`);
  report('/check-in, returning person, opened directly', await checkInAssets.done(), {
    budgeted: false,
    validatorChunks,
  });
  await direct.close();
} finally {
  await browser.close();
  await server.stop();
}
process.exit(ok ? 0 : 1);
