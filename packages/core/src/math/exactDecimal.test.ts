import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, compare, div, fromNumber, mul, roundToStep, sub, toNumber } from './exactDecimal.js';

describe('exact decimals', () => {
  it('reads numbers by their shortest decimal form', () => {
    expect(fromNumber(0.7)).toEqual({ num: 7n, den: 10n });
    expect(fromNumber(-2.5)).toEqual({ num: -5n, den: 2n });
    expect(fromNumber(1e-7)).toEqual({ num: 1n, den: 10_000_000n });
    expect(fromNumber(1e21)).toEqual({ num: 10n ** 21n, den: 1n });
  });

  it('computes 0.7 × 45 as exactly 31.5, where floating point says 31.499999999999996', () => {
    expect(0.7 * 45).toBeLessThan(31.5);
    expect(toNumber(mul(fromNumber(0.7), fromNumber(45)))).toBe(31.5);
    expect(toNumber(roundToStep(mul(fromNumber(0.7), fromNumber(45)), fromNumber(1)))).toBe(32);
  });

  it('rounds half up to a multiple of the step', () => {
    const r = (v: number, s: number) => toNumber(roundToStep(fromNumber(v), fromNumber(s)));
    expect(r(12.5, 1)).toBe(13);
    expect(r(12.49, 1)).toBe(12);
    expect(r(7.5, 5)).toBe(10);
    expect(r(7.4, 5)).toBe(5);
    expect(r(0.35, 0.1)).toBe(0.4);
    expect(r(-0.5, 1)).toBe(0);
    expect(r(-1.5, 1)).toBe(-1);
  });

  it('adds, subtracts and divides exactly', () => {
    expect(toNumber(add(fromNumber(0.1), fromNumber(0.2)))).toBe(0.3);
    expect(toNumber(sub(fromNumber(1), fromNumber(0.9)))).toBe(0.1);
    expect(compare(div(fromNumber(1), fromNumber(3)), fromNumber(0.333))).toBe(1);
    expect(() => div(fromNumber(1), fromNumber(0))).toThrow(RangeError);
  });

  it('round-trips decimals with up to six places, the values people and plans use', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }), (n, places) => {
        const x = n / 10 ** places;
        expect(toNumber(fromNumber(x))).toBe(x === 0 ? 0 : x);
      }),
    );
  });
});
