import { describe, expect, it } from 'vitest';
import { perSnapshot } from './observable';

type Snapshot = ReadonlyMap<string, number>;

describe('perSnapshot', () => {
  it('works a value out once per snapshot, however often it is asked for', () => {
    let calls = 0;
    const total = perSnapshot((snapshot: Snapshot) => {
      calls += 1;
      return [...snapshot.values()].reduce((sum, value) => sum + value, 0);
    });
    const snapshot: Snapshot = new Map([['a', 2]]);
    expect([total(snapshot), total(snapshot), total(snapshot)]).toEqual([2, 2, 2]);
    expect(calls).toBe(1);
  });

  it('works it out again for the next snapshot, as the app makes one on every change', () => {
    let calls = 0;
    const size = perSnapshot((snapshot: Snapshot) => {
      calls += 1;
      return snapshot.size;
    });
    const before: Snapshot = new Map();
    const after: Snapshot = new Map([['a', 1]]);
    expect([size(before), size(after), size(before)]).toEqual([0, 1, 0]);
    expect(calls).toBe(2);
  });

  it('keeps a value that is undefined instead of working it out again', () => {
    let calls = 0;
    const nothing = perSnapshot((_snapshot: Snapshot) => {
      calls += 1;
      return undefined;
    });
    const snapshot: Snapshot = new Map();
    nothing(snapshot);
    nothing(snapshot);
    expect(calls).toBe(1);
  });
});
