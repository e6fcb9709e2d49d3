import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonNestingDepth } from './jsonDepth.js';

/** The nesting of a parsed value, the way the scanner counts it in the text. */
function depthOf(value: unknown): number {
  if (Array.isArray(value)) return 1 + Math.max(0, ...value.map(depthOf));
  if (typeof value === 'object' && value !== null) return 1 + Math.max(0, ...Object.values(value).map(depthOf));
  return 0;
}

describe('counting JSON nesting without parsing', () => {
  it('counts arrays and objects, not scalars', () => {
    expect(jsonNestingDepth('42')).toBe(0);
    expect(jsonNestingDepth('[]')).toBe(1);
    expect(jsonNestingDepth('{"a":{"b":[1,2,{"c":null}]}}')).toBe(4);
    expect(jsonNestingDepth('[[],[[]],[]]')).toBe(3);
  });

  it('ignores brackets and braces inside strings, escaped quotes and backslashes included', () => {
    expect(jsonNestingDepth('"[[[{{{"')).toBe(0);
    expect(jsonNestingDepth('["a\\"[[[", "\\\\", [1]]')).toBe(2);
    expect(jsonNestingDepth('{"k\\\\\\"{":"\\\\"}')).toBe(1);
    expect(jsonNestingDepth('["\\u005b\\u005b"]')).toBe(1);
  });

  it('stops as soon as the depth passes the limit', () => {
    expect(jsonNestingDepth('['.repeat(1_000_000), 64)).toBe(65);
    expect(jsonNestingDepth(`${'['.repeat(64)}${']'.repeat(64)}`, 64)).toBe(64);
  });

  it('gives the depth of the parsed value for any JSON text', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        expect(jsonNestingDepth(text)).toBe(depthOf(JSON.parse(text)));
      }),
      { numRuns: 500 },
    );
  });

  it('never counts what is inside a string, whatever the string holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('[', ']', '{', '}', '"', '\\', 'a', 'é', '\u2028') }), (text) => {
        expect(jsonNestingDepth(JSON.stringify([text, { text }]))).toBe(2);
      }),
    );
  });
});
