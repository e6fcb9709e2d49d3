import { createHash, randomBytes } from 'node:crypto';
import { recoveryCodeFromBytes } from '@veerkracht/core';

/** A source of random bytes; injected so tests can make secrets predictable. */
export type RandomBytes = (size: number) => Uint8Array;

export const secureRandom: RandomBytes = (size) => randomBytes(size);

/** Bytes in a device token: 256 bits, far beyond guessing. */
const TOKEN_BYTES = 32;

/** A new bearer token: 32 random bytes, base64url (43 characters). */
export function newDeviceToken(random: RandomBytes): string {
  return Buffer.from(random(TOKEN_BYTES)).toString('base64url');
}

/** Shape of a token this server issued; anything else is refused before a lookup. */
export const DEVICE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A new recovery code, e.g. `7K3M-Q9XD-2F8H-W0PZ-R5TN` (100 random bits). */
export function newRecoveryCode(random: RandomBytes): string {
  return recoveryCodeFromBytes(random(20));
}

/**
 * SHA-256 (hex) of a secret. Tokens (256 bits) and recovery codes (100 bits)
 * are random, not chosen by people, so a fast hash is enough: nobody can try
 * 2^100 guesses, with or without a slow hash. See
 * docs/decisions/0009-fast-hash-for-random-secrets.md.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
