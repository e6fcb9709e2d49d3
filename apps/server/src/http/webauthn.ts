import {
  type AuthenticationResponseJSON,
  type AuthenticatorTransport,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { AppError } from '../errors.js';

/** Where the browser talks to us: the relying party's id (the host name) and the page's origin. */
export type RelyingParty = { id: string; origin: string };

/** The name a passkey prompt shows for us. */
export const RP_NAME = 'Veerkracht';

/** A passkey answer that did not check out: 400 naming `response`. */
export const passkeyFailed = (why: string) =>
  new AppError(400, 'passkey_failed', `the passkey could not be checked: ${why}`, [
    { field: 'response', code: 'wrong_code', message: `response: ${why}` },
  ]);

const reason = (error: unknown) => (error instanceof Error ? error.message : 'not a passkey answer');

/**
 * Checks a registration answer against the challenge we gave and our relying
 * party, for staff and patients alike; throws `passkeyFailed` otherwise.
 *
 * @example
 * const credential = await checkRegistration(response, challenge, { id: 'localhost', origin: 'http://localhost:3000' }, true);
 * // credential.id, credential.publicKey, credential.counter
 */
export async function checkRegistration(
  response: RegistrationResponseJSON,
  expectedChallenge: string,
  rp: RelyingParty,
  requireUserVerification: boolean,
) {
  let verified: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
  try {
    verified = await verifyRegistrationResponse({
      response,
      expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification,
    });
  } catch (error) {
    throw passkeyFailed(reason(error));
  }
  if (!verified.verified) throw passkeyFailed('it was not verified');
  return verified.registrationInfo.credential;
}

/** A stored passkey as the check needs it (the public key as base64url, as we keep it). */
export type StoredPasskey = {
  id: string;
  publicKey: string;
  counter: number;
  transports?: AuthenticatorTransport[];
};

/**
 * Checks a sign-in answer against the challenge we gave, our relying party
 * and the stored passkey; answers the authenticator's new counter, to keep.
 * Throws `passkeyFailed` otherwise.
 *
 * @example
 * const counter = await checkAuthentication(response, challenge, rp, { id, publicKey, counter: 0 }, false);
 */
export async function checkAuthentication(
  response: AuthenticationResponseJSON,
  expectedChallenge: string,
  rp: RelyingParty,
  passkey: StoredPasskey,
  requireUserVerification: boolean,
): Promise<number> {
  let verified: Awaited<ReturnType<typeof verifyAuthenticationResponse>>;
  try {
    verified = await verifyAuthenticationResponse({
      response,
      expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification,
      credential: {
        id: passkey.id,
        publicKey: new Uint8Array(Buffer.from(passkey.publicKey, 'base64url')),
        counter: passkey.counter,
        ...(passkey.transports ? { transports: passkey.transports } : {}),
      },
    });
  } catch (error) {
    throw passkeyFailed(reason(error));
  }
  if (!verified.verified) throw passkeyFailed('it was not verified');
  return verified.authenticationInfo.newCounter;
}
