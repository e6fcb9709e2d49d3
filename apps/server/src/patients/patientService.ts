import { normalizeRecoveryCode, uuidv7 } from '@veerkracht/core';
import { type Clock, isoNow } from '../clock.js';
import { AppError, invalidRequest } from '../errors.js';
import type { RateLimit, RateLimiter } from '../rateLimits/rateLimiter.js';
import type { PatientRepository } from './patientRepository.js';
import {
  DEVICE_TOKEN_PATTERN,
  hashSecret,
  newDeviceToken,
  newRecoveryCode,
  type RandomBytes,
  secureRandom,
} from './secrets.js';

/** Who a request speaks for, once its bearer token checked out. */
export type Authenticated = { patientId: string; tokenHash: string };

export type NewPatientResult = { patientId: string; token: string; recoveryCode: string };
export type RestoreResult = { patientId: string; token: string };

export interface PatientService {
  createPatient(): Promise<NewPatientResult>;
  restore(recoveryCode: string): Promise<RestoreResult>;
  authenticate(authorization: string | undefined): Promise<Authenticated>;
  revokeDevice(auth: Authenticated): Promise<void>;
}

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
}): PatientService {
  const { patients, clock, restoreFailures } = deps;
  const random = deps.random ?? secureRandom;

  return {
    /**
     * Creates an anonymous patient with a first device token. The recovery code
     * is returned this once and never again: the server keeps only its hash.
     */
    async createPatient() {
      const createdAt = isoNow(clock);
      const patientId = uuidv7(clock.now(), random(10));
      const token = newDeviceToken(random);
      const recoveryCode = newRecoveryCode(random);
      const recoveryCodeHash = hashSecret(normalizeRecoveryCode(recoveryCode) ?? recoveryCode);
      await patients.createPatient(
        { id: patientId, createdAt, recoveryCodeHash },
        { tokenHash: hashSecret(token), createdAt },
      );
      return { patientId, token, recoveryCode };
    },

    /**
     * Issues a new device token for the patient whose recovery code this is.
     * Forgiving about how the code is typed (case, spaces, dashes, O/0, I/L/1).
     */
    async restore(recoveryCode) {
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
      const token = newDeviceToken(random);
      await patients.addDeviceToken({ tokenHash: hashSecret(token), patientId, createdAt: isoNow(clock) });
      return { patientId, token };
    },

    /**
     * The patient a request speaks for, from its `Authorization: Bearer` header.
     * Throws 401 `unauthorized` (missing, malformed or unknown token) or
     * `token_revoked`.
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
      const found = await patients.findDeviceToken(tokenHash);
      if (!found) throw new AppError(401, 'unauthorized', 'this token is not known');
      if (found.revokedAt !== null) {
        throw new AppError(401, 'token_revoked', 'this device was signed out; restore it with the recovery code');
      }
      const now = clock.now();
      if (found.lastUsedAt === null || now - Date.parse(found.lastUsedAt) >= TOKEN_TOUCH_INTERVAL_MS) {
        await patients.markDeviceTokenUsed(tokenHash, new Date(now).toISOString());
      }
      return { patientId: found.patientId, tokenHash };
    },

    /** Signs this device out: its token stops working at once. Other devices keep theirs. */
    async revokeDevice(auth) {
      await patients.revokeDeviceToken(auth.tokenHash, isoNow(clock));
    },
  };
}
