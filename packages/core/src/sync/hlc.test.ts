import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareHlc, formatHlc, type Hlc, initialHlc, nodeIdFromBytes, parseHlc, receiveHlc, tickHlc } from './hlc.js';

const nodeA = '000000000000000a';
const nodeB = '000000000000000b';

const arbHlc = (node: string) =>
  fc.record({
    millis: fc.integer({ min: 0, max: 4_102_444_800_000 }),
    counter: fc.integer({ min: 0, max: 0xfff0 }),
    node: fc.constant(node),
  });

describe('hybrid logical clock', () => {
  it('moves to the wall clock when the wall clock is ahead', () => {
    expect(tickHlc({ millis: 1000, counter: 5, node: nodeA }, 2000)).toEqual({ millis: 2000, counter: 0, node: nodeA });
  });

  it('counts up when the wall clock stands still or goes back', () => {
    expect(tickHlc({ millis: 1000, counter: 5, node: nodeA }, 1000)).toEqual({ millis: 1000, counter: 6, node: nodeA });
    expect(tickHlc({ millis: 1000, counter: 5, node: nodeA }, 10)).toEqual({ millis: 1000, counter: 6, node: nodeA });
  });

  it('sorts every local event after every event it has received', () => {
    fc.assert(
      fc.property(
        arbHlc(nodeA),
        arbHlc(nodeB),
        fc.integer({ min: 0, max: 4_102_444_800_000 }),
        (local, remote, now) => {
          const merged = receiveHlc(local, remote, now);
          const next = tickHlc(merged, now);
          expect(compareHlc(formatHlc(next), formatHlc(remote))).toBeGreaterThan(0);
          expect(compareHlc(formatHlc(next), formatHlc(local))).toBeGreaterThan(0);
          expect(next.node).toBe(nodeA);
        },
      ),
    );
  });

  it('orders clocks by their text form exactly as by time, counter and node', () => {
    fc.assert(
      fc.property(arbHlc(nodeA), arbHlc(nodeB), (a, b) => {
        const byFields = a.millis - b.millis || a.counter - b.counter || (a.node < b.node ? -1 : 1);
        expect(Math.sign(compareHlc(formatHlc(a), formatHlc(b)))).toBe(Math.sign(byFields));
      }),
    );
  });

  it('parses what it formats', () => {
    fc.assert(
      fc.property(arbHlc(nodeA), (hlc: Hlc) => {
        expect(parseHlc(formatHlc(hlc))).toEqual(hlc);
      }),
    );
  });

  it.each([
    '2026-11-25T08:54:23.000Z-0000-0123456789abcde',
    '2026-11-25T08:54:23.000Z-000g-0123456789abcdef',
    '2026-02-31T08:54:23.000Z-0000-0123456789abcdef',
    '2026-11-25 08:54:23.000Z-0000-0123456789abcdef',
    '',
  ])('refuses a malformed clock: %s', (text) => {
    expect(parseHlc(text)).toBeNull();
  });

  it('refuses a counter overflow rather than sorting wrongly', () => {
    expect(() => tickHlc({ millis: 5, counter: 0xffff, node: nodeA }, 5)).toThrow(RangeError);
  });

  it('makes node ids of 16 hex digits and refuses other node ids', () => {
    expect(nodeIdFromBytes(new Uint8Array([255, 1, 2, 3, 4, 5, 6, 7, 8]))).toBe('ff01020304050607');
    expect(() => initialHlc('xyz')).toThrow(RangeError);
    expect(initialHlc(nodeA)).toEqual({ millis: 0, counter: 0, node: nodeA });
  });
});
