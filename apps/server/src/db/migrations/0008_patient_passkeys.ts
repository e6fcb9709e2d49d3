import type { Kysely } from 'kysely';

/**
 * Restore with a passkey, beside the recovery code (issue 14,
 * docs/decisions/0037-patient-passkeys.md):
 * - `patient_passkeys`: a patient's WebAuthn credentials (credential id,
 *   public key, signature counter, transports), discoverable, so a restore
 *   needs no user name.
 * - `patients.passkey_challenge`: the one registration challenge a patient
 *   waits for; using it clears it.
 * - `passkey_challenges`: challenges for the anonymous restore, keyed by a
 *   random id handed out with the options; used once, short-lived.
 *
 * Additive only. Append-only: never edit this file once released.
 */
// biome-ignore lint/suspicious/noExplicitAny: a migration is frozen in time and must not depend on today's schema types, which follow later migrations.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('patient_passkeys')
    .addColumn('id', 'text', (col) => col.primaryKey().notNull())
    .addColumn('patient_id', 'text', (col) => col.notNull().references('patients.id'))
    .addColumn('public_key', 'text', (col) => col.notNull())
    .addColumn('counter', 'bigint', (col) => col.notNull())
    .addColumn('transports', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('last_used_at', 'text')
    .execute();
  await db.schema.createIndex('patient_passkeys_patient').on('patient_passkeys').column('patient_id').execute();

  await db.schema.alterTable('patients').addColumn('passkey_challenge', 'text').execute();

  await db.schema
    .createTable('passkey_challenges')
    .addColumn('id', 'text', (col) => col.primaryKey().notNull())
    .addColumn('challenge', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('passkey_challenges_expires').on('passkey_challenges').column('expires_at').execute();
}
