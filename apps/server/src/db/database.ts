import { mkdirSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Schema } from './schema.js';
import { FALLBACK_AUTOCHECKPOINT_PAGES, startWalCheckpointer } from './walCheckpointer.js';

// Each driver is loaded only when used: a SQLite server never pays for pg's
// start-up time, nor a PostgreSQL server for the native SQLite module.
const require = createRequire(import.meta.url);

export type Dialect = 'sqlite' | 'postgres';

/**
 * SQLite's one connection, below Kysely: prepared statements (kept in the
 * same cache Kysely uses) for hot paths. Use it only while holding Kysely's
 * connection (`db.connection().execute(…)`), so no Kysely query or
 * transaction runs in between.
 */
export interface NativeSqlite {
  prepare(text: string): BetterSqlite3.Statement;
  /**
   * Makes every commit so far durable: an fsync of the WAL file on libuv's
   * thread pool, so the event loop runs on meanwhile. For commits made with
   * `synchronous = NORMAL` (the sync group commit, decision 0016); a call
   * made while an fsync runs waits for the next one, which starts after it.
   */
  syncWal(): Promise<void>;
  /** Whether a transaction is open: SQLite ends one by itself on some errors (a full disk, an I/O error). */
  inTransaction(): boolean;
}

/** An open database: the query builder, which dialect it speaks, and how to close it. */
export interface Database {
  readonly db: Kysely<Schema>;
  readonly dialect: Dialect;
  /** SQLite only: the connection below Kysely, for the sync hot path. */
  readonly sqlite?: NativeSqlite;
  /**
   * For health probes only: on PostgreSQL a connection of its own, so a probe
   * never waits behind syncs that hold the pool; on SQLite the same as `db`.
   */
  readonly probe: Kysely<Schema>;
  /** Where the data lives, safe to log (no password). */
  readonly location: string;
  close(): Promise<void>;
}

export type DatabaseOptions = {
  /** A `postgres://` URL: use PostgreSQL. Without it, SQLite in `dataDir`. */
  databaseUrl?: string | undefined;
  /** Folder of the SQLite file, created when missing. */
  dataDir: string;
  /** Connections in the PostgreSQL pool. */
  poolSize?: number;
  /**
   * SQLite: checkpoint the WAL on a worker thread instead of inside commits
   * (the serving process; a short CLI command has no need of it).
   */
  walCheckpointer?: boolean;
};

/** The SQLite file name inside the data folder. */
export const SQLITE_FILE = 'veerkracht.sqlite';

/**
 * Opens PostgreSQL when `databaseUrl` is set, else SQLite at
 * `${dataDir}/veerkracht.sqlite`. Nothing is migrated here: call
 * `migrateToLatest` (the server does on start).
 */
export function createDatabase(options: DatabaseOptions): Database {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize ?? 10)
    : openSqlite(options.dataDir, options.walCheckpointer === true);
}

function openSqlite(dataDir: string, withCheckpointer: boolean): Database {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, SQLITE_FILE);
  const SQLite = require('better-sqlite3') as typeof import('better-sqlite3');
  const sqlite = new SQLite(file);
  // WAL lets readers run beside the writer. synchronous=FULL fsyncs the WAL on
  // every commit, so an acknowledged write survives power loss (NORMAL may lose
  // the last commits); see docs/decisions/0008-sqlite-synchronous-full.md.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  // Waiting for a lock another process holds (the `migrate` command, a backup)
  // blocks the event loop: better-sqlite3 is synchronous. So SQLite waits only
  // a moment; the sync's group commit retries with the event loop free in
  // between, and any other write that meets the lock answers 503 database_busy.
  sqlite.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  // Copying pages into the database file and fsyncing it would otherwise happen inside every thousandth page's
  // commit, on the event loop (decision 0038).
  const checkpointer = withCheckpointer ? startWalCheckpointer(file) : undefined;
  if (checkpointer) sqlite.pragma(`wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT_PAGES}`);
  const wal = walSyncer(`${file}-wal`);
  const cached = withStatementCache(sqlite);
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: cached }) });
  return {
    db,
    probe: db,
    dialect: 'sqlite',
    sqlite: { prepare: (text) => cached.prepare(text), syncWal: wal.sync, inTransaction: () => sqlite.inTransaction },
    location: file,
    async close() {
      await checkpointer?.close();
      await db.destroy();
      await wal.close();
      // Kysely skips closing a driver it never used; close the file either way.
      if (sqlite.open) sqlite.close();
    },
  };
}

/** Longest SQLite blocks the event loop waiting for another process's lock (decision 0025). */
export const SQLITE_BUSY_TIMEOUT_MS = 20;

/** Distinct SQL texts kept prepared; `in (…)` lists of every length stay well inside it. */
const STATEMENT_CACHE_SIZE = 1000;

/**
 * Kysely's SQLite driver prepares every statement anew, which costs more than
 * running it. This keeps the most recently used prepared statements (least
 * recently used out first). Safe because there is one connection and better-
 * sqlite3 runs each statement to completion synchronously (nothing streams).
 */
function withStatementCache(sqlite: BetterSqlite3.Database): Pick<NativeSqlite, 'prepare'> & { close(): void } {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text) {
      let statement = statements.get(text);
      if (statement) {
        statements.delete(text);
      } else {
        statement = sqlite.prepare(text);
        if (statements.size >= STATEMENT_CACHE_SIZE) {
          const oldest = statements.keys().next().value;
          if (oldest !== undefined) statements.delete(oldest);
        }
      }
      statements.set(text, statement);
      return statement;
    },
  };
}

/**
 * fsyncs of one WAL file, coalesced: at most one runs, and calls made while it
 * runs share the one after it (which is the one that covers their commits).
 * The file is opened on the first call, after a commit has created it; it is
 * the same file for as long as the database is open (SQLite deletes it only
 * when the last connection closes).
 */
function walSyncer(walFile: string): { sync(): Promise<void>; close(): Promise<void> } {
  let handle: Promise<FileHandle> | undefined;
  let running: Promise<void> | undefined;
  let next: Promise<void> | undefined;

  const fsync = async () => {
    handle ??= open(walFile, 'r+');
    const opened = handle;
    try {
      await (await opened).sync();
    } catch (error) {
      // Open again next time rather than keep a handle that failed to open.
      if (handle === opened) handle = undefined;
      throw error;
    }
  };
  const start = (): Promise<void> => {
    const current = fsync().finally(() => {
      running = undefined;
    });
    running = current;
    return current;
  };
  return {
    sync() {
      if (!running) return start();
      next ??= running
        .catch(() => {})
        .then(() => {
          next = undefined;
          return start();
        });
      return next;
    },
    async close() {
      await Promise.allSettled([running, next]);
      const opened = handle;
      handle = undefined;
      if (opened) await (await opened.catch(() => undefined))?.close();
    },
  };
}

function openPostgres(databaseUrl: string, poolSize: number): Database {
  const pg = require('pg') as typeof import('pg');
  // Fail fast when PostgreSQL is down, so requests get 503 instead of hanging.
  const pool = listenedPool(pg, { connectionString: databaseUrl, max: poolSize, connectionTimeoutMillis: 5_000 });
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  // One connection for health probes, outside the pool that syncs may fill.
  const probePool = listenedPool(pg, { connectionString: databaseUrl, max: 1, connectionTimeoutMillis: 5_000 });
  const probe = new Kysely<Schema>({ dialect: new PostgresDialect({ pool: probePool }) });
  return {
    db,
    probe,
    dialect: 'postgres',
    location: redactUrl(databaseUrl),
    async close() {
      await Promise.all([db.destroy(), probe.destroy()]);
      // Kysely skips ending a pool it never used; end them either way.
      await Promise.all([pool, probePool].map((each) => (each.ended ? undefined : each.end())));
    },
  };
}

/**
 * A pool whose clients can lose their connection without ending the process.
 * A client whose connection drops (PostgreSQL stopped, backend terminated,
 * TCP cut) emits 'error', and an 'error' event nobody listens to ends the
 * process. node-postgres listens only while a client is idle, so every client
 * gets a listener of its own for its whole life: the query running on it fails
 * instead (answered 503), the pool drops the broken client, and later queries
 * connect afresh once PostgreSQL is back.
 */
function listenedPool(pg: typeof import('pg'), config: import('pg').PoolConfig): import('pg').Pool {
  const pool = new pg.Pool(config);
  pool.on('error', () => {});
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  return pool;
}

/**
 * A database URL without its password, for logs.
 *
 * @example
 * redactUrl('postgres://app:secret@db:5432/veerkracht') // 'postgres://app:***@db:5432/veerkracht'
 */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres (unparsable URL)';
  }
}
