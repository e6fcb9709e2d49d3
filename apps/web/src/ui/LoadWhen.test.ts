import type { ComponentType } from 'preact';
import { describe, expect, it } from 'vitest';
import { onDemand } from './LoadWhen';

const Card: ComponentType = () => null;

describe('onDemand (a Today card loaded once, then rendered in the same pass)', () => {
  it('loads once, and knows what it loaded from then on', async () => {
    let loads = 0;
    const load = onDemand(async () => {
      loads += 1;
      return Card;
    });
    expect(load.loaded).toBeUndefined();
    const [first, second] = await Promise.all([load(), load()]);
    expect(first).toBe(Card);
    expect(second).toBe(Card);
    expect(load.loaded).toBe(Card);
    await load();
    expect(loads).toBe(1);
  });

  it('tries again after a failed load (offline before the chunk was ever fetched)', async () => {
    let attempt = 0;
    const load = onDemand(async () => {
      attempt += 1;
      if (attempt === 1) throw new Error('offline');
      return Card;
    });
    await expect(load()).rejects.toThrow('offline');
    expect(load.loaded).toBeUndefined();
    expect(await load()).toBe(Card);
    expect(load.loaded).toBe(Card);
  });
});
