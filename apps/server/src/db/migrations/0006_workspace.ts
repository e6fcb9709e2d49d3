import { type Kysely, sql } from 'kysely';

/**
 * The physiotherapist's workspace (issue 13, docs/decisions/0032):
 * - `practices`, and `staff`: therapists and administrators of a practice,
 *   each with an e-mail, an argon2id password hash, a TOTP secret once set up,
 *   and a one-time setup code (hashed) from the CLI or an administrator.
 *   `removed_at` ends an account without deleting who did what.
 * - `staff_recovery_codes`: one-time codes (hashed) that replace the TOTP step.
 * - `staff_passkeys`: WebAuthn credentials (public key, signature counter) that
 *   may replace the TOTP step; a session keeps the pending `challenge`.
 * - `staff_sessions`: cookie sessions, token and CSRF token hashed, `stage`
 *   `password` until the second factor is given, revocable, with idle and
 *   absolute expiry.
 * - `invites`: short codes (hashed) a therapist hands a patient; they expire
 *   and are used once. The label is how the practice knows the patient (a
 *   name or file number the therapist typed): the patient stays anonymous to
 *   the server otherwise.
 * - `links`: which therapist follows which patient, since when, until when;
 *   a patient's read mark for concerns per link.
 * - `access_log` and `access_log_head`: NEN 7513 entries, each carrying the
 *   hash of the one before (the head row is locked while appending, so several
 *   processes keep one chain). No foreign key to patients: entries outlive a
 *   deleted patient.
 * - `patient_attention`: the attention source per linked patient (core
 *   `attentionSource`), marked stale after a sync and made again.
 * - `therapist_notes`: notes only therapists read.
 *
 * Append-only: never edit this file once released.
 */
// `unknown`, not today's Schema: a migration is frozen in time and must not follow later schema changes.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('practices')
    .addColumn('id', 'text', (col) => col.primaryKey().notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('staff')
    .addColumn('id', 'text', (col) => col.primaryKey().notNull())
    .addColumn('practice_id', 'text', (col) => col.notNull().references('practices.id'))
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('email', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('totp_secret', 'text')
    .addColumn('totp_confirmed_at', 'text')
    .addColumn('totp_last_step', 'bigint')
    .addColumn('setup_code_hash', 'text')
    .addColumn('setup_expires_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('removed_at', 'text')
    .execute();
  await db.schema.createIndex('staff_practice').on('staff').column('practice_id').execute();

  await db.schema
    .createTable('staff_recovery_codes')
    .addColumn('staff_id', 'text', (col) => col.notNull().references('staff.id'))
    .addColumn('code_hash', 'text', (col) => col.notNull())
    .addColumn('used_at', 'text')
    .addPrimaryKeyConstraint('staff_recovery_codes_pk', ['staff_id', 'code_hash'])
    .execute();

  await db.schema
    .createTable('staff_sessions')
    .addColumn('id', 'text', (col) => col.primaryKey().notNull())
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('csrf_hash', 'text', (col) => col.notNull())
    .addColumn('staff_id', 'text', (col) => col.notNull().references('staff.id'))
    .addColumn('stage', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('last_seen_at', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('challenge', 'text')
    .execute();
  await db.schema.createIndex('staff_sessions_staff').on('staff_sessions').column('staff_id').execute();

  await db.schema
    .createTable('staff_passkeys')
    .addColumn('id', 'text', (col) => col.primaryKey().notNull())
    .addColumn('staff_id', 'text', (col) => col.notNull().references('staff.id'))
    .addColumn('public_key', 'text', (col) => col.notNull())
    .addColumn('counter', 'bigint', (col) => col.notNull())
    .addColumn('transports', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('last_used_at', 'text')
    .execute();
  await db.schema.createIndex('staff_passkeys_staff').on('staff_passkeys').column('staff_id').execute();

  await db.schema
    .createTable('invites')
    .addColumn('id', 'text', (col) => col.primaryKey().notNull())
    .addColumn('code_hash', 'text', (col) => col.notNull().unique())
    .addColumn('practice_id', 'text', (col) => col.notNull().references('practices.id'))
    .addColumn('therapist_id', 'text', (col) => col.notNull().references('staff.id'))
    .addColumn('label', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .addColumn('used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('invites_therapist').on('invites').column('therapist_id').execute();

  await db.schema
    .createTable('links')
    .addColumn('id', 'text', (col) => col.primaryKey().notNull())
    .addColumn('patient_id', 'text', (col) => col.notNull().references('patients.id').onDelete('cascade'))
    .addColumn('practice_id', 'text', (col) => col.notNull().references('practices.id'))
    .addColumn('therapist_id', 'text', (col) => col.notNull().references('staff.id'))
    .addColumn('invite_id', 'text')
    .addColumn('label', 'text', (col) => col.notNull())
    .addColumn('linked_at', 'text', (col) => col.notNull())
    .addColumn('unlinked_at', 'text')
    .addColumn('concerns_read_up_to', 'text')
    .execute();
  await db.schema.createIndex('links_patient').on('links').column('patient_id').execute();
  await db.schema.createIndex('links_therapist').on('links').columns(['therapist_id', 'unlinked_at']).execute();

  await db.schema
    .createTable('access_log')
    .addColumn('seq', 'bigint', (col) => col.primaryKey().notNull())
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('actor_kind', 'text', (col) => col.notNull())
    .addColumn('actor_id', 'text', (col) => col.notNull())
    .addColumn('actor_name', 'text', (col) => col.notNull())
    .addColumn('practice_id', 'text')
    .addColumn('on_behalf_of', 'text', (col) => col.notNull())
    .addColumn('session_id', 'text')
    .addColumn('patient_id', 'text', (col) => col.notNull())
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('what', 'text', (col) => col.notNull())
    .addColumn('prev_hash', 'text', (col) => col.notNull())
    .addColumn('hash', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('access_log_patient').on('access_log').columns(['patient_id', 'seq']).execute();

  await db.schema
    .createTable('access_log_head')
    .addColumn('id', 'integer', (col) => col.primaryKey().notNull())
    .addColumn('seq', 'bigint', (col) => col.notNull())
    .addColumn('hash', 'text', (col) => col.notNull())
    .execute();
  // The chain starts from a fixed hash of zeros, so the first entry is checked like every other.
  await sql`insert into access_log_head (id, seq, hash) values (1, 0, ${'0'.repeat(64)})`.execute(db);

  await db.schema
    .createTable('patient_attention')
    .addColumn('patient_id', 'text', (col) => col.primaryKey().notNull().references('patients.id').onDelete('cascade'))
    .addColumn('source', 'text')
    .addColumn('stale', 'integer', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('therapist_notes')
    .addColumn('id', 'text', (col) => col.primaryKey().notNull())
    .addColumn('patient_id', 'text', (col) => col.notNull().references('patients.id').onDelete('cascade'))
    .addColumn('practice_id', 'text', (col) => col.notNull().references('practices.id'))
    .addColumn('author_id', 'text', (col) => col.notNull().references('staff.id'))
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema
    .createIndex('therapist_notes_patient')
    .on('therapist_notes')
    .columns(['patient_id', 'practice_id'])
    .execute();
}
