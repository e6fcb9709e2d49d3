import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../testing/databases.js';
import { NOW } from '../testing/fixtures.js';
import { MemoryRateLimitRepository } from './memoryRateLimitRepository.js';
import { KyselyRateLimitRepository, type RateLimitRepository } from './rateLimitRepository.js';

const MINUTE = 60_000;
let keyCounter = 0;
/** A key no other test used: the database is shared by the whole file. */
const freshKey = () => `test:${++keyCounter}`;

/**
 * The contract every rate-limit repository keeps, run against the in-memory
 * one (used by unit tests) and the real ones, so the unit tests can trust it.
 */
function contract(make: () => RateLimitRepository) {
  let repository: RateLimitRepository;
  beforeAll(() => {
    repository = make();
  });

  it('counts hits on a key within its window, which ends a window after the first hit', async () => {
    const key = freshKey();
    expect(await repository.hit(key, MINUTE, NOW)).toEqual({ count: 1, windowEndsAt: NOW + MINUTE });
    expect(await repository.hit(key, MINUTE, NOW + 10_000)).toEqual({ count: 2, windowEndsAt: NOW + MINUTE });
    expect(await repository.hit(key, MINUTE, NOW + MINUTE - 1)).toEqual({ count: 3, windowEndsAt: NOW + MINUTE });
  });

  it('starts over at 1 with a new window once the window ended', async () => {
    const key = freshKey();
    await repository.hit(key, MINUTE, NOW);
    await repository.hit(key, MINUTE, NOW);
    expect(await repository.hit(key, MINUTE, NOW + MINUTE)).toEqual({ count: 1, windowEndsAt: NOW + 2 * MINUTE });
  });

  it('keeps keys apart', async () => {
    const [a, b] = [freshKey(), freshKey()];
    await repository.hit(a, MINUTE, NOW);
    await repository.hit(a, MINUTE, NOW);
    expect((await repository.hit(b, MINUTE, NOW)).count).toBe(1);
  });

  it('peeks at a count without adding a hit, and reads an ended window as 0', async () => {
    const key = freshKey();
    expect((await repository.peek(key, NOW)).count).toBe(0);
    await repository.hit(key, MINUTE, NOW);
    expect(await repository.peek(key, NOW + 1)).toEqual({ count: 1, windowEndsAt: NOW + MINUTE });
    expect(await repository.peek(key, NOW + 1)).toEqual({ count: 1, windowEndsAt: NOW + MINUTE });
    expect((await repository.peek(key, NOW + MINUTE)).count).toBe(0);
  });

  it('loses no hit when many arrive at once', async () => {
    const key = freshKey();
    const counts = await Promise.all(Array.from({ length: 25 }, () => repository.hit(key, MINUTE, NOW)));
    expect(counts.map((counter) => counter.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 25 }, (_, i) => i + 1),
    );
  });

  it('prunes only the windows that ended', async () => {
    const [ended, running] = [freshKey(), freshKey()];
    const later = NOW + 100 * MINUTE;
    await repository.hit(ended, MINUTE, later);
    await repository.hit(running, 3 * MINUTE, later);
    expect(await repository.prune(later + 2 * MINUTE)).toBeGreaterThanOrEqual(1);
    expect((await repository.peek(running, later + 2 * MINUTE)).count).toBe(1);
    expect(await repository.prune(later + 2 * MINUTE)).toBe(0);
    expect((await repository.hit(ended, MINUTE, later + 2 * MINUTE)).count).toBe(1);
  });
}

describe('the in-memory rate-limit repository', () => {
  contract(() => new MemoryRateLimitRepository());
});

describeEachDatabase('the database rate-limit repository', ({ database }) => {
  contract(() => new KyselyRateLimitRepository(database().db));
});
