import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../db/database.js';
import type { Schema } from '../db/schema.js';

/** A table as the database describes it: no list is kept in code, so a new migration's tables are covered. */
export type TableInfo = {
  name: string;
  /** In the table's own order. */
  columns: string[];
  /** The primary key's columns (empty when it has none): a stable order for reading. */
  primaryKey: string[];
  /** Tables this one has foreign keys to. */
  references: string[];
};

/**
 * Kysely's lock table: it holds no data, and the migrator makes it again on
 * the restored side, so it is never backed up.
 */
export const MIGRATION_LOCK_TABLE = 'kysely_migration_lock';

/**
 * Every table of the database, a table after the tables it references (so
 * rows can be inserted in this order and deleted in the reverse), ties by
 * name. `kysely_migration_lock` is left out.
 *
 * @example
 * const tables = await listTables(database.db, database.dialect);
 * tables.map((table) => table.name); // ['kysely_migration', 'patients', 'device_tokens', …]
 */
export async function listTables(db: Kysely<Schema>, dialect: Dialect): Promise<TableInfo[]> {
  const tables = dialect === 'sqlite' ? await sqliteTables(db) : await postgresTables(db);
  return dependencyOrder(tables.filter((table) => table.name !== MIGRATION_LOCK_TABLE));
}

async function sqliteTables(db: Kysely<Schema>): Promise<TableInfo[]> {
  const names = await sql<{ name: string }>`
    select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(db);
  const tables: TableInfo[] = [];
  for (const { name } of names.rows) {
    const columns = await sql<{ name: string; pk: number }>`
      select name, pk from pragma_table_info(${name}) order by cid`.execute(db);
    const references = await sql<{ table: string }>`
      select distinct "table" from pragma_foreign_key_list(${name})`.execute(db);
    tables.push({
      name,
      columns: columns.rows.map((column) => column.name),
      primaryKey: columns.rows
        .filter((column) => column.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((column) => column.name),
      references: references.rows.map((row) => row.table),
    });
  }
  return tables;
}

async function postgresTables(db: Kysely<Schema>): Promise<TableInfo[]> {
  const [names, columns, keys, references] = await Promise.all([
    sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(db),
    sql<{ table: string; name: string }>`
      select table_name as table, column_name as name from information_schema.columns
      where table_schema = current_schema() order by table_name, ordinal_position`.execute(db),
    sql<{ table: string; name: string }>`
      select tc.table_name as table, kcu.column_name as name
      from information_schema.table_constraints tc
      join information_schema.key_column_usage kcu
        on kcu.constraint_schema = tc.constraint_schema and kcu.constraint_name = tc.constraint_name
      where tc.constraint_type = 'PRIMARY KEY' and tc.table_schema = current_schema()
      order by tc.table_name, kcu.ordinal_position`.execute(db),
    sql<{ table: string; referenced: string }>`
      select child.relname as table, parent.relname as referenced
      from pg_constraint c
      join pg_class child on child.oid = c.conrelid
      join pg_class parent on parent.oid = c.confrelid
      where c.contype = 'f' and c.connamespace = current_schema()::regnamespace`.execute(db),
  ]);
  const of = (rows: { table: string; name: string }[], table: string) =>
    rows.filter((row) => row.table === table).map((row) => row.name);
  return names.rows.map(({ name }) => ({
    name,
    columns: of(columns.rows, name),
    primaryKey: of(keys.rows, name),
    references: [...new Set(references.rows.filter((row) => row.table === name).map((row) => row.referenced))],
  }));
}

/** Referenced tables first; a table referring to itself, or a cycle, keeps name order rather than looping. */
function dependencyOrder(tables: TableInfo[]): TableInfo[] {
  const byName = new Map(tables.map((table) => [table.name, table]));
  const ordered: TableInfo[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (table: TableInfo) => {
    if (state.has(table.name)) return;
    state.set(table.name, 'visiting');
    for (const name of [...table.references].sort()) {
      const referenced = byName.get(name);
      if (referenced && name !== table.name) visit(referenced);
    }
    state.set(table.name, 'done');
    ordered.push(table);
  };
  for (const table of [...tables].sort((a, b) => a.name.localeCompare(b.name))) visit(table);
  return ordered;
}

/**
 * Every row of a table in primary-key order (all columns when it has no key),
 * as objects: for comparing two databases.
 *
 * @example
 * const rows = await tableRows(database.db, table); // [{ id: '…', created_at: '…', … }, …]
 */
export async function tableRows(db: Kysely<Schema>, table: TableInfo): Promise<Record<string, unknown>[]> {
  const order = table.primaryKey.length > 0 ? table.primaryKey : table.columns;
  const result = await sql<Record<string, unknown>>`
    select * from ${sql.table(table.name)} order by ${sql.join(order.map((column) => sql.ref(column)))}`.execute(db);
  return result.rows;
}
