import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUuid, uuidv7 } from './uuid.js';

describe('UUID v7', () => {
  it('puts the timestamp first, then version 7 and the standard variant', () => {
    const id = uuidv7(0x0123456789ab, new Uint8Array(10).fill(0xff));
    expect(id).toBe('01234567-89ab-7fff-bfff-ffffffffffff');
    expect(isUuid(id)).toBe(true);
  });

  it('sorts by creation time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 47 }),
        fc.integer({ min: 1, max: 2 ** 47 }),
        fc.uint8Array({ minLength: 10, maxLength: 10 }),
        (t, dt, rnd) => {
          expect(uuidv7(t, rnd) < uuidv7(t + dt, rnd)).toBe(true);
          expect(isUuid(uuidv7(t, rnd))).toBe(true);
        },
      ),
    );
  });

  it('refuses too little randomness and recognises non-UUIDs', () => {
    expect(() => uuidv7(0, new Uint8Array(9))).toThrow(RangeError);
    expect(isUuid('not-a-uuid')).toBe(false);
    expect(isUuid('00000000-0000-7000-8000-00000000000G')).toBe(false);
    expect(isUuid(42)).toBe(false);
  });
});
