/**
 * Hybrid logical clock (HLC). Every synced change carries one; the later clock
 * wins. Wall time keeps clocks close to real time, the counter orders events in
 * the same millisecond, and the node id breaks ties between devices, so two
 * different writes never compare equal.
 *
 * Text form: `2026-11-25T08:54:23.000Z-0000-0123456789abcdef` (ISO instant,
 * 4 hex counter digits, 16 hex node digits). All parts have fixed width, so
 * comparing the strings compares the clocks.
 */
export type Hlc = { millis: number; counter: number; node: string };

const MAX_COUNTER = 0xffff;
const HLC_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-([0-9a-f]{16})$/;
const NODE_PATTERN = /^[0-9a-f]{16}$/;
/** Latest instant the text form can hold (9999-12-31T23:59:59.999Z). */
const MAX_MILLIS = 253_402_300_799_999;

/**
 * A clock that has seen nothing yet, for a device with node id `node`.
 *
 * @example
 * initialHlc('0123456789abcdef') // { millis: 0, counter: 0, node: '0123456789abcdef' }
 */
export function initialHlc(node: string): Hlc {
  if (!NODE_PATTERN.test(node)) throw new RangeError('node must be 16 lowercase hex digits');
  return { millis: 0, counter: 0, node };
}

/**
 * A node id from 8 random bytes (the caller supplies the randomness).
 *
 * @example
 * nodeIdFromBytes(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])) // '0102030405060708'
 */
export function nodeIdFromBytes(bytes: Uint8Array): string {
  if (bytes.length < 8) throw new RangeError('bytes must hold at least 8 bytes');
  return Array.from(bytes.slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The clock for a new local event (a write on this device) at wall time `nowMs`.
 *
 * @example
 * tickHlc({ millis: 1000, counter: 0, node }, 900) // { millis: 1000, counter: 1, node }
 * tickHlc({ millis: 1000, counter: 3, node }, 2000) // { millis: 2000, counter: 0, node }
 */
export function tickHlc(last: Hlc, nowMs: number): Hlc {
  const millis = Math.max(last.millis, Math.floor(nowMs));
  const counter = millis === last.millis ? last.counter + 1 : 0;
  return checked({ millis, counter, node: last.node });
}

/**
 * The local clock after seeing a remote clock, so that every later local event
 * sorts after everything this device has seen.
 *
 * @example
 * receiveHlc({ millis: 1000, counter: 0, node: a }, { millis: 5000, counter: 7, node: b }, 2000)
 * // → { millis: 5000, counter: 8, node: a }
 */
export function receiveHlc(local: Hlc, remote: Hlc, nowMs: number): Hlc {
  const millis = Math.max(local.millis, remote.millis, Math.floor(nowMs));
  let counter = 0;
  if (millis === local.millis && millis === remote.millis) counter = Math.max(local.counter, remote.counter) + 1;
  else if (millis === local.millis) counter = local.counter + 1;
  else if (millis === remote.millis) counter = remote.counter + 1;
  return checked({ millis, counter, node: local.node });
}

function checked(hlc: Hlc): Hlc {
  // A counter overflow means more than 65,535 events in one millisecond or a
  // remote clock racing ahead: refusing is safer than producing a clock that
  // sorts wrongly.
  if (hlc.counter > MAX_COUNTER) throw new RangeError('clock counter overflow');
  if (hlc.millis > MAX_MILLIS) throw new RangeError('clock is beyond the year 9999');
  return hlc;
}

/**
 * The text form of a clock.
 *
 * @example
 * formatHlc({ millis: 0, counter: 1, node: '0123456789abcdef' })
 * // '1970-01-01T00:00:00.000Z-0001-0123456789abcdef'
 */
export function formatHlc(hlc: Hlc): string {
  return `${new Date(hlc.millis).toISOString()}-${hlc.counter.toString(16).padStart(4, '0')}-${hlc.node}`;
}

/**
 * Parses the text form; `null` when it is not a valid clock.
 *
 * @example
 * parseHlc('1970-01-01T00:00:00.000Z-0001-0123456789abcdef')
 * // { millis: 0, counter: 1, node: '0123456789abcdef' }
 */
export function parseHlc(text: unknown): Hlc | null {
  if (typeof text !== 'string') return null;
  const match = HLC_PATTERN.exec(text);
  if (!match) return null;
  const [, iso, counter, node] = match as unknown as [string, string, string, string];
  const millis = Date.parse(iso);
  // Date.parse accepts 2026-02-31 and rolls over; a clock must round-trip exactly.
  if (!Number.isFinite(millis) || new Date(millis).toISOString() !== iso) return null;
  return { millis, counter: Number.parseInt(counter, 16), node };
}

/**
 * Orders two clocks in text form: negative when `a` is earlier.
 *
 * @example
 * compareHlc('1970-01-01T00:00:00.000Z-0001-aaaaaaaaaaaaaaaa', '1970-01-01T00:00:00.000Z-0002-0000000000000000') // < 0
 */
export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
