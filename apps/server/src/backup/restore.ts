import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import { createDatabase, type DatabaseOptions, SQLITE_FILE } from '../db/database.js';
import type { Schema } from '../db/schema.js';
import { fsync } from './files.js';
import { BackupError, backupKind, checkSchemaVersion, fileProblem, notABackup, openLogicalBackup } from './format.js';
import { type LoadResult, loadBackup, type RowSource } from './load.js';
import { migrateOn, recordedMigration } from './migrations.js';
import { openSqliteFile, type SqliteFile, sqliteDriver } from './sqliteFile.js';
import { listTables } from './tables.js';

export type RestoreOptions = {
  /**
   * PostgreSQL: restore even though other sessions are connected to the
   * database (they are normally running servers, which must be stopped).
   */
  force?: boolean;
  /** PostgreSQL: how long to wait for other sessions to go before refusing (default 3 s). */
  waitForSessionsMs?: number;
};

export type RestoreSummary = {
  /** The schema version the backup recorded. */
  schema: string;
  /** Newer migrations run after the restore (empty when the backup was of this version). */
  migrated: string[];
  /** Where it was restored, safe to print. */
  location: string;
};

/**
 * Replaces the database the settings point at with the backup in `file`,
 * all or nothing, then runs the migrations newer than the backup. Either kind
 * of backup restores into either database (a SQLite backup into PostgreSQL
 * and the other way round).
 *
 * - SQLite: the database is prepared in a temporary folder inside `DATA_DIR`
 *   and renamed over `veerkracht.sqlite` only when complete. Refused while a
 *   server has the file open (it must be stopped); a server started during
 *   the restore fails to open it and exits.
 * - PostgreSQL: one transaction (drop the tables, migrate to the backup's
 *   version, load, migrate on). Refused while other sessions are connected,
 *   unless `force`.
 *
 * Refused, with nothing changed: a missing or unreadable file, a file that is
 * not a Veerkracht backup or is cut off, a backup from a newer schema.
 *
 * @example
 * const summary = await restoreBackup('/backups/veerkracht-2026-11-29.sqlite', { dataDir: './data' });
 * summary.migrated; // [] when the backup is of this version, else the newer migrations run after restoring
 */
export async function restoreBackup(
  file: string,
  settings: DatabaseOptions,
  options: RestoreOptions = {},
): Promise<RestoreSummary> {
  const kind = await backupKind(file);
  // A SQLite backup is read from a copy: opening a file can change it (SQLite may write its journal back).
  const scratch = await scratchFolder(settings.databaseUrl ? tmpdir() : await dataFolder(settings.dataDir));
  try {
    if (settings.databaseUrl) {
      const source = kind === 'sqlite' ? await sqliteSource(file, scratch) : await logicalSource(file);
      try {
        return await restorePostgres(settings, source, options);
      } finally {
        await source.close();
      }
    }
    return await restoreSqlite(file, kind, settings.dataDir, scratch);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

type OpenSource = RowSource & { close(): Promise<void> };

async function dataFolder(dataDir: string): Promise<string> {
  const folder = resolve(dataDir);
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw new BackupError(`cannot use DATA_DIR ${folder}: ${fileProblem(error)}`, { cause: error });
  }
  return folder;
}

/** Where a restore prepares its files: inside DATA_DIR for SQLite, so the final rename stays on one file system. */
async function scratchFolder(parent: string): Promise<string> {
  try {
    return await mkdtemp(join(parent, '.restore-'));
  } catch (error) {
    throw new BackupError(`cannot write in ${parent}: ${fileProblem(error)}`, { cause: error });
  }
}

async function logicalSource(file: string): Promise<OpenSource> {
  const backup = await openLogicalBackup(file);
  return { file, ...backup.header, rows: backup.rows, close: backup.close };
}

/** Copies a SQLite backup into `scratch`, checks it and reads its schema version. */
async function copySqliteBackup(file: string, scratch: string): Promise<{ copy: SqliteFile; schema: string }> {
  const path = join(scratch, SQLITE_FILE);
  try {
    await copyFile(file, path);
  } catch (error) {
    throw new BackupError(`cannot copy ${file} to ${scratch}: ${fileProblem(error)}`, { cause: error });
  }
  let copy: SqliteFile | undefined;
  try {
    copy = openSqliteFile(path, { mustExist: true });
    const check = await sql<{ quick_check: string }>`pragma quick_check`.execute(copy.db);
    if (check.rows[0]?.quick_check !== 'ok')
      throw notABackup(file, `SQLite finds it damaged: ${check.rows[0]?.quick_check}`);
    const tables = await listTables(copy.db, 'sqlite');
    if (!tables.some((table) => table.name === 'kysely_migration'))
      throw notABackup(file, 'it has no migrations table');
    const schema = checkSchemaVersion(file, await recordedMigration(copy.db));
    return { copy, schema };
  } catch (error) {
    await copy?.close();
    if (error instanceof BackupError) throw error;
    // better-sqlite3 says "file is not a database" or the like: the file is not usable as a backup.
    throw notABackup(file, error instanceof Error ? error.message : String(error));
  }
}

async function sqliteSource(file: string, scratch: string): Promise<OpenSource> {
  const { copy, schema } = await copySqliteBackup(file, scratch);
  const tables = await listTables(copy.db, 'sqlite');
  async function* rows() {
    for (const [index, table] of tables.entries()) {
      const columns = table.columns.map((column) => `"${column.replaceAll('"', '""')}"`).join(', ');
      const statement = copy.sqlite.prepare(`select ${columns} from "${table.name.replaceAll('"', '""')}"`).raw(true);
      for (const values of statement.iterate() as IterableIterator<unknown[]>) yield { table: index, values };
    }
  }
  return { file, schema, tables, rows, close: () => copy.close() };
}

async function restoreSqlite(
  file: string,
  kind: 'sqlite' | 'logical',
  dataDir: string,
  scratch: string,
): Promise<RestoreSummary> {
  const live = join(resolve(dataDir), SQLITE_FILE);
  let schema: string;
  let migrated: string[];
  if (kind === 'sqlite') {
    const { copy, schema: recorded } = await copySqliteBackup(file, scratch);
    try {
      schema = recorded;
      migrated = await migrateOn(copy.db);
      await sql`pragma journal_mode = WAL`.execute(copy.db);
    } finally {
      await copy.close();
    }
  } else {
    const source = await logicalSource(file);
    const prepared = openSqliteFile(join(scratch, SQLITE_FILE));
    try {
      schema = source.schema;
      await sql`pragma journal_mode = WAL`.execute(prepared.db);
      // A throw-away file until it is renamed: one fsync at the end instead of one per commit.
      await sql`pragma synchronous = OFF`.execute(prepared.db);
      migrated = (await inTransaction(prepared.db, (connection) => loadBackup(connection, 'sqlite', source))).migrated;
    } finally {
      await prepared.close();
      await source.close();
    }
  }
  const prepared = join(scratch, SQLITE_FILE);
  await fsync(prepared);
  installSqlite(prepared, live);
  return { schema, migrated, location: live };
}

/**
 * Renames the prepared file over the live one, only when no server has the
 * live one open: a connection can leave WAL mode only when it is the only
 * one. It then holds an exclusive lock until the rename is done, so a server
 * starting meanwhile cannot open the old file and write where nobody will
 * read again (it fails to start instead).
 */
function installSqlite(prepared: string, live: string): void {
  const SQLite = sqliteDriver();
  let guard: BetterSqlite3.Database | undefined;
  try {
    try {
      guard = new SQLite(live, { fileMustExist: true });
    } catch {
      guard = undefined;
    }
    if (guard) {
      guard.pragma('busy_timeout = 0');
      try {
        guard.pragma('journal_mode = DELETE');
        guard.exec('begin exclusive');
      } catch (error) {
        const code = (error as { code?: string }).code ?? '';
        if (code.startsWith('SQLITE_BUSY')) {
          throw new BackupError(`${live} is in use (is a server running?): stop every server using it, then restore`);
        }
        // A damaged file is what a restore is often for; no server can be using it as a database.
        if (!code.startsWith('SQLITE_NOTADB') && !code.startsWith('SQLITE_CORRUPT')) throw error;
        guard.close();
        guard = undefined;
      }
    }
    if (!guard) {
      // Left by a database that is gone: SQLite would read them as the new file's journal.
      for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${live}${suffix}`, { force: true });
    }
    renameSync(prepared, live);
    const folder = openSync(dirname(live), 'r');
    try {
      fsyncSync(folder);
    } finally {
      closeSync(folder);
    }
  } finally {
    if (guard?.inTransaction) guard.exec('rollback');
    guard?.close();
  }
}

/** Runs `work` inside BEGIN … COMMIT on one connection, rolling back on any failure. */
async function inTransaction<T>(db: Kysely<Schema>, work: (connection: Kysely<Schema>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (connection) => {
    await sql`begin`.execute(connection);
    try {
      const result = await work(connection);
      await sql`commit`.execute(connection);
      return result;
    } catch (error) {
      await sql`rollback`.execute(connection).catch(() => {});
      throw error;
    }
  });
}

async function restorePostgres(
  settings: DatabaseOptions,
  source: RowSource,
  options: RestoreOptions,
): Promise<RestoreSummary> {
  const database = createDatabase({ ...settings, poolSize: 1 });
  try {
    if (!options.force) await refuseWhileInUse(database.db, database.location, options.waitForSessionsMs ?? 3000);
    const result: LoadResult = await inTransaction(database.db, (connection) =>
      loadBackup(connection, 'postgres', source),
    );
    return { schema: source.schema, migrated: result.migrated, location: database.location };
  } finally {
    await database.close();
  }
}

/** Waits a moment for other sessions on this database to end (a server just stopped), then refuses. */
async function refuseWhileInUse(db: Kysely<Schema>, location: string, waitMs: number): Promise<void> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const result = await sql<{ n: number }>`
      select count(*)::int as n from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`.execute(db);
    const others = result.rows[0]?.n ?? 0;
    if (others === 0) return;
    if (Date.now() >= deadline) {
      throw new BackupError(
        `${location} has ${others} other connection${others === 1 ? '' : 's'} (a running server?): ` +
          'stop every server using it, then restore (or pass --force)',
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
