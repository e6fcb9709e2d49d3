import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../testing/databases.js';
import { describeSchema } from '../testing/schemaSnapshot.js';
import { createDatabase, redactUrl, SQLITE_BUSY_TIMEOUT_MS } from './database.js';
import { lastAppliedMigration, migrateToLatest } from './migrate.js';
import { LATEST_MIGRATION, migrations } from './migrations/index.js';

describeEachDatabase(
  'migrations',
  ({ database, dialect }) => {
    it('apply every migration to an empty database, in order, and a second run applies nothing', async () => {
      expect(await lastAppliedMigration(database().db)).toBeNull();
      expect(await migrateToLatest(database().db)).toEqual(Object.keys(migrations).sort());
      expect(await migrateToLatest(database().db)).toEqual([]);
      expect(await lastAppliedMigration(database().db)).toBe(LATEST_MIGRATION);
    });

    it('produce the schema in the committed snapshot (after a new migration: review, then vitest -u)', async () => {
      const schema = await describeSchema(database());
      await expect(`${JSON.stringify(schema, null, 2)}\n`).toMatchFileSnapshot(
        `./__snapshots__/schema.${dialect}.snap`,
      );
    });

    it('refuse a record of a patient that does not exist (foreign keys are on)', async () => {
      const insert = sql`insert into records (patient_id, id, type, data, hlc, deleted, seq, updated_at)
        values ('nobody', 'r1', 'checkin', '{}', 'x', ${0}, 1, 'now')`;
      await expect(insert.execute(database().db)).rejects.toThrow();
    });
  },
  { migrate: false },
);

describe('the SQLite database', () => {
  it('is created in DATA_DIR (made when missing) with WAL, synchronous FULL, foreign keys and a short busy timeout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'veerkracht-dir-'));
    const database = createDatabase({ dataDir: join(dir, 'nested', 'data') });
    try {
      expect(database.dialect).toBe('sqlite');
      expect(database.location).toBe(join(dir, 'nested', 'data', 'veerkracht.sqlite'));
      const pragma = async (name: string) =>
        Object.values((await sql.raw(`pragma ${name}`).execute(database.db)).rows[0] as object)[0];
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('synchronous')).toBe(2); // 2 = FULL
      expect(await pragma('foreign_keys')).toBe(1);
      expect(await pragma('busy_timeout')).toBe(SQLITE_BUSY_TIMEOUT_MS);
    } finally {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is not used when a DATABASE_URL is given, and the URL is logged without its password', () => {
    const database = createDatabase({ databaseUrl: 'postgres://app:secret@127.0.0.1:1/x', dataDir: '/nonexistent' });
    expect(database.dialect).toBe('postgres');
    expect(database.location).toBe('postgres://app:***@127.0.0.1:1/x');
    expect(redactUrl('not a url')).not.toContain('not a url');
    return database.close();
  });
});
