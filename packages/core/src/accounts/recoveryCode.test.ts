import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatRecoveryCode,
  normalizeRecoveryCode,
  RECOVERY_CODE_ALPHABET,
  RECOVERY_CODE_LENGTH,
  recoveryCodeFromBytes,
} from './recoveryCode.js';

describe('recovery codes', () => {
  it('are 5 groups of 4 Crockford base32 characters without I, L, O or U', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 20, maxLength: 20 }), (bytes) => {
        const code = recoveryCodeFromBytes(bytes);
        expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
      }),
    );
    expect(RECOVERY_CODE_ALPHABET).toHaveLength(32);
    expect(RECOVERY_CODE_ALPHABET).not.toMatch(/[ILOU]/);
  });

  it('use every character of the alphabet', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => i);
    const codes = recoveryCodeFromBytes(bytes.slice(0, 20)) + recoveryCodeFromBytes(bytes.slice(12, 32));
    const seen = new Set(codes.replace(/-/g, ''));
    expect(seen.size).toBe(32);
  });

  it('survive being typed back carelessly: case, spaces, dashes, O for 0, I or L for 1', () => {
    expect(normalizeRecoveryCode(' 7k3m-q9xd 2f8h–wopz-r5tn ')).toBe('7K3MQ9XD2F8HW0PZR5TN');
    expect(normalizeRecoveryCode('IIII LLLL oooo 1111 0000')).toBe('11111111000011110000');
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 20, maxLength: 20 }), (bytes) => {
        const code = recoveryCodeFromBytes(bytes);
        expect(normalizeRecoveryCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code.replace(/-/g, ''));
        expect(formatRecoveryCode(code)).toBe(code);
      }),
    );
  });

  it('refuse what cannot be a code', () => {
    for (const input of [
      '',
      'ABCD',
      '7K3M-Q9XD-2F8H-W0PZ-R5T',
      '7K3M-Q9XD-2F8H-W0PZ-R5TNX',
      'UUUU-UUUU-UUUU-UUUU-UUUU',
      42,
      null,
    ]) {
      expect(normalizeRecoveryCode(input)).toBeNull();
    }
    expect(normalizeRecoveryCode('0'.repeat(RECOVERY_CODE_LENGTH))).toBe('0'.repeat(20));
    expect(() => formatRecoveryCode('nope')).toThrow(RangeError);
    expect(() => recoveryCodeFromBytes(new Uint8Array(19))).toThrow(RangeError);
  });
});
