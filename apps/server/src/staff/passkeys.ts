import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import { type Schema, toSafeInteger } from '../db/schema.js';
import { AppError } from '../errors.js';
import { checkAuthentication, checkRegistration, passkeyFailed, type RelyingParty, RP_NAME } from '../http/webauthn.js';
import type { RateLimit, RateLimiter } from '../rateLimits/rateLimiter.js';
import type { StaffContext } from './staffService.js';

/**
 * Passkeys for staff (WebAuthn via `@simplewebauthn/server`): one may replace
 * the TOTP step at sign-in. A session keeps the one challenge it waits for;
 * using it clears it, so a signed answer counts once. Wrong answers count
 * towards the same limit as wrong codes.
 */
export function createPasskeyService(deps: {
  db: Kysely<Schema>;
  clock: Clock;
  limiter: RateLimiter;
  limit: RateLimit;
  promote: (context: StaffContext) => Promise<StaffContext>;
}) {
  const { db, clock } = deps;
  const iso = () => new Date(clock.now()).toISOString();

  async function takeChallenge(sessionId: string): Promise<string> {
    const row = await db
      .selectFrom('staff_sessions')
      .select('challenge')
      .where('id', '=', sessionId)
      .executeTakeFirst();
    await db.updateTable('staff_sessions').set({ challenge: null }).where('id', '=', sessionId).execute();
    if (!row?.challenge) throw new AppError(409, 'no_challenge', 'ask for passkey options first');
    return row.challenge;
  }

  const keep = (sessionId: string, challenge: string) =>
    db.updateTable('staff_sessions').set({ challenge }).where('id', '=', sessionId).execute();

  const passkeysOf = (staffId: string) =>
    db.selectFrom('staff_passkeys').selectAll().where('staff_id', '=', staffId).execute();

  return {
    async count(staffId: string): Promise<number> {
      return (await passkeysOf(staffId)).length;
    },

    /** Options to make a passkey for the signed-in staff member (not twice on one authenticator). */
    async registrationOptions(context: StaffContext, rp: RelyingParty) {
      const options = await generateRegistrationOptions({
        rpName: RP_NAME,
        rpID: rp.id,
        userName: context.staff.email,
        userDisplayName: context.staff.name,
        userID: new TextEncoder().encode(context.staff.id),
        attestationType: 'none',
        excludeCredentials: (await passkeysOf(context.staff.id)).map((p) => ({ id: p.id })),
        authenticatorSelection: { residentKey: 'preferred', userVerification: 'required' },
      });
      await keep(context.sessionId, options.challenge);
      return options;
    },

    async register(context: StaffContext, response: RegistrationResponseJSON, rp: RelyingParty): Promise<void> {
      const expectedChallenge = await takeChallenge(context.sessionId);
      const credential = await checkRegistration(response, expectedChallenge, rp, true);
      await db
        .insertInto('staff_passkeys')
        .values({
          id: credential.id,
          staff_id: context.staff.id,
          public_key: Buffer.from(credential.publicKey).toString('base64url'),
          counter: credential.counter,
          transports: JSON.stringify(credential.transports ?? []),
          created_at: iso(),
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    },

    /** Options to sign the second step with one of the staff member's passkeys (409 when they have none). */
    async signInOptions(context: StaffContext, rp: RelyingParty) {
      const passkeys = await passkeysOf(context.staff.id);
      if (passkeys.length === 0)
        throw new AppError(409, 'no_passkey', 'this account has no passkey; use the code of the app');
      const options = await generateAuthenticationOptions({
        rpID: rp.id,
        userVerification: 'required',
        allowCredentials: passkeys.map((p) => ({ id: p.id, transports: JSON.parse(p.transports) as never })),
      });
      await keep(context.sessionId, options.challenge);
      return options;
    },

    async signIn(context: StaffContext, response: AuthenticationResponseJSON, rp: RelyingParty): Promise<StaffContext> {
      const key = `2fa:${context.staff.id}`;
      await deps.limiter.ensureBelow(key, deps.limit, (max) => `${max} wrong codes in a row`);
      const expectedChallenge = await takeChallenge(context.sessionId);
      const passkey = (await passkeysOf(context.staff.id)).find((p) => p.id === response.id);
      if (!passkey) {
        await deps.limiter.record(key, deps.limit);
        throw passkeyFailed('this passkey does not belong to this account');
      }
      let counter: number;
      try {
        counter = await checkAuthentication(
          response,
          expectedChallenge,
          rp,
          { id: passkey.id, publicKey: passkey.public_key, counter: toSafeInteger(passkey.counter) },
          true,
        );
      } catch (error) {
        // A wrong answer counts towards the same limit as a wrong code.
        await deps.limiter.record(key, deps.limit);
        throw error;
      }
      await db
        .updateTable('staff_passkeys')
        .set({ counter, last_used_at: iso() })
        .where('id', '=', passkey.id)
        .execute();
      return deps.promote(context);
    },
  };
}

export type PasskeyService = ReturnType<typeof createPasskeyService>;
