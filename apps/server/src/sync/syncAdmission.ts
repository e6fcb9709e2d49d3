import type { Clock } from '../clock.js';
import { RetryLaterError } from '../errors.js';

/**
 * How much sync one device token and one patient may ask for at once. A real
 * device syncs one request at a time, a few times a minute, and a first pull
 * of years of data takes a few dozen pages; these limits leave that alone and
 * stop one token from holding the database for everyone (issue 9, point 4).
 */
export type SyncLimits = {
  /** Syncs of one token running at the same time. */
  concurrentPerToken: number;
  /** Syncs of one patient (all its devices) running at the same time: they wait on one lock anyway. */
  concurrentPerPatient: number;
  /** Syncs one token may start in a burst, then `refillPerSecond` more each second. */
  burstPerToken: number;
  refillPerSecond: number;
};

export const DEFAULT_SYNC_LIMITS: SyncLimits = {
  concurrentPerToken: 2,
  concurrentPerPatient: 4,
  burstPerToken: 120,
  refillPerSecond: 2,
};

/** Buckets kept before full ones are forgotten (a full bucket is the same as none). */
const MAX_BUCKETS = 10_000;

type Bucket = { tokens: number; atMs: number };

/**
 * Admission to sync: per-token and per-patient concurrency, and a token
 * bucket per device token. Kept in this process's memory, unlike the restore
 * limits (decision 0024): they guard the server's own resources, which are
 * per process, and need no write per sync. A refusal is 429 with
 * `Retry-After`, before the body is read.
 *
 * @example
 * const admission = new SyncAdmission(DEFAULT_SYNC_LIMITS, systemClock);
 * const release = admission.admit({ patientId, tokenHash }); // throws 429 when over a limit
 * try { await sync(); } finally { release(); }
 */
export class SyncAdmission {
  readonly #running = new Map<string, number>();
  readonly #buckets = new Map<string, Bucket>();

  constructor(
    private readonly limits: SyncLimits,
    private readonly clock: Clock,
  ) {}

  /** Admits one sync, or throws 429. Call the returned function exactly when the sync is over. */
  admit(who: { patientId: string; tokenHash: string }): () => void {
    const tokenKey = `t:${who.tokenHash}`;
    const patientKey = `p:${who.patientId}`;
    if ((this.#running.get(tokenKey) ?? 0) >= this.limits.concurrentPerToken) {
      throw tooMany('this device is already syncing; wait for that sync to finish', 1);
    }
    if ((this.#running.get(patientKey) ?? 0) >= this.limits.concurrentPerPatient) {
      throw tooMany("this patient's devices are already syncing; try again in a moment", 1);
    }
    this.#take(who.tokenHash);
    this.#add(tokenKey, 1);
    this.#add(patientKey, 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#add(tokenKey, -1);
      this.#add(patientKey, -1);
    };
  }

  /** Syncs running now (for tests and shutdown logs). */
  get running(): number {
    let total = 0;
    for (const [key, count] of this.#running) if (key.startsWith('t:')) total += count;
    return total;
  }

  #add(key: string, delta: number): void {
    const next = (this.#running.get(key) ?? 0) + delta;
    if (next <= 0) this.#running.delete(key);
    else this.#running.set(key, next);
  }

  #take(tokenHash: string): void {
    const { burstPerToken: burst, refillPerSecond: rate } = this.limits;
    const now = this.clock.now();
    const bucket = this.#buckets.get(tokenHash) ?? { tokens: burst, atMs: now };
    const tokens = Math.min(burst, bucket.tokens + (Math.max(0, now - bucket.atMs) / 1000) * rate);
    if (tokens < 1) {
      throw tooMany(
        `too many syncs from this device (at most ${burst} at once, then ${rate} a second)`,
        (1 - tokens) / rate,
      );
    }
    this.#buckets.set(tokenHash, { tokens: tokens - 1, atMs: now });
    if (this.#buckets.size > MAX_BUCKETS) this.#forgetFull(now);
  }

  #forgetFull(now: number): void {
    const { burstPerToken: burst, refillPerSecond: rate } = this.limits;
    for (const [key, bucket] of this.#buckets) {
      if (bucket.tokens + ((now - bucket.atMs) / 1000) * rate >= burst) this.#buckets.delete(key);
    }
  }
}

function tooMany(message: string, retryAfterSeconds: number): RetryLaterError {
  return new RetryLaterError(429, 'too_many_syncs', message, retryAfterSeconds);
}
