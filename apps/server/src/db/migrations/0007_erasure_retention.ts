import { type Kysely, sql } from 'kysely';

/**
 * The person's right to erasure and the practice's retention (issue 14,
 * docs/decisions/0034-erasure-and-retention.md):
 * - `access_log.format`: 1 for entries written before this migration (their
 *   hash covers the patient's id itself), 2 for entries written after (their
 *   hash covers `patient_digest`, a SHA-256 of the patient's id, instead), so
 *   the id of an erased patient can be replaced by a pseudonym and the chain
 *   still verifies. Entries already written keep format 1 and still verify.
 * - `access_log.patient_digest`: that digest (set on format 2 entries, and on
 *   format 1 entries when they are pseudonymised).
 * - `access_log.pseudonymised_at`: when the patient's id was replaced by the
 *   pseudonym (the patient erased, on request or by the retention purge).
 * - `practices.retention_days` (null: the default), and when and by whom it
 *   was last set.
 * - `erasure_log`: what was erased, with no clinical content: when, why
 *   (`request` or `retention`), how many patients, their pseudonyms.
 * - `scheduled_jobs`: durable jobs run by any server process (one at a time,
 *   claimed with a lock), starting with the daily retention purge.
 *
 * Additive only. Append-only: never edit this file once released.
 */
// `unknown`, not today's Schema: a migration is frozen in time and must not follow later schema changes.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('access_log')
    .addColumn('format', 'integer', (col) => col.notNull().defaultTo(1))
    .execute();
  await db.schema.alterTable('access_log').addColumn('patient_digest', 'text').execute();
  await db.schema.alterTable('access_log').addColumn('pseudonymised_at', 'text').execute();

  await db.schema.alterTable('practices').addColumn('retention_days', 'integer').execute();
  await db.schema.alterTable('practices').addColumn('retention_changed_at', 'text').execute();
  await db.schema.alterTable('practices').addColumn('retention_changed_by', 'text').execute();

  await db.schema
    .createTable('erasure_log')
    .addColumn('id', 'text', (col) => col.primaryKey().notNull())
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('patients', 'integer', (col) => col.notNull())
    .addColumn('pseudonyms', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('erasure_log_at').on('erasure_log').column('at').execute();

  await db.schema
    .createTable('scheduled_jobs')
    .addColumn('name', 'text', (col) => col.primaryKey().notNull())
    .addColumn('next_run_at', 'text', (col) => col.notNull())
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', 'text')
    .addColumn('last_run_at', 'text')
    .addColumn('last_outcome', 'text')
    .execute();
  // Due at once: the first round after the upgrade purges what is already past its retention.
  await sql`insert into scheduled_jobs (name, next_run_at) values ('retention_purge', '1970-01-01T00:00:00.000Z')`.execute(
    db,
  );
}
