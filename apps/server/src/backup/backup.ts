import { createWriteStream, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { type Kysely, sql } from 'kysely';
import { createDatabase, type DatabaseOptions, SQLITE_FILE } from '../db/database.js';
import type { Schema } from '../db/schema.js';
import { writeWhole } from './files.js';
import { BackupError, type BackupHeader, type BackupTrailer, LOGICAL_FORMAT } from './format.js';
import { recordedMigration } from './migrations.js';
import { openSqliteFile, sqliteDriver } from './sqliteFile.js';
import { listTables } from './tables.js';

/** What a backup holds. */
export type BackupSummary = {
  kind: 'sqlite' | 'logical';
  /** The schema version (last migration) of the data. */
  schema: string;
  /** Rows per table. */
  rows: Record<string, number>;
  bytes: number;
};

/**
 * All pages in one step of SQLite's online backup: the copy is then made in
 * one read transaction, a consistent snapshot even while a server writes (WAL
 * readers never wait for the writer). With smaller steps every write by
 * another connection would restart the copy.
 */
const ALL_PAGES = 0x7fffffff;

/** Rows fetched at a time from a PostgreSQL cursor: memory stays flat however big the table. */
const FETCH_ROWS = 2000;

/**
 * Backs up the database the settings point at (the same as `serve`'s) into
 * `file`, which must not exist yet; safe while servers run.
 *
 * - SQLite: a copy of the database file made with SQLite's online backup
 *   API, itself a SQLite database (rollback journal, so it is one file).
 * - PostgreSQL: a logical backup, gzip'ed JSON lines (header, rows of every
 *   table in insert order, trailer with counts), read in one REPEATABLE READ
 *   READ ONLY transaction, so one snapshot.
 *
 * Either records its schema version (the last migration applied). The file
 * appears only when whole.
 *
 * @example
 * const summary = await backupDatabase({ dataDir: './data' }, '/backups/veerkracht-2026-11-29.sqlite');
 * summary.schema; // '0006_workspace'
 */
export async function backupDatabase(settings: DatabaseOptions, file: string): Promise<BackupSummary> {
  return settings.databaseUrl ? backupPostgres(settings, file) : backupSqlite(settings.dataDir, file);
}

async function backupSqlite(dataDir: string, file: string): Promise<BackupSummary> {
  const live = join(resolve(dataDir), SQLITE_FILE);
  if (!existsSync(live)) throw new BackupError(`there is no database at ${live}: nothing to back up`);
  const SQLite = sqliteDriver();
  let summary: Omit<BackupSummary, 'bytes'> | undefined;
  const bytes = await writeWhole(file, async (temporary) => {
    const source = new SQLite(live, { fileMustExist: true });
    try {
      // This process may wait for a server's lock; the server never waits for the backup.
      source.pragma('busy_timeout = 5000');
      await source.backup(temporary, { progress: () => ALL_PAGES });
    } finally {
      source.close();
    }
    summary = await describeSqliteCopy(temporary, live);
  });
  if (!summary) throw new Error('the backup was written but not described');
  return { ...summary, bytes };
}

/** Makes the copy one self-contained file, checks it, and reads its schema version and row counts. */
async function describeSqliteCopy(copy: string, live: string): Promise<Omit<BackupSummary, 'bytes'>> {
  const database = openSqliteFile(copy, { mustExist: true });
  try {
    // The copy carries the live file's WAL flag; a rollback journal keeps a backup one file.
    await sql`pragma journal_mode = DELETE`.execute(database.db);
    const check = await sql<{ quick_check: string }>`pragma quick_check`.execute(database.db);
    if (check.rows[0]?.quick_check !== 'ok')
      throw new BackupError(`the copy of ${live} is damaged: ${check.rows[0]?.quick_check}`);
    const tables = await listTables(database.db, 'sqlite');
    if (!tables.some((table) => table.name === 'kysely_migration')) {
      throw new BackupError(`${live} has no migrations applied: nothing to back up`);
    }
    const schema = (await recordedMigration(database.db)) ?? '';
    return { kind: 'sqlite', schema, rows: await countRows(database.db, tables) };
  } finally {
    await database.close();
  }
}

async function countRows(db: Kysely<Schema>, tables: { name: string }[]): Promise<Record<string, number>> {
  const rows: Record<string, number> = {};
  for (const table of tables) {
    const result = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table.name)}`.execute(db);
    rows[table.name] = Number(result.rows[0]?.n ?? 0);
  }
  return rows;
}

async function backupPostgres(settings: DatabaseOptions, file: string): Promise<BackupSummary> {
  const database = createDatabase({ ...settings, poolSize: 1 });
  try {
    let summary: Omit<BackupSummary, 'bytes'> | undefined;
    const bytes = await writeWhole(file, (temporary) =>
      database.db
        .transaction()
        .setIsolationLevel('repeatable read')
        .setAccessMode('read only')
        .execute(async (trx) => {
          const tables = await listTables(trx, 'postgres');
          if (!tables.some((table) => table.name === 'kysely_migration')) {
            throw new BackupError(`${database.location} has no migrations applied: nothing to back up`);
          }
          const header: BackupHeader = {
            format: LOGICAL_FORMAT,
            formatVersion: 1,
            schema: (await recordedMigration(trx)) ?? '',
            createdAt: new Date().toISOString(),
            source: 'postgres',
            tables: tables.map((table) => ({ name: table.name, columns: table.columns })),
          };
          const counts: Record<string, number> = {};
          async function* lines(): AsyncGenerator<string> {
            yield `${JSON.stringify(header)}\n`;
            for (const [index, table] of header.tables.entries()) {
              let count = 0;
              await sql`declare veerkracht_backup no scroll cursor for select * from ${sql.table(table.name)}`.execute(
                trx,
              );
              for (;;) {
                const page = await sql<
                  Record<string, unknown>
                >`fetch forward ${sql.lit(FETCH_ROWS)} from veerkracht_backup`.execute(trx);
                if (page.rows.length === 0) break;
                let chunk = '';
                for (const row of page.rows)
                  chunk += `${JSON.stringify([index, ...table.columns.map((column) => row[column] ?? null)])}\n`;
                count += page.rows.length;
                yield chunk;
              }
              await sql`close veerkracht_backup`.execute(trx);
              counts[table.name] = count;
            }
            const trailer: BackupTrailer = { end: true, rows: counts };
            yield `${JSON.stringify(trailer)}\n`;
          }
          await pipeline(Readable.from(lines()), createGzip(), createWriteStream(temporary, { flags: 'wx' }));
          summary = { kind: 'logical', schema: header.schema, rows: counts };
        }),
    );
    if (!summary) throw new Error('the backup was written but not described');
    return { ...summary, bytes };
  } finally {
    await database.close();
  }
}
