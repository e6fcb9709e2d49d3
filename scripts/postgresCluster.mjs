// A throwaway PostgreSQL cluster on 127.0.0.1, from Debian's binaries: for the
// test command (scripts/test.mjs) and the fault scripts (chaos/). Node's own
// modules only, so it works before anything is installed.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const isRoot = process.getuid?.() === 0;

/**
 * The newest PostgreSQL's bin folder under /usr/lib/postgresql, or undefined.
 * @returns {string | undefined}
 */
export function findPostgresBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  return readdirSync(base)
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => join(base, version, 'bin'))
    .find((dir) => existsSync(join(dir, 'initdb')));
}

/** @param {string} file */
function readLog(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/**
 * Makes and starts a cluster in a new temporary folder (as the postgres user
 * when run as root: PostgreSQL refuses to run as root), with `fsync=off`,
 * trust authentication and 200 connections.
 * @param {{ bin: string, port: number, prefix?: string }} options
 * @returns {{ url: string, start(): void, crash(): void, stop(): void }}
 */
export function startPostgresCluster({ bin, port, prefix = 'veerkracht-pg-' }) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o700);
  const asUser = isRoot ? ['runuser', '-u', 'postgres', '--'] : [];
  if (isRoot) {
    const id = (/** @type {string} */ flag) => Number(spawnSync('id', [flag, 'postgres']).stdout.toString().trim());
    chownSync(dir, id('-u'), id('-g'));
  }
  const data = join(dir, 'data');
  /** @param {string[]} command */
  const exec = (command) => {
    const [cmd = '', ...rest] = [...asUser, ...command];
    return spawnSync(cmd, rest, { encoding: 'utf8' });
  };
  const init = exec([join(bin, 'initdb'), '-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const pgCtl = (/** @type {string[]} */ args) => exec([join(bin, 'pg_ctl'), '-D', data, ...args]);
  const start = () => {
    const started = pgCtl(['-o', options, '-l', join(dir, 'log'), '-w', 'start']);
    if (started.status !== 0) throw new Error(`pg_ctl start failed: ${started.stderr}\n${readLog(join(dir, 'log'))}`);
  };
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    /** Stops like a crash (`-m immediate`): clients get no goodbye. `start()` brings it back. */
    crash: () => {
      pgCtl(['-m', 'immediate', 'stop']);
    },
    /** Stops and removes the cluster. */
    stop: () => {
      pgCtl(['-m', 'fast', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
