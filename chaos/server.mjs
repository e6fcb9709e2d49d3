// Shared by the chaos scripts: start the built server on a free port of
// 127.0.0.1 with a throwaway store (a SQLite folder, or a fresh PostgreSQL
// database with --postgres), wait until it answers, and stop it afterwards.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort, freshStore } from './store.mjs';

export const root = resolve(import.meta.dirname, '..');
export const DEFAULT_MAIN = join(root, 'apps', 'server', 'dist', 'main.js');

/** @param {string} message @returns {never} */
export function fail(message) {
  console.error(`chaos: ${message}`);
  process.exit(1);
}

export { freePort };

/** @param {number} ms */
export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Servers still running, killed however the script ends. */
const running = new Set();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});
process.on('SIGINT', () => process.exit(130));

/**
 * @typedef {{ code: number | null, signal: string | null, at: number }} Exit
 * @typedef {{
 *   port: number,
 *   base: string,
 *   pid: number,
 *   exit: Promise<Exit>,
 *   exited(): Exit | null,
 *   signal(name: NodeJS.Signals): number,
 *   stop(): Promise<void>,
 * }} Server
 */

/**
 * Starts `main serve` and waits until /api/health answers 200.
 * @param {{ main: string, postgresUrl?: string | undefined, env?: Record<string, string> }} options
 * @returns {Promise<Server>}
 */
export async function startServer({ main, postgresUrl, env = {} }) {
  if (!existsSync(main)) fail(`${main} is missing: run "npm run build" first.`);
  const store = await freshStore(postgresUrl, 'chaos');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [main, 'serve'], {
    env: {
      ...process.env,
      ...store.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      WEB_DIST: join(root, 'apps', 'web', 'dist'),
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  running.add(child);
  /** @type {Exit | null} */
  let exitState = null;
  /** @type {Promise<Exit>} */
  const exit = new Promise((done) =>
    child.once('exit', (code, signal) => {
      exitState = { code, signal, at: performance.now() };
      running.delete(child);
      done(exitState);
    }),
  );
  for (let i = 0; ; i++) {
    if (exitState !== null) fail(`the server exited during start-up (${JSON.stringify(exitState)})`);
    if (i > 300) fail('the server did not become healthy within 15 s');
    const response = await fetch(`${base}/api/health`).catch(() => null);
    if (response?.ok) break;
    await sleep(50);
  }
  return {
    port,
    base,
    pid: child.pid ?? 0,
    exit,
    exited: () => exitState,
    signal(name) {
      const at = performance.now();
      child.kill(name);
      return at;
    },
    async stop() {
      if (exitState === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exit;
        clearTimeout(timer);
      }
      await store.remove();
    },
  };
}

/**
 * A new patient's bearer token.
 * @param {string} base
 * @returns {Promise<string>}
 */
export async function createPatient(base) {
  const response = await fetch(`${base}/api/v1/patients`, { method: 'POST' });
  if (response.status !== 201) fail(`creating a patient answered ${response.status}`);
  const body = /** @type {{ token: string }} */ (await response.json());
  return body.token;
}
