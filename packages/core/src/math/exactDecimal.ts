/**
 * Exact rational arithmetic on the decimal values people type (0.7, 12.5,
 * 45). Doubles cannot hold 0.7 exactly, so 0.7 × 45 is 31.499999999999996 in
 * floating point and would round down; docs/clinical-rules.md §3.1 requires rounding on
 * the exact value (31.5 → 32). A number is read by its shortest decimal form,
 * which is the value the person or therapist meant.
 */
export type Ratio = { num: bigint; den: bigint };

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

function ratio(num: bigint, den: bigint): Ratio {
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den);
  return { num: (sign * num) / g, den: (sign * den) / g };
}

/**
 * The exact value of a finite number's shortest decimal form.
 *
 * @example
 * fromNumber(0.7) // { num: 7n, den: 10n }
 * fromNumber(1e-7) // { num: 1n, den: 10000000n }
 */
export function fromNumber(value: number): Ratio {
  if (!Number.isFinite(value)) throw new RangeError('value must be finite');
  const [mantissa = '0', exponentText] = String(value).toLowerCase().split('e');
  const exponent = Number(exponentText ?? 0);
  const negative = mantissa.startsWith('-');
  const [whole = '0', fraction = ''] = mantissa.replace('-', '').split('.');
  let num = BigInt(whole + fraction) * (negative ? -1n : 1n);
  let den = 10n ** BigInt(fraction.length);
  if (exponent > 0) num *= 10n ** BigInt(exponent);
  else if (exponent < 0) den *= 10n ** BigInt(-exponent);
  return ratio(num, den);
}

/** Exact sum. @example add(fromNumber(0.1), fromNumber(0.2)) // 3/10 */
export function add(a: Ratio, b: Ratio): Ratio {
  return ratio(a.num * b.den + b.num * a.den, a.den * b.den);
}

/** Exact difference. @example sub(fromNumber(1), fromNumber(0.3)) // 7/10 */
export function sub(a: Ratio, b: Ratio): Ratio {
  return ratio(a.num * b.den - b.num * a.den, a.den * b.den);
}

/** Exact product. @example mul(fromNumber(0.7), fromNumber(45)) // 63/2 */
export function mul(a: Ratio, b: Ratio): Ratio {
  return ratio(a.num * b.num, a.den * b.den);
}

/** Exact quotient; `b` must not be zero. @example div(fromNumber(1), fromNumber(3)) // 1/3 */
export function div(a: Ratio, b: Ratio): Ratio {
  if (b.num === 0n) throw new RangeError('division by zero');
  return ratio(a.num * b.den, a.den * b.num);
}

/** Negative, zero or positive as `a` is below, equal to or above `b`. @example compare(fromNumber(0.5), fromNumber(0.25)) // 1 */
export function compare(a: Ratio, b: Ratio): number {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/**
 * `value` rounded to a multiple of `step`, half up (toward +∞ at exactly half).
 *
 * @example
 * roundToStep(fromNumber(12.5), fromNumber(1)) // 13
 * roundToStep(mul(fromNumber(0.7), fromNumber(45)), fromNumber(1)) // 32
 */
export function roundToStep(value: Ratio, step: Ratio): Ratio {
  const q = div(value, step);
  // floor(q + 1/2) with BigInt division, which truncates toward zero.
  const twice = 2n * q.num + q.den;
  const den = 2n * q.den;
  let floor = twice / den;
  if (twice % den !== 0n && twice < 0n) floor -= 1n;
  return mul(ratio(floor, 1n), step);
}

/**
 * The nearest double to an exact ratio.
 *
 * @example
 * toNumber({ num: 23n, den: 10n }) // 2.3
 */
export function toNumber(value: Ratio): number {
  // For the values plans use (a few decimals, below 2^53) both parts fit a
  // double exactly and IEEE division is correctly rounded: the nearest double.
  return Number(value.num) / Number(value.den);
}
