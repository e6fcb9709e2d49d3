import { type Kysely, type Selectable, sql } from 'kysely';
import type { DeviceTokensTable, Schema } from '../db/schema.js';

export type NewPatient = { id: string; createdAt: string; recoveryCodeHash: string };

/** A device token about to be stored: the hash of the token, its public id and the device's name. */
export type NewDevice = { tokenHash: string; id: string; name: string | null; createdAt: string };

export type DeviceToken = {
  tokenHash: string;
  /** Public id of the device; never the token hash. */
  id: string;
  name: string | null;
  patientId: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

/** Storage of patients and their device tokens. */
export interface PatientRepository {
  /** Creates a patient together with its first device token, in one transaction. */
  createPatient(patient: NewPatient, device: NewDevice): Promise<void>;
  findPatientIdByRecoveryCodeHash(recoveryCodeHash: string): Promise<string | undefined>;
  /**
   * Adds a device token. With `endOthersAt`, every other token of the patient
   * not yet revoked is revoked at that time, in the same transaction. Returns
   * how many were revoked.
   */
  addDeviceToken(patientId: string, device: NewDevice, options?: { endOthersAt?: string }): Promise<number>;
  findDeviceToken(tokenHash: string): Promise<DeviceToken | undefined>;
  markDeviceTokenUsed(tokenHash: string, at: string): Promise<void>;
  /** Sets `revoked_at` unless already revoked (the first revocation time stays). */
  revokeDeviceToken(tokenHash: string, at: string): Promise<void>;
  /**
   * Revokes the device with this public id if it belongs to this patient
   * (unless already revoked). Returns false when the patient has no such
   * device, whoever else might.
   */
  revokeDeviceById(patientId: string, deviceId: string, at: string): Promise<boolean>;
  /** The patient's tokens that are not revoked, and when its recovery code was last renewed. */
  listDevices(patientId: string): Promise<{ devices: DeviceToken[]; recoveryCodeRenewedAt: string | null }>;
  /** Replaces the recovery code's hash: the old code stops working with this write. */
  renewRecoveryCode(patientId: string, recoveryCodeHash: string, at: string): Promise<void>;
}

function toDeviceToken(row: Selectable<DeviceTokensTable>): DeviceToken {
  return {
    tokenHash: row.token_hash,
    id: row.id,
    name: row.name,
    patientId: row.patient_id,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

const deviceRow = (patientId: string, device: NewDevice) => ({
  token_hash: device.tokenHash,
  id: device.id,
  name: device.name,
  patient_id: patientId,
  created_at: device.createdAt,
  last_used_at: device.createdAt,
});

/** {@link PatientRepository} on SQLite or PostgreSQL. */
export class KyselyPatientRepository implements PatientRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  async createPatient(patient: NewPatient, device: NewDevice): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('patients')
        .values({ id: patient.id, created_at: patient.createdAt, recovery_code_hash: patient.recoveryCodeHash })
        .execute();
      await trx.insertInto('device_tokens').values(deviceRow(patient.id, device)).execute();
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

  async addDeviceToken(patientId: string, device: NewDevice, options: { endOthersAt?: string } = {}): Promise<number> {
    const { endOthersAt } = options;
    if (endOthersAt === undefined) {
      await this.db.insertInto('device_tokens').values(deviceRow(patientId, device)).execute();
      return 0;
    }
    // One transaction: the new device never exists next to others that should have been ended.
    return this.db.transaction().execute(async (trx) => {
      await trx.insertInto('device_tokens').values(deviceRow(patientId, device)).execute();
      const ended = await trx
        .updateTable('device_tokens')
        .set({ revoked_at: endOthersAt })
        .where('patient_id', '=', patientId)
        .where('token_hash', '!=', device.tokenHash)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(ended.numUpdatedRows);
    });
  }

  async findDeviceToken(tokenHash: string): Promise<DeviceToken | undefined> {
    // Runs on every authenticated request: an SQL template skips the query
    // builder's cost, which is larger than the lookup's.
    const { rows } = await sql<Selectable<DeviceTokensTable>>`
      select token_hash, id, name, patient_id, created_at, last_used_at, revoked_at
      from device_tokens where token_hash = ${tokenHash}`.execute(this.db);
    const row = rows[0];
    return row ? toDeviceToken(row) : undefined;
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

  async revokeDeviceById(patientId: string, deviceId: string, at: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      // The patient is part of every condition: another patient's device id is "not found", never ended.
      const found = await trx
        .selectFrom('device_tokens')
        .select('token_hash')
        .where('id', '=', deviceId)
        .where('patient_id', '=', patientId)
        .executeTakeFirst();
      if (!found) return false;
      await trx
        .updateTable('device_tokens')
        .set({ revoked_at: at })
        .where('token_hash', '=', found.token_hash)
        .where('revoked_at', 'is', null)
        .execute();
      return true;
    });
  }

  async listDevices(patientId: string): Promise<{ devices: DeviceToken[]; recoveryCodeRenewedAt: string | null }> {
    const rows = await this.db
      .selectFrom('device_tokens')
      .selectAll()
      .where('patient_id', '=', patientId)
      .where('revoked_at', 'is', null)
      .execute();
    const patient = await this.db
      .selectFrom('patients')
      .select('recovery_code_renewed_at')
      .where('id', '=', patientId)
      .executeTakeFirst();
    return { devices: rows.map(toDeviceToken), recoveryCodeRenewedAt: patient?.recovery_code_renewed_at ?? null };
  }

  async renewRecoveryCode(patientId: string, recoveryCodeHash: string, at: string): Promise<void> {
    await this.db
      .updateTable('patients')
      .set({ recovery_code_hash: recoveryCodeHash, recovery_code_renewed_at: at })
      .where('id', '=', patientId)
      .execute();
  }
}
