import type { Kysely } from 'kysely';

/**
 * Rate-limit counters, kept in the database so that a restart does not reset
 * them and several servers on one PostgreSQL database share them (decision
 * 0024). One row per key (e.g. `ip:restore:192.0.2.7`): how many hits in the
 * current window, and when that window ends (ISO 8601 UTC text, like every
 * timestamp here). Append-only: never edit this file once released.
 */
// `unknown`, not today's Schema: a migration is frozen in time and must not follow later schema changes.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (col) => col.primaryKey().notNull())
    .addColumn('count', 'integer', (col) => col.notNull())
    .addColumn('window_ends_at', 'text', (col) => col.notNull())
    .execute();
  // Pruning deletes ended windows; without an index it would scan every counter.
  await db.schema.createIndex('rate_limits_window_ends_at').on('rate_limits').column('window_ends_at').execute();
}
