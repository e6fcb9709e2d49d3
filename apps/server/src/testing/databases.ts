import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createDatabase, type Database, type Dialect } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';

const postgresUrl = process.env.TEST_DATABASE_URL;
const postgresRequired = process.env.REQUIRE_POSTGRES === '1';

/**
 * A database for one test file, with a way to drop it, and a way to open it
 * again as a second process would (the caller closes what it reopens).
 */
export type TestDatabase = { database: Database; reopen(): Database; drop(): Promise<void> };

/** A fresh, empty SQLite database in a temporary folder. */
export function createSqliteTestDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'veerkracht-test-'));
  const database = createDatabase({ dataDir: dir });
  return {
    database,
    reopen: () => createDatabase({ dataDir: dir }),
    async drop() {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh, empty PostgreSQL database with a random name on the `TEST_DATABASE_URL` server. */
export async function createPostgresTestDatabase(adminUrl: string): Promise<TestDatabase> {
  const name = `veerkracht_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = createDatabase({ databaseUrl: url.toString(), dataDir: '(unused)', poolSize: 5 });
  return {
    database,
    reopen: () => createDatabase({ databaseUrl: url.toString(), dataDir: '(unused)', poolSize: 5 }),
    async drop() {
      await database.close();
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

export type DatabaseContext = {
  /** The database of the current file (valid inside tests and hooks). */
  database(): Database;
  /** A second connection (pool) to the same database, like another server process; close it after use. */
  reopen(): Database;
  dialect: Dialect;
};

/**
 * Runs the same tests on SQLite and on PostgreSQL, each on a fresh database
 * for this file. PostgreSQL runs when `TEST_DATABASE_URL` is set; otherwise
 * its tests show as skipped, or fail when `REQUIRE_POSTGRES=1`.
 */
export function describeEachDatabase(
  title: string,
  body: (context: DatabaseContext) => void,
  options: { migrate?: boolean } = {},
): void {
  const migrate = options.migrate ?? true;

  const suite = (dialect: Dialect, open: () => Promise<TestDatabase>) => () => {
    let test: TestDatabase | undefined;
    beforeAll(async () => {
      test = await open();
      if (migrate) await migrateToLatest(test.database.db);
    });
    afterAll(async () => {
      await test?.drop();
    });
    body({
      dialect,
      database: () => {
        if (!test) throw new Error('the test database is not open yet');
        return test.database;
      },
      reopen: () => {
        if (!test) throw new Error('the test database is not open yet');
        return test.reopen();
      },
    });
  };

  describe(
    `${title} [SQLite]`,
    suite('sqlite', async () => createSqliteTestDatabase()),
  );
  if (postgresUrl) {
    describe(
      `${title} [PostgreSQL]`,
      suite('postgres', () => createPostgresTestDatabase(postgresUrl)),
    );
  } else if (postgresRequired) {
    describe(`${title} [PostgreSQL]`, () => {
      it('runs on PostgreSQL (REQUIRE_POSTGRES=1 needs TEST_DATABASE_URL)', () => {
        throw new Error('REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set');
      });
    });
  } else {
    describe.skip(
      `${title} [PostgreSQL: skipped, set TEST_DATABASE_URL]`,
      suite('postgres', async () => {
        throw new Error('unreachable');
      }),
    );
  }
}

/**
 * Every row of every table, in a stable order, as JSON: compare before and
 * after a request to prove it changed nothing.
 */
export async function dumpData(database: Database): Promise<string> {
  const { db } = database;
  const [patients, tokens, records] = await Promise.all([
    sql`select * from patients order by id`.execute(db),
    sql`select * from device_tokens order by token_hash`.execute(db),
    sql`select * from records order by patient_id, id`.execute(db),
  ]);
  return JSON.stringify({ patients: patients.rows, tokens: tokens.rows, records: records.rows });
}
