import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Schema } from '../db/schema.js';

const require = createRequire(import.meta.url);

/** A SQLite file opened for the backup's own work (a copy, a restore being prepared), not the server's. */
export type SqliteFile = { db: Kysely<Schema>; sqlite: BetterSqlite3.Database; close(): Promise<void> };

/**
 * Opens the SQLite database at `path` with foreign keys on, as the server
 * does, but none of its other settings: these files are the backup's copies,
 * made durable with one fsync when finished rather than at every commit.
 *
 * @example
 * const copy = openSqliteFile('/tmp/restore/veerkracht.sqlite');
 * try { await copy.db.selectFrom('patients').selectAll().execute(); } finally { await copy.close(); }
 */
export function openSqliteFile(path: string, options: { mustExist?: boolean } = {}): SqliteFile {
  const SQLite = require('better-sqlite3') as typeof BetterSqlite3;
  const sqlite = new SQLite(path, { fileMustExist: options.mustExist ?? false });
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    db,
    sqlite,
    async close() {
      await db.destroy();
      if (sqlite.open) sqlite.close();
    },
  };
}

/** The better-sqlite3 constructor, loaded only when SQLite is used (as in db/database.ts). */
export function sqliteDriver(): typeof BetterSqlite3 {
  return require('better-sqlite3') as typeof BetterSqlite3;
}
