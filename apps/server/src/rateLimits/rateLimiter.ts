import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { Clock } from '../clock.js';
import { RetryLaterError } from '../errors.js';
import type { Counter, RateLimitRepository } from './rateLimitRepository.js';

/** At most `max` hits per `timeWindowMs` (a fixed window that starts at the first hit). */
export type RateLimit = { max: number; timeWindowMs: number };

/** Ended windows are deleted at most this often: a delete per request would cost more than the rows. */
export const PRUNE_INTERVAL_MS = 60 * 1000;

/** What a client is told to wait when the counters cannot be read: the database is likely back soon. */
const UNAVAILABLE_RETRY_SECONDS = 5;

function waitText(seconds: number): string {
  return seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
}

/**
 * Rate limits on top of a {@link RateLimitRepository}: over a limit throws
 * 429 `rate_limited`; a storage failure throws 503 `rate_limit_unavailable`,
 * never a crash or a 500, and never an unlimited pass (failing open would
 * let guessing continue while the database struggles). Both carry Retry-After.
 */
export class RateLimiter {
  private nextPruneAt = 0;

  constructor(
    private readonly counters: RateLimitRepository,
    private readonly clock: Clock,
  ) {}

  /** Counts a hit on `key`; throws 429 when it is over `limit.max` in the window. */
  async consume(key: string, limit: RateLimit, describe: (max: number) => string): Promise<void> {
    const counter = await this.store(() => this.counters.hit(key, limit.timeWindowMs, this.clock.now()));
    if (counter.count > limit.max) throw this.limited(counter, describe(limit.max));
  }

  /** Throws 429 when `key` already reached `limit.max` in its window; counts nothing. */
  async ensureBelow(key: string, limit: RateLimit, describe: (max: number) => string): Promise<void> {
    const counter = await this.store(() => this.counters.peek(key, this.clock.now()));
    if (counter.count >= limit.max) throw this.limited(counter, describe(limit.max));
  }

  /** Counts a hit on `key` without refusing anything (e.g. a failed restore, counted after the fact). */
  async record(key: string, limit: RateLimit): Promise<void> {
    await this.store(() => this.counters.hit(key, limit.timeWindowMs, this.clock.now()));
  }

  /**
   * A Fastify `onRequest` hook limiting a route per client address. The key
   * is `request.ip`, which Fastify takes from X-Forwarded-For only as far as
   * TRUST_PROXY allows (the rightmost untrusted address), so a client cannot
   * choose it.
   */
  perAddress(name: string, limit: RateLimit): onRequestAsyncHookHandler {
    return async (request: FastifyRequest) => {
      await this.consume(
        `ip:${name}:${request.ip}`,
        limit,
        (max) => `too many attempts from this address (at most ${max})`,
      );
    };
  }

  private limited(counter: Counter, reason: string): RetryLaterError {
    const seconds = Math.max(1, Math.ceil((counter.windowEndsAt - this.clock.now()) / 1000));
    return new RetryLaterError(429, 'rate_limited', `${reason}; try again in ${waitText(seconds)}`, seconds);
  }

  private async store(operation: () => Promise<Counter>): Promise<Counter> {
    try {
      const counter = await operation();
      await this.pruneWhenDue();
      return counter;
    } catch (error) {
      throw new RetryLaterError(
        503,
        'rate_limit_unavailable',
        'the server cannot check its rate limits right now; try again shortly',
        UNAVAILABLE_RETRY_SECONDS,
        { cause: error },
      );
    }
  }

  private async pruneWhenDue(): Promise<void> {
    const now = this.clock.now();
    if (now < this.nextPruneAt) return;
    this.nextPruneAt = now + PRUNE_INTERVAL_MS;
    await this.counters.prune(now);
  }
}
