import { type Kysely, type Selectable, sql } from 'kysely';
import type { DeviceTokensTable, Schema } from '../db/schema.js';

export type NewPatient = { id: string; createdAt: string; recoveryCodeHash: string };
export type DeviceToken = {
  tokenHash: string;
  patientId: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

/** Storage of patients and their device tokens. */
export interface PatientRepository {
  /** Creates a patient together with its first device token, in one transaction. */
  createPatient(patient: NewPatient, token: { tokenHash: string; createdAt: string }): Promise<void>;
  findPatientIdByRecoveryCodeHash(recoveryCodeHash: string): Promise<string | undefined>;
  addDeviceToken(token: { tokenHash: string; patientId: string; createdAt: string }): Promise<void>;
  findDeviceToken(tokenHash: string): Promise<DeviceToken | undefined>;
  markDeviceTokenUsed(tokenHash: string, at: string): Promise<void>;
  /** Sets `revoked_at` unless already revoked (the first revocation time stays). */
  revokeDeviceToken(tokenHash: string, at: string): Promise<void>;
}

/** {@link PatientRepository} on SQLite or PostgreSQL. */
export class KyselyPatientRepository implements PatientRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  async createPatient(patient: NewPatient, token: { tokenHash: string; createdAt: string }): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('patients')
        .values({ id: patient.id, created_at: patient.createdAt, recovery_code_hash: patient.recoveryCodeHash })
        .execute();
      await trx
        .insertInto('device_tokens')
        .values({
          token_hash: token.tokenHash,
          patient_id: patient.id,
          created_at: token.createdAt,
          last_used_at: token.createdAt,
        })
        .execute();
    });
  }

  async findPatientIdByRecoveryCodeHash(recoveryCodeHash: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('patients')
      .select('id')
      .where('recovery_code_hash', '=', recoveryCodeHash)
      .executeTakeFirst();
    return row?.id;
  }

  async addDeviceToken(token: { tokenHash: string; patientId: string; createdAt: string }): Promise<void> {
    await this.db
      .insertInto('device_tokens')
      .values({
        token_hash: token.tokenHash,
        patient_id: token.patientId,
        created_at: token.createdAt,
        last_used_at: token.createdAt,
      })
      .execute();
  }

  async findDeviceToken(tokenHash: string): Promise<DeviceToken | undefined> {
    // Runs on every authenticated request: an SQL template skips the query
    // builder's cost, which is larger than the lookup's.
    const { rows } = await sql<Selectable<DeviceTokensTable>>`
      select token_hash, patient_id, created_at, last_used_at, revoked_at
      from device_tokens where token_hash = ${tokenHash}`.execute(this.db);
    const row = rows[0];
    if (!row) return undefined;
    return {
      tokenHash: row.token_hash,
      patientId: row.patient_id,
      createdAt: row.created_at,
      lastUsedAt: row.last_used_at,
      revokedAt: row.revoked_at,
    };
  }

  async markDeviceTokenUsed(tokenHash: string, at: string): Promise<void> {
    await this.db.updateTable('device_tokens').set({ last_used_at: at }).where('token_hash', '=', tokenHash).execute();
  }

  async revokeDeviceToken(tokenHash: string, at: string): Promise<void> {
    await this.db
      .updateTable('device_tokens')
      .set({ revoked_at: at })
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null)
      .execute();
  }
}
