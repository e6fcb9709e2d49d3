import { hash, verify } from '@node-rs/argon2';
import { generateSecret, generateURI, verify as verifyTotp } from 'otplib';
import { renderSVG } from 'uqr';
import type { RandomBytes } from '../patients/secrets.js';

/**
 * Passwords: argon2id with OWASP's minimum (19 MiB, 2 passes, 1 lane), about
 * 8–60 ms per hash on these machines: slow for a guesser, fine for a sign-in.
 */
// `algorithm: 2` is Argon2id: the package's enum is a `const enum`, which isolated modules cannot read.
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

/** False for a wrong password and for a hash that cannot be read (never throws on bad input). */
export async function passwordMatches(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A hash to verify against when the e-mail is unknown, so a sign-in takes as
 * long with or without an account (no way to find out who has one).
 */
let dummyHash: Promise<string> | undefined;
export function unknownAccountHash(): Promise<string> {
  dummyHash ??= hashPassword('no account has this password');
  return dummyHash;
}

/** TOTP as authenticator apps do it: SHA-1, 6 digits, 30-second steps (RFC 6238). */
export const TOTP_PERIOD_SECONDS = 30;
/** One step either side: a phone clock a little off, or a code typed as it changed. */
const TOTP_TOLERANCE_SECONDS = 30;

export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// URI and its QR code (SVG), for the authenticator app. */
export function totpEnrolment(secret: string, issuer: string, label: string): { uri: string; qrSvg: string } {
  const uri = generateURI({ issuer, label, secret });
  return { uri, qrSvg: renderSVG(uri, { border: 2 }) };
}

/**
 * The time step of `code` when it is right at `nowMs` and newer than
 * `afterStep` (a code is used once: replaying it in its 30 seconds fails);
 * otherwise null.
 */
export async function totpStep(
  secret: string,
  code: string,
  nowMs: number,
  afterStep: number | null,
): Promise<number | null> {
  const result = await verifyTotp({
    secret,
    token: code,
    epoch: Math.floor(nowMs / 1000),
    epochTolerance: TOTP_TOLERANCE_SECONDS,
    ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/** Letters and digits that cannot be mistaken for each other (Crockford's base32 without I, L, O, U). */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A code people type: `groups` groups of 4 from a 32-letter alphabet, e.g.
 * `K7QM-4TXP` (40 bits for 2 groups). Random bytes are read 5 bits at a time.
 */
export function typeableCode(random: RandomBytes, groups: number): string {
  const bytes = random(Math.ceil((groups * 4 * 5) / 8));
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < groups * 4) {
      out += ALPHABET[(value >> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return (out.match(/.{4}/g) ?? []).join('-');
}

/**
 * A typed code in its stored form: upper case, without spaces and dashes, with
 * O read as 0 and I and L as 1 (what people mix up).
 */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}
