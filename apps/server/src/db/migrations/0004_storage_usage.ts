import { type Kysely, sql } from 'kysely';

/**
 * How much each patient stores, kept beside `last_seq` so the sync can check
 * the storage quota without counting rows (issue 9, point 4): the number of
 * records and the characters of their data. Existing patients are counted
 * once here. Append-only: never edit this file once released.
 */
// `unknown`, not today's Schema: a migration is frozen in time and must not follow later schema changes.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('patients')
    .addColumn('record_count', 'bigint', (col) => col.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('patients')
    .addColumn('stored_size', 'bigint', (col) => col.notNull().defaultTo(0))
    .execute();
  await sql`
    update patients set
      record_count = (select count(*) from records where records.patient_id = patients.id),
      stored_size = (select coalesce(sum(length(data)), 0) from records where records.patient_id = patients.id)
  `.execute(db);
}
