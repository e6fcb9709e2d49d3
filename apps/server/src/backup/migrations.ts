import { type Kysely, Migrator, sql } from 'kysely';
import { migrations } from '../db/migrations/index.js';
import type { Schema } from '../db/schema.js';

/**
 * A migrator that runs on the caller's connection and inside the caller's
 * transaction: a restore migrates, loads and migrates again as one
 * all-or-nothing unit (PostgreSQL's DDL is transactional).
 */
function migratorOn(connection: Kysely<Schema>): Migrator {
  return new Migrator({
    db: connection,
    provider: { getMigrations: async () => migrations },
    disableTransactions: true,
  });
}

/**
 * Brings the database on `connection` up to `name` (an older schema, as a
 * backup recorded it) or to the latest migration; returns the names applied.
 *
 * @example
 * await migrateOn(connection, '0005_reminders'); // ['0001_initial', …, '0005_reminders'] on an empty database
 * await migrateOn(connection); // ['0006_workspace', …]: the newer ones
 */
export async function migrateOn(connection: Kysely<Schema>, name?: string): Promise<string[]> {
  const migrator = migratorOn(connection);
  const { error, results } = name === undefined ? await migrator.migrateToLatest() : await migrator.migrateTo(name);
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? '(unknown)';
    throw new Error(`migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
}

/** The last migration recorded in the `kysely_migration` table (which the caller knows exists). */
export async function recordedMigration(connection: Kysely<Schema>): Promise<string | null> {
  const result = await sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(
    connection,
  );
  return result.rows[0]?.name ?? null;
}
