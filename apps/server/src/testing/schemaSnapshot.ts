import { sql } from 'kysely';
import type { Database } from '../db/database.js';

type Row = Record<string, unknown>;

/**
 * The schema of a migrated database as plain data: tables, columns, indexes,
 * foreign keys and the applied migrations. Kysely's own bookkeeping tables are
 * left out (they belong to the library, not to us).
 */
export async function describeSchema(database: Database): Promise<Row> {
  return database.dialect === 'sqlite' ? describeSqlite(database) : describePostgres(database);
}

async function describeSqlite(database: Database): Promise<Row> {
  const { db } = database;
  const tables = await sql<{ name: string }>`
    select name from sqlite_master
    where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'
    order by name`.execute(db);
  const result: Row = {};
  for (const { name } of tables.rows) {
    const columns =
      await sql<Row>`select name, type, "notnull", dflt_value, pk from pragma_table_info(${name}) order by cid`.execute(
        db,
      );
    const indexes = await sql<{ name: string; unique: number; origin: string }>`
      select name, "unique", origin from pragma_index_list(${name}) order by name`.execute(db);
    const indexList: Row[] = [];
    for (const index of indexes.rows) {
      const cols = await sql<{
        name: string;
      }>`select name from pragma_index_info(${index.name}) order by seqno`.execute(db);
      // Automatic index names (sqlite_autoindex_…) depend on creation order; describe them by their columns.
      indexList.push({
        name: index.origin === 'c' ? index.name : `(${index.origin})`,
        unique: index.unique === 1,
        columns: cols.rows.map((c) => c.name),
      });
    }
    const foreignKeys = await sql<Row>`
      select "from", "table", "to", on_delete from pragma_foreign_key_list(${name}) order by id, seq`.execute(db);
    result[name] = {
      columns: columns.rows,
      indexes: indexList.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
      foreignKeys: foreignKeys.rows,
    };
  }
  return { tables: result, migrations: await migrationNames(database) };
}

async function describePostgres(database: Database): Promise<Row> {
  const { db } = database;
  const columns = await sql<Row & { table_name: string }>`
    select table_name, column_name, data_type, is_nullable, column_default
    from information_schema.columns
    where table_schema = current_schema() and table_name not like 'kysely_%'
    order by table_name, ordinal_position`.execute(db);
  const indexes = await sql<{ tablename: string; indexname: string; indexdef: string }>`
    select tablename, indexname, indexdef from pg_indexes
    where schemaname = current_schema() and tablename not like 'kysely_%'
    order by tablename, indexname`.execute(db);
  const constraints = await sql<{ table_name: string; conname: string; definition: string }>`
    select cl.relname as table_name, co.conname, pg_get_constraintdef(co.oid) as definition
    from pg_constraint co join pg_class cl on cl.oid = co.conrelid
    where co.connamespace = current_schema()::regnamespace and cl.relname not like 'kysely_%'
    order by cl.relname, co.conname`.execute(db);
  const result: Record<string, { columns: Row[]; indexes: Row[]; constraints: Row[] }> = {};
  const table = (name: string) => {
    result[name] ??= { columns: [], indexes: [], constraints: [] };
    return result[name];
  };
  for (const { table_name, ...column } of columns.rows) table(table_name).columns.push(column);
  for (const { tablename, ...index } of indexes.rows) table(tablename).indexes.push(index);
  for (const { table_name, ...constraint } of constraints.rows) table(table_name).constraints.push(constraint);
  return { tables: result, migrations: await migrationNames(database) };
}

async function migrationNames({ db }: Pick<Database, 'db'>): Promise<string[]> {
  const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return rows.rows.map((row) => row.name);
}
