import type { Counter, RateLimitRepository } from './rateLimitRepository.js';

/** {@link RateLimitRepository} in memory, for unit tests. */
export class MemoryRateLimitRepository implements RateLimitRepository {
  readonly counters = new Map<string, Counter>();

  async hit(key: string, windowMs: number, now: number): Promise<Counter> {
    const current = this.counters.get(key);
    const next =
      current === undefined || current.windowEndsAt <= now
        ? { count: 1, windowEndsAt: now + windowMs }
        : { count: current.count + 1, windowEndsAt: current.windowEndsAt };
    this.counters.set(key, next);
    return { ...next };
  }

  async peek(key: string, now: number): Promise<Counter> {
    const current = this.counters.get(key);
    return current === undefined || current.windowEndsAt <= now ? { count: 0, windowEndsAt: now } : { ...current };
  }

  async prune(now: number): Promise<number> {
    let deleted = 0;
    for (const [key, counter] of this.counters) {
      if (counter.windowEndsAt <= now) {
        this.counters.delete(key);
        deleted++;
      }
    }
    return deleted;
  }
}
