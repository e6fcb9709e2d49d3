import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

// E2E_PORT lets two runs share a machine (for example while developing); CI uses the default.
const PORT = Number(process.env.E2E_PORT ?? 3199);
/** Where the reminders test's stand-in push service listens (the server may push only there). */
export const PUSH_PORT = PORT + 1;
const CI = Boolean(process.env.CI);
// A fresh, empty database for every run, so tests never see another run's patients. Kept in the environment, so
// the test workers (which load this file again) use the same folder: the therapist test runs the server's CLI on it.
process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'veerkracht-e2e-'));
export const DATA_DIR = process.env.E2E_DATA_DIR;

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  fullyParallel: false,
  // Two cores, two browsers: test files run side by side (each test has its own browser context and its own
  // anonymous patient, so they share nothing but the server). Measured: 16.6 min against 17.2 min one by one;
  // the axe file dominates, and splitting it (fullyParallel) gains little because axe is CPU-bound on 2 cores.
  // E2E_WORKERS=1 runs them one by one.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: CI ? 1 : 0,
  forbidOnly: CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'test-results/report.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    viewport: { width: 360, height: 740 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    serviceWorkers: 'allow',
    // A trace is recorded on the retry of a failed test only (CI retries once): recording one for every test, to keep
    // it on failure, cost a third of the run (checkin.spec: 84 s against 57 s, measured in one session).
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download cannot reach its host from these machines.
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    // The built server serving the built web app, as in production.
    command: 'node ../apps/server/dist/main.js serve',
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATA_DIR: DATA_DIR,
      LOG_LEVEL: 'warn',
      // Restores in these tests all come from one address; the default limit is for real people.
      RATE_LIMIT_RESTORE: '1000',
      RATE_LIMIT_CREATE_PATIENT: '1000',
      // Reminders: the stand-in push service of reminders.spec.ts, and a worker round every second.
      REMINDER_PUSH_SERVICES: `http://127.0.0.1:${PUSH_PORT}`,
      REMINDER_TICK_MS: '1000',
    },
  },
});
