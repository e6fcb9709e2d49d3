// Shared by the browser benchmarks (pageWeight.mjs, lighthouse.mjs, todayScript.mjs, firstFrames.mjs): the built
// server on a free port with a throwaway SQLite folder, Debian's Chromium, and
// the first run done the way a person does it, so "returning person" pages can
// be measured with the state a real device has.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { addDays, calendarDayAt, EMERGENCY_ITEMS, GP_SOON_ITEMS } from '@veerkracht/core';
import { chromium } from 'playwright-core';
import { freePort } from '../chaos/store.mjs';
import { WEB_DIST } from './homePageSize.mjs';

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('playwright-core').BrowserContext} BrowserContext */

export const ROOT = resolve(import.meta.dirname, '..');
export const SERVER_MAIN = join(ROOT, 'apps', 'server', 'dist', 'main.js');
/** Debian's Chromium, as in the e2e tests; Lighthouse reads the same variable. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** @param {string} message @returns {never} */
export function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

/** Stops with a clear message when the server or the web app is not built, or Chromium is missing. */
export function requireBuild() {
  if (!existsSync(SERVER_MAIN)) fail(`${SERVER_MAIN} is missing: run "npm run build" first.`);
  if (!existsSync(join(WEB_DIST, 'index.html'))) fail(`${WEB_DIST} is missing: run "npm run build" first.`);
  if (!existsSync(CHROME_PATH)) fail(`no Chromium at ${CHROME_PATH}: install Debian's chromium or set CHROME_PATH.`);
}

// One free-port helper for bench and chaos.
export { freePort };

/**
 * Starts the built server (`main.js serve`, serving apps/web/dist with its
 * .br/.gz copies, or `webDist`: another build of the web app, to compare) on
 * a free port with an empty SQLite folder of its own. `serverMain` runs another build of the server (an older
 * one, when what changed is how the server sends the files).
 * @param {string} [webDist]
 * @param {string} [serverMain]
 * @returns {Promise<{ base: string, stop(): Promise<void> }>}
 */
export async function startServer(webDist = WEB_DIST, serverMain = SERVER_MAIN) {
  if (!existsSync(join(webDist, 'index.html'))) fail(`no built web app in ${webDist}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'veerkracht-webbench-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [serverMain, 'serve'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      WEB_DIST: resolve(webDist),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  /** @type {string | null} */
  let exited = null;
  server.on('exit', (code, signal) => {
    exited = `code ${code}, signal ${signal}`;
  });
  // An interrupted benchmark must not leave a server holding the port.
  const killOnExit = () => server.kill('SIGTERM');
  process.on('exit', killOnExit);
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (exited !== null) fail(`the server stopped while starting (${exited})`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) fail('the server did not answer /api/health within 20 s');
    await new Promise((done) => setTimeout(done, 100));
  }
  return {
    base,
    async stop() {
      process.off('exit', killOnExit);
      if (exited === null) {
        // SQLite checkpoints its WAL on a clean shutdown, before the folder goes.
        const stopped = new Promise((done) => server.once('exit', done));
        server.kill('SIGTERM');
        await Promise.race([stopped, new Promise((done) => setTimeout(done, 5000).unref())]);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Flags for every Chromium the benchmarks start: headless, no sandbox (containers), and no background traffic of Chromium's own that would show up in the measurements. */
export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

/**
 * Does the first run of a new device in Dutch, as a person would and as the
 * e2e helper `completeFirstRun` does: language, welcome, age and start of the
 * pain, and the safety check with "no" to every question. Ends on the result page.
 * @param {Page} page
 * @param {string} base
 */
export async function completeFirstRun(page, base) {
  await page.goto(`${base}/start`);
  await page.getByRole('button', { name: 'Nederlands', exact: true }).click();
  await page.locator('main h1', { hasText: 'Welkom bij Veerkracht' }).waitFor();
  await page.getByRole('button', { name: 'Verder', exact: true }).click();
  await page.locator('#age').fill('45');
  const [year = '', month = '', day = ''] = addDays(calendarDayAt(new Date()), -200).split('-');
  await page.locator('#onsetDate-day').fill(String(Number(day)));
  await page.locator('#onsetDate-month').selectOption(String(Number(month)));
  await page.locator('#onsetDate-year').fill(year);
  await page.getByRole('button', { name: 'Verder', exact: true }).click();
  /** @param {readonly string[]} ids */
  const answerNo = async (ids) => {
    for (const id of ids) await page.locator(`#${id}-no`).check();
  };
  await page.locator('[data-step="emergency"]').waitFor();
  await answerNo(EMERGENCY_ITEMS);
  await page.getByRole('button', { name: 'Verder', exact: true }).click();
  await page.locator('[data-step="gp_soon"]').waitFor();
  await answerNo(GP_SOON_ITEMS);
  await page.getByRole('button', { name: 'Verder', exact: true }).click();
  await answerNo(['onset_before_45']);
  await page.getByRole('button', { name: 'Klaar, laat de uitslag zien' }).click();
  await page.waitForURL(/\/safety\/result\//);
  await page.locator('main h1').waitFor();
}

/**
 * A phone-sized Chromium profile of its own (412 × 823, the service worker blocked: its precache of the whole app
 * would fetch and compile every chunk while a page is measured), and the way to close and remove it.
 * @param {string} name a word for the profile's temporary folder
 * @returns {Promise<{ context: BrowserContext, close(): Promise<void> }>}
 */
export async function phoneProfile(name) {
  const profileDir = mkdtempSync(join(tmpdir(), `veerkracht-${name}-`));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROME_PATH,
    args: CHROME_FLAGS,
    viewport: { width: 412, height: 823 },
    serviceWorkers: 'block',
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
