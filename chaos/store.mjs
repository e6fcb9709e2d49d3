// A throwaway store and a free port for a server under test, shared by the
// chaos scripts (through ./server.mjs) and bench/sync.mjs. No side effects on
// import: each script installs its own exit handling.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * A port of 127.0.0.1 that was free a moment ago.
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((done, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Runs one statement on the PostgreSQL server of `adminUrl` (CREATE or DROP DATABASE) over a connection of its own.
 * @param {string} adminUrl
 * @param {string} sqlText
 */
export async function adminQuery(adminUrl, sqlText) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sqlText);
  } finally {
    await client.end();
  }
}

/**
 * Where a server stores its data: a fresh SQLite folder, or with `postgresUrl` a fresh PostgreSQL database on that
 * server (and a folder for DATA_DIR). `remove()` deletes both. `name` goes into the folder's and the database's
 * names (`veerkracht-<name>-…`, `veerkracht_<name>_…`), so a left-over one says which tool made it.
 * @param {string | undefined} postgresUrl
 * @param {string} name
 * @returns {Promise<{ env: Record<string, string>, remove(): Promise<void> }>}
 */
export async function freshStore(postgresUrl, name) {
  const dataDir = mkdtempSync(join(tmpdir(), `veerkracht-${name}-`));
  if (!postgresUrl) {
    return {
      env: { DATA_DIR: dataDir, DATABASE_URL: '' },
      remove: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const database = `veerkracht_${name}_${randomBytes(6).toString('hex')}`;
  await adminQuery(postgresUrl, `CREATE DATABASE ${database}`);
  const url = new URL(postgresUrl);
  url.pathname = `/${database}`;
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: url.toString() },
    async remove() {
      rmSync(dataDir, { recursive: true, force: true });
      await adminQuery(postgresUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    },
  };
}
