import type { DeviceToken, NewDevice, NewPatient, PatientRepository } from './patientRepository.js';

type StoredPatient = NewPatient & { recoveryCodeRenewedAt: string | null };

/** {@link PatientRepository} in memory, for unit tests of services. */
export class MemoryPatientRepository implements PatientRepository {
  readonly patients = new Map<string, StoredPatient>();
  readonly tokens = new Map<string, DeviceToken>();

  #insertDevice(patientId: string, device: NewDevice): void {
    if (this.tokens.has(device.tokenHash)) throw new Error('duplicate token');
    for (const existing of this.tokens.values()) {
      if (existing.id === device.id) throw new Error('duplicate device id');
    }
    this.tokens.set(device.tokenHash, {
      tokenHash: device.tokenHash,
      id: device.id,
      name: device.name,
      patientId,
      createdAt: device.createdAt,
      lastUsedAt: device.createdAt,
      revokedAt: null,
    });
  }

  async createPatient(patient: NewPatient, device: NewDevice): Promise<void> {
    if (this.patients.has(patient.id)) throw new Error(`duplicate patient ${patient.id}`);
    for (const existing of this.patients.values()) {
      if (existing.recoveryCodeHash === patient.recoveryCodeHash) throw new Error('duplicate recovery code');
    }
    this.#insertDevice(patient.id, device);
    this.patients.set(patient.id, { ...patient, recoveryCodeRenewedAt: null });
  }

  async findPatientIdByRecoveryCodeHash(recoveryCodeHash: string): Promise<string | undefined> {
    for (const patient of this.patients.values()) {
      if (patient.recoveryCodeHash === recoveryCodeHash) return patient.id;
    }
    return undefined;
  }

  async addDeviceToken(patientId: string, device: NewDevice, options: { endOthersAt?: string } = {}): Promise<number> {
    if (!this.patients.has(patientId)) throw new Error(`no patient ${patientId}`);
    this.#insertDevice(patientId, device);
    let ended = 0;
    if (options.endOthersAt !== undefined) {
      for (const token of this.tokens.values()) {
        if (token.patientId !== patientId || token.tokenHash === device.tokenHash || token.revokedAt !== null) continue;
        token.revokedAt = options.endOthersAt;
        ended += 1;
      }
    }
    return ended;
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

  async revokeDeviceById(patientId: string, deviceId: string, at: string): Promise<boolean> {
    for (const token of this.tokens.values()) {
      if (token.id !== deviceId || token.patientId !== patientId) continue;
      if (token.revokedAt === null) token.revokedAt = at;
      return true;
    }
    return false;
  }

  async listDevices(patientId: string): Promise<{ devices: DeviceToken[]; recoveryCodeRenewedAt: string | null }> {
    const devices = [...this.tokens.values()]
      .filter((token) => token.patientId === patientId && token.revokedAt === null)
      .map((token) => ({ ...token }));
    return { devices, recoveryCodeRenewedAt: this.patients.get(patientId)?.recoveryCodeRenewedAt ?? null };
  }

  async renewRecoveryCode(patientId: string, recoveryCodeHash: string, at: string): Promise<void> {
    const patient = this.patients.get(patientId);
    if (patient) {
      patient.recoveryCodeHash = recoveryCodeHash;
      patient.recoveryCodeRenewedAt = at;
    }
  }
}
