import type { Kysely } from 'kysely';

/**
 * Patients without e-mail or name, their device tokens, and their synced
 * records. Timestamps are ISO 8601 UTC text from the app's clock, the same on
 * both dialects. Append-only: never edit this file once released; add a new
 * migration instead (old clients keep syncing, so synced data only grows).
 */
// biome-ignore lint/suspicious/noExplicitAny: a migration is frozen in time and must not depend on today's schema types, which follow later migrations.
export async function up(db: Kysely<any>): Promise<void> {
  // `not null` on text primary keys too: SQLite, unlike PostgreSQL, would otherwise accept NULL there.
  await db.schema
    .createTable('patients')
    .addColumn('id', 'text', (col) => col.primaryKey().notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('last_seq', 'bigint', (col) => col.notNull().defaultTo(0))
    .addColumn('recovery_code_hash', 'text', (col) => col.notNull().unique())
    .execute();

  await db.schema
    .createTable('device_tokens')
    .addColumn('token_hash', 'text', (col) => col.primaryKey().notNull())
    .addColumn('patient_id', 'text', (col) => col.notNull().references('patients.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('device_tokens_patient_id').on('device_tokens').column('patient_id').execute();

  await db.schema
    .createTable('records')
    .addColumn('patient_id', 'text', (col) => col.notNull().references('patients.id').onDelete('cascade'))
    .addColumn('id', 'text', (col) => col.notNull())
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('data', 'text', (col) => col.notNull())
    .addColumn('hlc', 'text', (col) => col.notNull())
    .addColumn('deleted', 'boolean', (col) => col.notNull())
    .addColumn('seq', 'bigint', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('records_pkey', ['patient_id', 'id'])
    .execute();
  // Unique, not just an index: two records with one sequence number would make a cursor skip one.
  await db.schema.createIndex('records_patient_seq').on('records').columns(['patient_id', 'seq']).unique().execute();
}
