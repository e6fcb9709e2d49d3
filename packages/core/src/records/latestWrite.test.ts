import { describe, expect, it } from 'vitest';
import { latestWrite } from './latestWrite.js';

describe('latestWrite', () => {
  it('picks the record with the latest clock, whatever the order', () => {
    const records = [
      { id: 'a', hlc: '2026-11-20T10:00:00.000Z-0001-x' },
      { id: 'c', hlc: '2026-11-21T10:00:00.000Z-0000-x' },
      { id: 'b', hlc: '2026-11-20T10:00:00.000Z-0002-x' },
    ];
    expect(latestWrite(records)?.id).toBe('c');
    expect(latestWrite([...records].reverse())?.id).toBe('c');
  });

  it('is undefined without records', () => {
    expect(latestWrite([])).toBeUndefined();
  });
});
