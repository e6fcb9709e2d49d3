import { type Kysely, Migrator, sql } from 'kysely';
import { migrations } from './migrations/index.js';
import type { Schema } from './schema.js';

const MIGRATION_TABLE = 'kysely_migration';

function migrator(db: Kysely<Schema>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

/**
 * Brings the database to the latest migration. Returns the names applied now
 * (empty when it was up to date). Kysely takes a lock, so two servers starting
 * together on one PostgreSQL database do not both migrate.
 */
export async function migrateToLatest(db: Kysely<Schema>): Promise<string[]> {
  const { error, results } = await migrator(db).migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new Error(
      `migration ${failed ?? '(unknown)'} failed: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
  return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
}

/** The name of the last applied migration, or `null` before the first. */
export async function lastAppliedMigration(db: Kysely<Schema>): Promise<string | null> {
  try {
    const result = await sql<{
      name: string;
    }>`select name from ${sql.table(MIGRATION_TABLE)} order by name desc limit 1`.execute(db);
    return result.rows[0]?.name ?? null;
  } catch (error) {
    // Before the first migration the table does not exist; any other failure is real.
    if (/kysely_migration/.test(String(error))) return null;
    throw error;
  }
}
