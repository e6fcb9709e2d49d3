import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAccessLog } from '../accessLog/accessLog.js';
import { createDatabase } from '../db/database.js';
import { LATEST_MIGRATION, migrations } from '../db/migrations/index.js';
import type { Schema } from '../db/schema.js';
import {
  emptyTarget,
  everyRow,
  SEEDED_TABLES,
  seedEveryTable,
  settingsOf,
  type Target,
} from '../testing/backupFixtures.js';
import { describeEachDatabase } from '../testing/databases.js';
import { backupDatabase } from './backup.js';
import { backupCommand } from './backupCommands.js';
import { BackupError, LOGICAL_FORMAT } from './format.js';
import { migrateOn } from './migrations.js';
import { restoreBackup } from './restore.js';
import { openSqliteFile } from './sqliteFile.js';

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'veerkracht-backups-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A new file name in the test folder. */
function backupFile(name: string): string {
  return join(folder, `${name}-${randomBytes(3).toString('hex')}`);
}

/** Restores into `target`, then returns every row of it (and closes what it opened). */
async function rowsOf(target: Target) {
  const database = target.open();
  try {
    return await everyRow(database);
  } finally {
    await database.close();
  }
}

describeEachDatabase('backup and restore', ({ database, dialect }) => {
  let target: Target;
  beforeAll(async () => {
    await seedEveryTable(database().db);
    target = await emptyTarget(dialect);
  });
  afterAll(() => target?.drop());

  it('restores every row of every table as it was backed up, over a database that held other data', async () => {
    const file = backupFile('round-trip');
    const summary = await backupDatabase(settingsOf(database()), file);
    expect(summary).toMatchObject({ kind: dialect === 'sqlite' ? 'sqlite' : 'logical', schema: LATEST_MIGRATION });
    for (const table of SEEDED_TABLES) expect(summary.rows[table], table).toBeGreaterThan(0);

    // Other data where the backup goes, which the restore must replace entirely.
    const before = target.open();
    await migrateOn(before.db);
    await sql`insert into patients (id, created_at, recovery_code_hash) values ('other', 'x', 'other')`.execute(
      before.db,
    );
    await before.close();

    const restored = await restoreBackup(file, target.settings);
    expect(restored).toMatchObject({ schema: LATEST_MIGRATION, migrated: [] });
    const source = await everyRow(database());
    expect(Object.keys(source)).toEqual(expect.arrayContaining(SEEDED_TABLES));
    expect(await rowsOf(target)).toEqual(source);
  });

  it('keeps the access log hash chain intact', async () => {
    const opened = target.open();
    try {
      expect(await verifyAccessLog(opened.db)).toEqual({ ok: true, entries: 6, headSeq: 6 });
    } finally {
      await opened.close();
    }
  });

  it('takes a consistent snapshot while writes go on', async () => {
    // Each write keeps the patient's counters equal to its records, in one transaction: a torn snapshot shows.
    // SQLite: from a thread of its own, as a server in another process would; PostgreSQL: from this pool.
    const writer = dialect === 'sqlite' ? sqliteWriterThread(database().location) : postgresWriter(database().db);
    await writer.started;
    const file = backupFile('while-writing');
    let writtenDuring = 0;
    try {
      const before = writer.count();
      await backupDatabase(settingsOf(database()), file);
      writtenDuring = writer.count() - before;
    } finally {
      await writer.stop();
    }
    expect(writtenDuring).toBeGreaterThan(0);
    const copy = await emptyTarget(dialect);
    try {
      await restoreBackup(file, copy.settings);
      const opened = copy.open();
      try {
        const patient = await sql<{ last_seq: string | number; record_count: string | number; n: string | number }>`
          select last_seq, record_count, (select count(*) from records where patient_id = 'patient-1') as n
          from patients where id = 'patient-1'`.execute(opened.db);
        const row = patient.rows[0];
        expect(Number(row?.n)).toBeGreaterThan(2);
        expect(Number(row?.last_seq)).toBe(Number(row?.n));
        expect(Number(row?.record_count)).toBe(Number(row?.n));
      } finally {
        await opened.close();
      }
    } finally {
      await copy.drop();
    }
  });

  it('restores a backup of an older schema into this version, then runs the newer migrations', async () => {
    const old = await emptyTarget(dialect);
    const copy = await emptyTarget(dialect);
    try {
      const opened = old.open();
      try {
        await migrateOn(opened.db, '0005_reminders');
        await sql`insert into patients (id, created_at, recovery_code_hash, record_count) values ('p-old', 't', 'h', 1)`.execute(
          opened.db,
        );
        await sql`insert into records (patient_id, id, type, data, hlc, deleted, seq, updated_at)
          values ('p-old', 'r1', 'checkin', '{"pain":4}', 'h1', ${sql.lit(false)}, 1, 't')`.execute(opened.db);
        await sql`insert into reminder_planning (patient_id, plan_at) values ('p-old', 't')`.execute(opened.db);
      } finally {
        await opened.close();
      }
      const file = backupFile('older');
      expect((await backupDatabase(old.settings, file)).schema).toBe('0005_reminders');

      const restored = await restoreBackup(file, copy.settings);
      const newer = Object.keys(migrations).filter((name) => name > '0005_reminders');
      expect(restored).toMatchObject({ schema: '0005_reminders', migrated: newer });
      const rows = await rowsOf(copy);
      expect(rows.kysely_migration?.map((row) => row.name)).toEqual(Object.keys(migrations).sort());
      expect(rows.records).toMatchObject([{ patient_id: 'p-old', id: 'r1', data: '{"pain":4}' }]);
      expect(rows.reminder_planning).toMatchObject([{ patient_id: 'p-old', plan_at: 't' }]);
      // 0006's tables exist and its seed row is there (the access log's genesis head).
      expect(rows.access_log_head).toHaveLength(1);
    } finally {
      await old.drop();
      await copy.drop();
    }
  });

  it.skipIf(dialect !== 'sqlite')('restores over a damaged database file', async () => {
    const damaged = await emptyTarget(dialect);
    try {
      writeFileSync(join(damaged.settings.dataDir, 'veerkracht.sqlite'), randomBytes(8192));
      const file = backupFile('over-damaged');
      await backupDatabase(settingsOf(database()), file);
      await restoreBackup(file, damaged.settings);
      expect(await rowsOf(damaged)).toEqual(await everyRow(database()));
    } finally {
      await damaged.drop();
    }
  });

  describe('refuses, changing nothing,', () => {
    let sqliteBackup: string;
    beforeAll(async () => {
      // The database under test must stay as seeded: refusals restore over the round trip's target.
      sqliteBackup = backupFile('valid');
      if (dialect === 'sqlite') await backupDatabase(settingsOf(database()), sqliteBackup);
    });

    async function expectRefused(file: string, message: RegExp) {
      const before = await rowsOf(target);
      const failure = await restoreBackup(file, target.settings).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(BackupError);
      expect(String((failure as Error).message)).toMatch(message);
      expect((failure as Error).message).not.toContain('\n');
      expect(await rowsOf(target)).toEqual(before);
    }

    const header = (schema: string) =>
      JSON.stringify({
        format: LOGICAL_FORMAT,
        formatVersion: 1,
        schema,
        createdAt: 'now',
        source: 'postgres',
        tables: [{ name: 'practices', columns: ['id', 'name', 'created_at'] }],
      });

    it('a missing file', async () => {
      await expectRefused(join(folder, 'nope.sqlite'), /^cannot read .*nope\.sqlite: no such file or folder$/);
    });

    it('a file that is not a backup', async () => {
      const file = backupFile('garbage');
      writeFileSync(file, randomBytes(5000));
      await expectRefused(file, /is not a Veerkracht backup \(neither a SQLite database nor a gzip file\)$/);
      const gzip = backupFile('gzip');
      writeFileSync(gzip, gzipSync('hello\nworld\n'));
      await expectRefused(gzip, /is not a Veerkracht backup \(a line is not JSON\)$/);
      const otherSqlite = backupFile('other.sqlite');
      const other = openSqliteFile(otherSqlite);
      await sql`create table notes (text text)`.execute(other.db);
      await other.close();
      await expectRefused(otherSqlite, /is not a Veerkracht backup \(it has no migrations table\)$/);
    });

    it('a backup cut off before its end', async () => {
      const file = backupFile('cut');
      writeFileSync(file, gzipSync(`${header(LATEST_MIGRATION)}\n[0,"pr9","Fysio",""]\n`));
      await expectRefused(file, /it ends before its last line: the file is incomplete/);
      const damaged = backupFile('damaged');
      writeFileSync(damaged, gzipSync(`${header(LATEST_MIGRATION)}\n`).subarray(0, 30));
      await expectRefused(damaged, /its gzip data is damaged or cut off/);
    });

    it('a backup from a newer schema, naming both versions', async () => {
      const file = backupFile('newer.jsonl.gz');
      writeFileSync(file, gzipSync(`${header('9999_future')}\n{"end":true,"rows":{"practices":0}}\n`));
      const newer = new RegExp(
        `is from schema version 9999_future, newer than this version of Veerkracht knows \\(${LATEST_MIGRATION}\\)`,
      );
      await expectRefused(file, newer);
      if (dialect === 'sqlite') {
        const newerSqlite = backupFile('newer.sqlite');
        writeFileSync(newerSqlite, readFileSync(sqliteBackup));
        const opened = openSqliteFile(newerSqlite, { mustExist: true });
        await sql`insert into kysely_migration (name, timestamp) values ('9999_future', 'now')`.execute(opened.db);
        await opened.close();
        await expectRefused(newerSqlite, newer);
      }
    });

    it('a restore while the database is in use', async () => {
      const server = target.open();
      try {
        await sql`select 1`.execute(server.db);
        const file = backupFile('in-use');
        await backupDatabase(settingsOf(database()), file);
        const failure = await restoreBackup(file, target.settings, { waitForSessionsMs: 100 }).catch(
          (error: unknown) => error,
        );
        expect(failure).toBeInstanceOf(BackupError);
        expect((failure as Error).message).toMatch(
          dialect === 'sqlite'
            ? /is in use \(is a server running\?\)/
            : /has 1 other connection \(a running server\?\)/,
        );
        // The server still works on its (unchanged) database.
        expect(await sql`select count(*) as n from practices`.execute(server.db)).toBeTruthy();
      } finally {
        await server.close();
      }
    });

    it('a backup to a path that cannot be written, or to a file that exists', async () => {
      await expect(backupDatabase(settingsOf(database()), join(folder, 'missing', 'b.sqlite'))).rejects.toThrow(
        /^cannot write .*b\.sqlite: no such file or folder$/,
      );
      const existing = backupFile('exists');
      writeFileSync(existing, 'keep me');
      await expect(backupDatabase(settingsOf(database()), existing)).rejects.toThrow(/it already exists/);
      expect(readFileSync(existing, 'utf8')).toBe('keep me');
    });
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('backups across databases', () => {
  it('restores a SQLite backup into PostgreSQL, and that one back into SQLite, row for row', async () => {
    const sqlite = await emptyTarget('sqlite');
    const postgres = await emptyTarget('postgres');
    const again = await emptyTarget('sqlite');
    try {
      const seeded = createDatabase(sqlite.settings);
      await migrateOn(seeded.db);
      await seedEveryTable(seeded.db, 2);
      await seeded.close();
      const first = backupFile('from-sqlite');
      await backupDatabase(sqlite.settings, first);
      await restoreBackup(first, postgres.settings);
      const second = backupFile('from-postgres');
      expect((await backupDatabase(postgres.settings, second)).kind).toBe('logical');
      await restoreBackup(second, again.settings);
      const original = await rowsOf(sqlite);
      expect(await rowsOf(again)).toEqual(original);
      const onPostgres = await rowsOf(postgres);
      expect(onPostgres.records?.map((row) => row.deleted)).toEqual(original.records?.map((row) => row.deleted === 1));
    } finally {
      await Promise.all([sqlite.drop(), postgres.drop(), again.drop()]);
    }
  });
});

describe('the backup and restore commands', () => {
  it.each<[Parameters<typeof backupCommand>[0], string[], RegExp]>([
    ['backup', [], /^give one backup file: backup <file>$/],
    ['backup', ['a', 'b'], /^give one backup file: backup <file>$/],
    ['restore', [], /^give one backup file: restore <file> \[--force\]$/],
    ['backup', ['a', '--force'], /^unknown option --force$/],
    ['restore', ['a', '--yes'], /^unknown option --yes$/],
  ])('refuse %s %j with one line', async (command, argv, message) => {
    await expect(backupCommand(command, argv, { dataDir: folder })).rejects.toThrow(message);
  });
});

type Writer = { started: Promise<void>; count(): number; stop(): Promise<void> };

/** Writes as fast as it can from a worker thread, on a connection of its own, until stopped. */
function sqliteWriterThread(file: string): Writer {
  const shared = new Int32Array(new SharedArrayBuffer(8));
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(
    `
    const { workerData, parentPort } = require('node:worker_threads');
    const SQLite = require(workerData.driver);
    const db = new SQLite(workerData.file);
    db.pragma('busy_timeout = 5000');
    const next = db.prepare("select last_seq + 1 from patients where id = 'patient-1'").pluck();
    const insert = db.prepare("insert into records (patient_id, id, type, data, hlc, deleted, seq, updated_at) values ('patient-1', ?, 'checkin', '{}', 'h', 0, ?, 'now')");
    const bump = db.prepare("update patients set last_seq = last_seq + 1, record_count = record_count + 1 where id = 'patient-1'");
    const write = db.transaction(() => { const seq = next.get(); insert.run('t-' + seq, seq); bump.run(); });
    while (Atomics.load(workerData.shared, 0) === 0) { write(); Atomics.add(workerData.shared, 1, 1); }
    db.close();
    parentPort.postMessage('done');
    `,
    { eval: true, workerData: { file, driver, shared } },
  );
  const done = new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  const started = (async () => {
    while (Atomics.load(shared, 1) < 20) await new Promise((resolve) => setTimeout(resolve, 10));
  })();
  return {
    started,
    count: () => Atomics.load(shared, 1),
    async stop() {
      Atomics.store(shared, 0, 1);
      await done;
      await worker.terminate();
    },
  };
}

/** Writes one transaction after another through the pool, the event loop free in between, until stopped. */
function postgresWriter(db: Kysely<Schema>): Writer {
  let writing = true;
  let written = 0;
  const loop = (async () => {
    while (writing) {
      await db.transaction().execute(async (trx) => {
        const next = await sql<{
          seq: string;
        }>`select last_seq + 1 as seq from patients where id = 'patient-1'`.execute(trx);
        const seq = Number(next.rows[0]?.seq);
        await sql`insert into records (patient_id, id, type, data, hlc, deleted, seq, updated_at)
          values ('patient-1', ${`w-${seq}`}, 'checkin', '{}', 'h', ${sql.lit(false)}, ${seq}, 'now')`.execute(trx);
        await sql`update patients set last_seq = last_seq + 1, record_count = record_count + 1 where id = 'patient-1'`.execute(
          trx,
        );
      });
      written++;
    }
  })();
  const started = (async () => {
    while (written < 5) await new Promise((resolve) => setTimeout(resolve, 10));
  })();
  return {
    started,
    count: () => written,
    async stop() {
      writing = false;
      await loop;
    },
  };
}
