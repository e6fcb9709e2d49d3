import { describe, expect, it } from 'vitest';
import { groupBy } from './groupBy.js';

describe('grouping a list by a key', () => {
  it('keeps the list order within each group and the order of first appearance between groups', () => {
    const groups = groupBy(['apple', 'bean', 'avocado', 'beet', 'cherry'], (word) => word[0]);
    expect([...groups.entries()]).toEqual([
      ['a', ['apple', 'avocado']],
      ['b', ['bean', 'beet']],
      ['c', ['cherry']],
    ]);
    expect(groupBy([], (word: string) => word).size).toBe(0);
  });
});
