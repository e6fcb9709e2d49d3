import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../db/database.js';
import type { Schema } from '../db/schema.js';
import { BackupError, type BackupRow } from './format.js';
import { migrateOn } from './migrations.js';
import { listTables, MIGRATION_LOCK_TABLE } from './tables.js';

/** Rows of a backup, from a logical file or a SQLite copy, as {@link loadBackup} reads them. */
export type RowSource = {
  file: string;
  /** The schema version the rows belong to. */
  schema: string;
  /** In insert order (referenced tables first). */
  tables: { name: string; columns: string[] }[];
  rows(): AsyncIterable<BackupRow>;
};

export type LoadResult = { rows: number; migrated: string[] };

/** Below both PostgreSQL's 65,535 and SQLite's 32,766 parameters per statement. */
const MAX_PARAMETERS = 30_000;
const MAX_BATCH_ROWS = 500;
/** A batch is sent once its values hold this many characters, so a few large records never pile up in memory. */
const MAX_BATCH_CHARS = 4_000_000;

/**
 * Replaces everything in the database on `connection` with the source's
 * rows: drops every table, migrates to the backup's schema version, empties
 * the tables (migrations may seed rows), inserts the rows, then runs the
 * newer migrations. The caller runs it inside one transaction (or on a file
 * it throws away on failure), so it is all or nothing. Column values go in as
 * they were read; booleans become 0/1 on SQLite.
 *
 * @example
 * await sql`begin`.execute(connection);
 * const { rows, migrated } = await loadBackup(connection, 'postgres', source);
 * await sql`commit`.execute(connection);
 */
export async function loadBackup(connection: Kysely<Schema>, dialect: Dialect, source: RowSource): Promise<LoadResult> {
  const existing = await listTables(connection, dialect);
  // Dependants first, so SQLite's foreign keys never stop a drop; PostgreSQL drops them in one statement.
  const drop = [...existing.map((table) => table.name).reverse(), MIGRATION_LOCK_TABLE];
  if (dialect === 'postgres') {
    await sql`drop table if exists ${sql.join(drop.map((name) => sql.table(name)))} cascade`.execute(connection);
  } else {
    for (const name of drop) await sql`drop table if exists ${sql.table(name)}`.execute(connection);
  }

  await migrateOn(connection, source.schema);
  const tables = await listTables(connection, dialect);
  for (const table of source.tables) {
    const made = tables.find((each) => each.name === table.name);
    const unknown = made ? table.columns.filter((column) => !made.columns.includes(column)) : [];
    if (!made || unknown.length > 0) {
      throw new BackupError(
        `${source.file} does not match schema version ${source.schema}: ` +
          (made ? `table ${table.name} has no column ${unknown.join(', ')}` : `there is no table ${table.name}`),
      );
    }
  }
  for (const table of [...tables].reverse()) await sql`delete from ${sql.table(table.name)}`.execute(connection);

  let rows = 0;
  let batch: unknown[][] = [];
  let batchTable = -1;
  let batchChars = 0;
  const flush = async () => {
    const table = source.tables[batchTable];
    if (!table || batch.length === 0) return;
    const columns = sql.join(table.columns.map((column) => sql.ref(column)));
    const values = sql.join(batch.map((row) => sql`(${sql.join(row.map((value) => toParameter(value, dialect)))})`));
    await sql`insert into ${sql.table(table.name)} (${columns}) values ${values}`.execute(connection);
    rows += batch.length;
    batch = [];
    batchChars = 0;
  };
  for await (const row of source.rows()) {
    const columns = source.tables[row.table]?.columns.length ?? 1;
    if (row.table !== batchTable) {
      await flush();
      batchTable = row.table;
    }
    batch.push(row.values);
    for (const value of row.values) if (typeof value === 'string') batchChars += value.length;
    if (
      batch.length >= Math.min(MAX_BATCH_ROWS, Math.floor(MAX_PARAMETERS / columns)) ||
      batchChars >= MAX_BATCH_CHARS
    ) {
      await flush();
    }
  }
  await flush();

  const migrated = await migrateOn(connection);
  return { rows, migrated };
}

/** better-sqlite3 binds no booleans; PostgreSQL reads '0'/'1' and numbers for its own types, so those pass as they are. */
function toParameter(value: unknown, dialect: Dialect): unknown {
  if (dialect === 'sqlite' && typeof value === 'boolean') return value ? 1 : 0;
  return value;
}
