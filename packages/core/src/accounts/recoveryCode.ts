/**
 * The recovery code: the only key a patient without e-mail or name has to
 * their backup. 20 characters of Crockford base32 (100 bits of randomness),
 * shown as 5 groups of 4, e.g. `7K3M-Q9XD-2F8H-W0PZ-R5TN`. The alphabet leaves
 * out I, L, O and U, and input is forgiving (case, spaces, dashes, O for 0,
 * I or L for 1), because people copy it from paper.
 */

/** Crockford's base32 alphabet: digits and letters without I, L, O, U. */
export const RECOVERY_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Characters in a recovery code, without the dashes. */
export const RECOVERY_CODE_LENGTH = 20;

const GROUP = 4;
const CANONICAL = /^[0-9A-HJKMNP-TV-Z]{20}$/;
// Spaces, dashes and the dash look-alikes phones' keyboards and autocorrect produce.
const SEPARATORS = /[\s\-\u2010-\u2015\u2212_.]/g;

/**
 * A recovery code from 20 random bytes that the caller supplies (the core has
 * no randomness). Each byte's low 5 bits pick one character: 256 is a
 * multiple of 32, so every character is equally likely.
 *
 * @example
 * recoveryCodeFromBytes(new Uint8Array(20)) // '0000-0000-0000-0000-0000'
 */
export function recoveryCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < RECOVERY_CODE_LENGTH)
    throw new RangeError(`bytes must hold at least ${RECOVERY_CODE_LENGTH} bytes`);
  let code = '';
  for (let i = 0; i < RECOVERY_CODE_LENGTH; i++) code += RECOVERY_CODE_ALPHABET[(bytes[i] ?? 0) & 31];
  return formatRecoveryCode(code);
}

/**
 * The canonical form of what a person typed (20 characters, upper case, no
 * dashes), or `null` when it cannot be a recovery code. Both the server
 * (before hashing) and the app (before sending) use it, so they agree.
 *
 * @example
 * normalizeRecoveryCode(' 7k3m-q9xd 2f8h-wopz-r5tn ') // '7K3MQ9XD2F8HW0PZR5TN' (o read as 0)
 * normalizeRecoveryCode('ILLO') // null (too short)
 */
export function normalizeRecoveryCode(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 100) return null;
  const code = input.replace(SEPARATORS, '').toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
  return CANONICAL.test(code) ? code : null;
}

/**
 * The display form: groups of 4 joined by dashes. Accepts any input that
 * {@link normalizeRecoveryCode} accepts; throws a `RangeError` otherwise.
 *
 * @example
 * formatRecoveryCode('7k3mq9xd2f8hw0pzr5tn') // '7K3M-Q9XD-2F8H-W0PZ-R5TN'
 */
export function formatRecoveryCode(input: string): string {
  const code = normalizeRecoveryCode(input);
  if (code === null) throw new RangeError('not a recovery code');
  const groups: string[] = [];
  for (let i = 0; i < code.length; i += GROUP) groups.push(code.slice(i, i + GROUP));
  return groups.join('-');
}
