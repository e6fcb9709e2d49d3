import { isUuid, normalizeRecoveryCode, uuidv7 } from '@veerkracht/core';
import { type Clock, isoNow } from '../clock.js';
import { AppError, invalidRequest } from '../errors.js';
import type { RateLimit, RateLimiter } from '../rateLimits/rateLimiter.js';
import type { DeviceTokenCache } from './deviceTokenCache.js';
import type { DeviceToken, NewDevice, PatientRepository } from './patientRepository.js';
import {
  DEVICE_TOKEN_PATTERN,
  hashSecret,
  newDeviceToken,
  newRecoveryCode,
  type RandomBytes,
  secureRandom,
} from './secrets.js';

/** Who a request speaks for, once its bearer token checked out: the patient, and which of its devices. */
export type Authenticated = { patientId: string; tokenHash: string; deviceId: string };

export type NewPatientResult = { patientId: string; token: string; recoveryCode: string };
export type RestoreResult = { patientId: string; token: string; endedDevices: number };
export type DeviceView = { id: string; name: string | null; createdAt: string; lastSeenAt: string; current: boolean };
export type DeviceListResult = { devices: DeviceView[]; recoveryCodeRenewedAt: string | null };
export type RenewedRecoveryCode = { recoveryCode: string; renewedAt: string };

export interface PatientService {
  createPatient(options?: { deviceName?: string | undefined }): Promise<NewPatientResult>;
  restore(
    recoveryCode: string,
    options?: { deviceName?: string | undefined; endOtherDevices?: boolean | undefined },
  ): Promise<RestoreResult>;
  /**
   * A new device token for a patient already proven (a recovery code or a
   * passkey): the one path every restore ends in.
   */
  issueDevice(
    patientId: string,
    options?: { deviceName?: string | undefined; endOtherDevices?: boolean | undefined },
  ): Promise<RestoreResult>;
  authenticate(authorization: string | undefined): Promise<Authenticated>;
  revokeDevice(auth: Authenticated): Promise<void>;
  listDevices(auth: Authenticated): Promise<DeviceListResult>;
  endDevice(auth: Authenticated, deviceId: string): Promise<void>;
  renewRecoveryCode(auth: Authenticated): Promise<RenewedRecoveryCode>;
}

/**
 * A token not used for this long stops working (401 `token_expired`), so a
 * phone lost in a drawer does not keep access to the backup for ever. Long
 * enough that a person who pauses the app for a season is not sent back to
 * their recovery code. See docs/decisions/0025-devices-and-token-expiry.md.
 */
export const TOKEN_IDLE_EXPIRY_MS = 180 * 24 * 60 * 60 * 1000;

/** `last_used_at` is refreshed at most this often, so a busy device does not write on every request. */
const TOKEN_TOUCH_INTERVAL_MS = 60 * 60 * 1000;

const BEARER = /^Bearer +(\S+)$/i;

/**
 * Anonymous patient identity: no e-mail, no name. A patient is a random id,
 * a recovery code (shown once, to write down) and device tokens. Only SHA-256
 * hashes of the code and the tokens are stored.
 */
export function createPatientService(deps: {
  patients: PatientRepository;
  clock: Clock;
  random?: RandomBytes;
  /**
   * A ceiling on failed restores per recovery code, from any address
   * (decision 0024). Without it (unit tests), failures are not counted.
   */
  restoreFailures?: { limiter: RateLimiter; limit: RateLimit };
  /** Device tokens kept in this process (SQLite only: decision 0039); without it every request reads its token. */
  tokenCache?: DeviceTokenCache;
}): PatientService {
  const { patients, clock, restoreFailures, tokenCache } = deps;
  const random = deps.random ?? secureRandom;

  /** The stored form of a new token: its hash, a fresh public id (UUID v7) and the device's name. */
  const newDevice = (token: string, name: string | undefined, createdAt: string): NewDevice => ({
    tokenHash: hashSecret(token),
    id: uuidv7(clock.now(), random(10)),
    name: name ?? null,
    createdAt,
  });

  async function issueDevice(
    patientId: string,
    options: { deviceName?: string | undefined; endOtherDevices?: boolean | undefined } = {},
  ): Promise<RestoreResult> {
    const token = newDeviceToken(random);
    const createdAt = isoNow(clock);
    const endedDevices = await patients.addDeviceToken(
      patientId,
      newDevice(token, options.deviceName, createdAt),
      options.endOtherDevices === true ? { endOthersAt: createdAt } : {},
    );
    if (endedDevices > 0) tokenCache?.forgetPatient(patientId);
    return { patientId, token, endedDevices };
  }

  return {
    issueDevice,

    /**
     * Creates an anonymous patient with a first device token. The recovery code
     * is returned this once and never again: the server keeps only its hash.
     */
    async createPatient(options = {}) {
      const createdAt = isoNow(clock);
      const patientId = uuidv7(clock.now(), random(10));
      const token = newDeviceToken(random);
      const recoveryCode = newRecoveryCode(random);
      await patients.createPatient(
        { id: patientId, createdAt, recoveryCodeHash: recoveryCodeHash(recoveryCode) },
        newDevice(token, options.deviceName, createdAt),
      );
      return { patientId, token, recoveryCode };
    },

    /**
     * Issues a new device token for the patient whose recovery code this is.
     * Forgiving about how the code is typed (case, spaces, dashes, O/0, I/L/1).
     * With `endOtherDevices`, every other device of the patient is signed out
     * in the same transaction (a lost phone, a phone given away).
     */
    async restore(recoveryCode, options = {}) {
      const normalized = normalizeRecoveryCode(recoveryCode);
      if (normalized === null) {
        throw invalidRequest(
          [
            {
              field: 'recoveryCode',
              code: 'invalid_format',
              message: 'recoveryCode must be 20 letters and digits, e.g. 7K3M-Q9XD-2F8H-W0PZ-R5TN',
            },
          ],
          'recoveryCode is not a recovery code: it has 20 letters and digits, e.g. 7K3M-Q9XD-2F8H-W0PZ-R5TN',
        );
      }
      // A recovery code has no lookup part (it is one 100-bit secret), so
      // failures are counted per code tried, under a hash of its own (not
      // the stored one). Checked before the lookup, so once a code reached
      // the ceiling even the right code waits: guessing from many addresses
      // learns nothing more. A success resets nothing.
      const failureKey = `restore-fail:${hashSecret(`restore-fail:${normalized}`)}`;
      if (restoreFailures) {
        await restoreFailures.limiter.ensureBelow(
          failureKey,
          restoreFailures.limit,
          (max) => `too many failed restores with this recovery code (at most ${max})`,
        );
      }
      const patientId = await patients.findPatientIdByRecoveryCodeHash(hashSecret(normalized));
      if (patientId === undefined) {
        await restoreFailures?.limiter.record(failureKey, restoreFailures.limit);
        throw new AppError(401, 'recovery_code_unknown', 'this recovery code is not known; check it and try again');
      }
      return issueDevice(patientId, options);
    },

    /**
     * The patient a request speaks for, from its `Authorization: Bearer` header.
     * Throws 401 `unauthorized` (missing, malformed or unknown token),
     * `token_revoked` (this device was signed out) or `token_expired` (not used
     * for {@link TOKEN_IDLE_EXPIRY_MS}).
     */
    async authenticate(authorization) {
      if (!authorization) {
        throw new AppError(401, 'unauthorized', 'a bearer token is required: send "Authorization: Bearer <token>"');
      }
      const token = BEARER.exec(authorization.trim())?.[1];
      if (token === undefined || !DEVICE_TOKEN_PATTERN.test(token)) {
        throw new AppError(401, 'unauthorized', 'the Authorization header must be "Bearer <token>"');
      }
      const tokenHash = hashSecret(token);
      const now = clock.now();
      let found = tokenCache?.find(tokenHash, now);
      if (!found) {
        const generation = tokenCache?.generation ?? 0;
        found = await patients.findDeviceToken(tokenHash);
        if (found) tokenCache?.remember(found, now, generation);
      }
      if (!found) throw new AppError(401, 'unauthorized', 'this token is not known');
      if (found.revokedAt !== null) {
        throw new AppError(401, 'token_revoked', 'this device was signed out; restore it with the recovery code');
      }
      if (isExpired(found, now)) {
        throw new AppError(
          401,
          'token_expired',
          'this device has not backed up for a long time; restore it with the recovery code',
        );
      }
      if (found.lastUsedAt === null || now - Date.parse(found.lastUsedAt) >= TOKEN_TOUCH_INTERVAL_MS) {
        const at = new Date(now).toISOString();
        await patients.markDeviceTokenUsed(tokenHash, at);
        tokenCache?.touched(tokenHash, at);
      }
      return { patientId: found.patientId, tokenHash, deviceId: found.id };
    },

    /** Signs this device out: its token stops working at once. Other devices keep theirs. */
    async revokeDevice(auth) {
      await patients.revokeDeviceToken(auth.tokenHash, isoNow(clock));
      tokenCache?.forget(auth.tokenHash);
    },

    /**
     * The patient's devices that can still back up (not ended, not expired):
     * the asking device first, then the most recently seen.
     */
    async listDevices(auth) {
      const { devices, recoveryCodeRenewedAt } = await patients.listDevices(auth.patientId);
      const now = clock.now();
      const views = devices
        .filter((device) => !isExpired(device, now))
        .map((device) => ({
          id: device.id,
          name: device.name,
          createdAt: device.createdAt,
          lastSeenAt: device.lastUsedAt ?? device.createdAt,
          current: device.id === auth.deviceId,
        }))
        .sort(
          (a, b) =>
            Number(b.current) - Number(a.current) ||
            b.lastSeenAt.localeCompare(a.lastSeenAt) ||
            b.createdAt.localeCompare(a.createdAt) ||
            a.id.localeCompare(b.id),
        );
      return { devices: views, recoveryCodeRenewedAt };
    },

    /**
     * Signs out any device of this patient (this one too) by its public id.
     * Throws 404 `device_unknown` for an id the patient does not have, also
     * when another patient has it: ids of others are never confirmed.
     */
    async endDevice(auth, deviceId) {
      // A device's public id is a lowercase UUID (v4 from migration 0003, v7 since).
      if (!isUuid(deviceId)) {
        throw invalidRequest(
          [{ field: 'id', code: 'invalid_format', message: 'id must be a device id from GET /api/v1/devices' }],
          'id is not a device id: use an id from GET /api/v1/devices',
        );
      }
      const found = await patients.revokeDeviceById(auth.patientId, deviceId, isoNow(clock));
      // The ended device's token hash is not known here: all of the patient's are read again.
      if (found) tokenCache?.forgetPatient(auth.patientId);
      if (!found) throw new AppError(404, 'device_unknown', 'there is no such device for this patient');
    },

    /**
     * A new recovery code for the patient, returned this once; the old code
     * stops working with the same write. Devices stay signed in.
     */
    async renewRecoveryCode(auth) {
      const recoveryCode = newRecoveryCode(random);
      const renewedAt = isoNow(clock);
      await patients.renewRecoveryCode(auth.patientId, recoveryCodeHash(recoveryCode), renewedAt);
      return { recoveryCode, renewedAt };
    },
  };
}

/** Whether a token was left unused for longer than {@link TOKEN_IDLE_EXPIRY_MS}. */
function isExpired(device: DeviceToken, nowMs: number): boolean {
  return nowMs - Date.parse(device.lastUsedAt ?? device.createdAt) > TOKEN_IDLE_EXPIRY_MS;
}

function recoveryCodeHash(recoveryCode: string): string {
  return hashSecret(normalizeRecoveryCode(recoveryCode) ?? recoveryCode);
}
