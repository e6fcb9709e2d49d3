import type { DeviceToken, NewPatient, PatientRepository } from './patientRepository.js';

/** {@link PatientRepository} in memory, for unit tests of services. */
export class MemoryPatientRepository implements PatientRepository {
  readonly patients = new Map<string, NewPatient>();
  readonly tokens = new Map<string, DeviceToken>();

  async createPatient(patient: NewPatient, token: { tokenHash: string; createdAt: string }): Promise<void> {
    if (this.patients.has(patient.id)) throw new Error(`duplicate patient ${patient.id}`);
    for (const existing of this.patients.values()) {
      if (existing.recoveryCodeHash === patient.recoveryCodeHash) throw new Error('duplicate recovery code');
    }
    if (this.tokens.has(token.tokenHash)) throw new Error('duplicate token');
    this.patients.set(patient.id, { ...patient });
    this.tokens.set(token.tokenHash, {
      tokenHash: token.tokenHash,
      patientId: patient.id,
      createdAt: token.createdAt,
      lastUsedAt: token.createdAt,
      revokedAt: null,
    });
  }

  async findPatientIdByRecoveryCodeHash(recoveryCodeHash: string): Promise<string | undefined> {
    for (const patient of this.patients.values()) {
      if (patient.recoveryCodeHash === recoveryCodeHash) return patient.id;
    }
    return undefined;
  }

  async addDeviceToken(token: { tokenHash: string; patientId: string; createdAt: string }): Promise<void> {
    if (!this.patients.has(token.patientId)) throw new Error(`no patient ${token.patientId}`);
    if (this.tokens.has(token.tokenHash)) throw new Error('duplicate token');
    this.tokens.set(token.tokenHash, { ...token, lastUsedAt: token.createdAt, revokedAt: null });
  }

  async findDeviceToken(tokenHash: string): Promise<DeviceToken | undefined> {
    const token = this.tokens.get(tokenHash);
    return token ? { ...token } : undefined;
  }

  async markDeviceTokenUsed(tokenHash: string, at: string): Promise<void> {
    const token = this.tokens.get(tokenHash);
    if (token) token.lastUsedAt = at;
  }

  async revokeDeviceToken(tokenHash: string, at: string): Promise<void> {
    const token = this.tokens.get(tokenHash);
    if (token && token.revokedAt === null) token.revokedAt = at;
  }
}
