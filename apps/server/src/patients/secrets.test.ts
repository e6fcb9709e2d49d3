import { describe, expect, it } from 'vitest';
import { DEVICE_TOKEN_PATTERN, hashSecret, newDeviceToken, newRecoveryCode, secureRandom } from './secrets.js';

describe('secrets', () => {
  it('are a 256-bit base64url token and a 100-bit recovery code, different every time', () => {
    const tokens = new Set(Array.from({ length: 100 }, () => newDeviceToken(secureRandom)));
    expect(tokens.size).toBe(100);
    for (const token of tokens) expect(token).toMatch(DEVICE_TOKEN_PATTERN);
    const codes = new Set(Array.from({ length: 100 }, () => newRecoveryCode(secureRandom)));
    expect(codes.size).toBe(100);
  });

  it('are hashed with SHA-256 to 64 hex digits', () => {
    expect(hashSecret('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
