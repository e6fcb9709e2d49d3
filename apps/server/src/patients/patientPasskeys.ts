import {
  type AuthenticationResponseJSON,
  type AuthenticatorTransport,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { Kysely } from 'kysely';
import { type Clock, isoNow } from '../clock.js';
import { type Schema, toSafeInteger } from '../db/schema.js';
import { AppError } from '../errors.js';
import { checkAuthentication, checkRegistration, passkeyFailed, type RelyingParty, RP_NAME } from '../http/webauthn.js';
import type { Authenticated, PatientService, RestoreResult } from './patientService.js';
import { type RandomBytes, secureRandom } from './secrets.js';

/** How long a restore challenge may be answered. */
export const RESTORE_CHALLENGE_TTL_MS = 5 * 60 * 1000;

export type PatientPasskeyView = { id: string; createdAt: string; lastUsedAt: string | null };
export type RestoreOptions = { challengeId: string; options: PublicKeyCredentialRequestOptionsJSON };

const TRANSPORTS = new Set<unknown>(['ble', 'hybrid', 'internal', 'nfc', 'usb']);

const transportsOf = (json: string): AuthenticatorTransport[] => {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((t): t is AuthenticatorTransport => TRANSPORTS.has(t)) : [];
};

/**
 * Passkeys of patients (issue 14, decision 0037): a person who backs up may
 * add a discoverable passkey, and on a new device restore with it instead of
 * the recovery code. Registration keeps its one challenge on the patient;
 * a restore is anonymous, so its challenge is a row keyed by a random id,
 * used once and only for {@link RESTORE_CHALLENGE_TTL_MS}. A restore ends
 * in the same path as a recovery-code restore: a new device token.
 */
export function createPatientPasskeyService(deps: {
  db: Kysely<Schema>;
  clock: Clock;
  patients: PatientService;
  random?: RandomBytes;
}) {
  const { db, clock, patients } = deps;
  const random = deps.random ?? secureRandom;

  const passkeysOf = (patientId: string) =>
    db.selectFrom('patient_passkeys').selectAll().where('patient_id', '=', patientId).execute();

  async function takeRegistrationChallenge(patientId: string): Promise<string> {
    const row = await db
      .selectFrom('patients')
      .select('passkey_challenge')
      .where('id', '=', patientId)
      .executeTakeFirst();
    if (!row?.passkey_challenge) throw new AppError(409, 'no_challenge', 'ask for passkey options first');
    // Cleared only when it is still this challenge: two answers to one challenge, one counts.
    const cleared = await db
      .updateTable('patients')
      .set({ passkey_challenge: null })
      .where('id', '=', patientId)
      .where('passkey_challenge', '=', row.passkey_challenge)
      .executeTakeFirst();
    if (Number(cleared.numUpdatedRows) !== 1) throw new AppError(409, 'no_challenge', 'ask for passkey options first');
    return row.passkey_challenge;
  }

  async function takeRestoreChallenge(challengeId: string): Promise<string> {
    const now = isoNow(clock);
    // Expired challenges of anyone go with every take: the table stays small.
    await db.deleteFrom('passkey_challenges').where('expires_at', '<=', now).execute();
    const row = await db
      .selectFrom('passkey_challenges')
      .select('challenge')
      .where('id', '=', challengeId)
      .executeTakeFirst();
    const taken = row
      ? await db.deleteFrom('passkey_challenges').where('id', '=', challengeId).executeTakeFirst()
      : undefined;
    if (!row || Number(taken?.numDeletedRows ?? 0) !== 1) {
      throw new AppError(
        400,
        'challenge_unknown',
        'this passkey question expired or was already answered; ask for new options',
        [{ field: 'challengeId', code: 'wrong_code', message: 'challengeId: expired, used or never given' }],
      );
    }
    return row.challenge;
  }

  return {
    async list(auth: Authenticated): Promise<{ passkeys: PatientPasskeyView[] }> {
      const rows = await passkeysOf(auth.patientId);
      return {
        passkeys: rows
          .map((row) => ({ id: row.id, createdAt: row.created_at, lastUsedAt: row.last_used_at }))
          .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)),
      };
    },

    /** Removes one of the patient's passkeys; 404 `passkey_unknown` when the patient has no such passkey. */
    async remove(auth: Authenticated, id: string): Promise<void> {
      const removed = await db
        .deleteFrom('patient_passkeys')
        .where('id', '=', id)
        .where('patient_id', '=', auth.patientId)
        .executeTakeFirst();
      if (Number(removed.numDeletedRows) === 0)
        throw new AppError(404, 'passkey_unknown', 'this patient has no passkey with this id');
    },

    /** Options to make a discoverable passkey for this patient (not twice on one authenticator). */
    async registrationOptions(auth: Authenticated, rp: RelyingParty): Promise<PublicKeyCredentialCreationOptionsJSON> {
      const options = await generateRegistrationOptions({
        rpName: RP_NAME,
        rpID: rp.id,
        // Anonymous: the name the passkey manager shows is the app's, not a person's.
        userName: 'Veerkracht backup',
        userDisplayName: 'Veerkracht',
        userID: new TextEncoder().encode(auth.patientId),
        attestationType: 'none',
        excludeCredentials: (await passkeysOf(auth.patientId)).map((p) => ({
          id: p.id,
          transports: transportsOf(p.transports),
        })),
        authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
      });
      await db
        .updateTable('patients')
        .set({ passkey_challenge: options.challenge })
        .where('id', '=', auth.patientId)
        .execute();
      return options;
    },

    async register(
      auth: Authenticated,
      response: RegistrationResponseJSON,
      rp: RelyingParty,
    ): Promise<PatientPasskeyView> {
      const expectedChallenge = await takeRegistrationChallenge(auth.patientId);
      const credential = await checkRegistration(response, expectedChallenge, rp, false);
      const createdAt = isoNow(clock);
      const existing = await db
        .selectFrom('patient_passkeys')
        .select(['patient_id', 'created_at', 'last_used_at'])
        .where('id', '=', credential.id)
        .executeTakeFirst();
      if (existing && existing.patient_id !== auth.patientId) throw passkeyFailed('this passkey is already in use');
      if (existing) return { id: credential.id, createdAt: existing.created_at, lastUsedAt: existing.last_used_at };
      await db
        .insertInto('patient_passkeys')
        .values({
          id: credential.id,
          patient_id: auth.patientId,
          public_key: Buffer.from(credential.publicKey).toString('base64url'),
          counter: credential.counter,
          transports: JSON.stringify(credential.transports ?? []),
          created_at: createdAt,
        })
        .execute();
      return { id: credential.id, createdAt, lastUsedAt: null };
    },

    /** Options for an anonymous restore: any discoverable passkey of this site may answer. */
    async restoreOptions(rp: RelyingParty): Promise<RestoreOptions> {
      const options = await generateAuthenticationOptions({ rpID: rp.id, userVerification: 'preferred' });
      const challengeId = Buffer.from(random(16)).toString('base64url');
      await db
        .insertInto('passkey_challenges')
        .values({
          id: challengeId,
          challenge: options.challenge,
          expires_at: new Date(clock.now() + RESTORE_CHALLENGE_TTL_MS).toISOString(),
        })
        .execute();
      return { challengeId, options };
    },

    /**
     * Restores with a passkey: the answer to the challenge `challengeId` must
     * be signed by a passkey a patient added. Answers what a recovery-code
     * restore answers (a new device token for that patient).
     */
    async restore(
      challengeId: string,
      response: AuthenticationResponseJSON,
      rp: RelyingParty,
      options: { deviceName?: string | undefined; endOtherDevices?: boolean | undefined } = {},
    ): Promise<RestoreResult> {
      const expectedChallenge = await takeRestoreChallenge(challengeId);
      const passkey = await db
        .selectFrom('patient_passkeys')
        .selectAll()
        .where('id', '=', response.id)
        .executeTakeFirst();
      if (!passkey) {
        throw new AppError(401, 'passkey_unknown', 'this passkey is not known here; restore with the recovery code');
      }
      const counter = await checkAuthentication(
        response,
        expectedChallenge,
        rp,
        {
          id: passkey.id,
          publicKey: passkey.public_key,
          counter: toSafeInteger(passkey.counter),
          transports: transportsOf(passkey.transports),
        },
        false,
      );
      await db
        .updateTable('patient_passkeys')
        .set({ counter, last_used_at: isoNow(clock) })
        .where('id', '=', passkey.id)
        .execute();
      return patients.issueDevice(passkey.patient_id, options);
    },
  };
}

export type PatientPasskeyService = ReturnType<typeof createPatientPasskeyService>;
