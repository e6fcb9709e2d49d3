import type { DeviceToken } from './patientRepository.js';

/** Longest a token's row is trusted without reading it again, whatever this process was told. */
export const DEVICE_TOKEN_CACHE_TTL_MS = 60_000;
/** Tokens kept at most; the oldest goes first (a device syncs a few times a minute at most). */
const CAPACITY = 10_000;

type Entry = { device: DeviceToken; cachedAtMs: number };

/**
 * Device tokens as the database last answered, kept in this process so a
 * sync does not read its token's row every time (decision 0039). Only for a
 * database that one process owns (SQLite): every change to a token goes
 * through this process, and each one tells the cache at once (sign-out, ending
 * a device, a restore that ends the others, erasure, the retention purge). The
 * minute's limit covers what no process could tell it (a file restored under a
 * running server, against docs/operations.md). Revoked tokens and unknown ones
 * are never kept: they are read every time.
 *
 * @example
 * const cache = new DeviceTokenCache();
 * const generation = cache.generation;
 * const device = await patients.findDeviceToken(tokenHash);
 * if (device) cache.remember(device, clock.now(), generation);
 * cache.find(device.tokenHash, clock.now()); // the device, for a minute
 * cache.forgetPatient(device.patientId);     // gone at once
 */
export class DeviceTokenCache {
  readonly #entries = new Map<string, Entry>();
  #forgets = 0;

  /**
   * Take this before reading a token's row and hand it to {@link remember}: a
   * row read while a revocation or erasure committed is then not kept, even
   * when the read finished before the cache was told.
   */
  get generation(): number {
    return this.#forgets;
  }

  /** The cached row of `tokenHash`, unless it is older than the time limit. */
  find(tokenHash: string, nowMs: number): DeviceToken | undefined {
    const entry = this.#entries.get(tokenHash);
    if (!entry) return undefined;
    if (nowMs - entry.cachedAtMs >= DEVICE_TOKEN_CACHE_TTL_MS || nowMs < entry.cachedAtMs) {
      this.#entries.delete(tokenHash);
      return undefined;
    }
    return entry.device;
  }

  /** Keeps a row read from the database since `generation` was taken (never a revoked one). */
  remember(device: DeviceToken, nowMs: number, generation: number): void {
    if (device.revokedAt !== null || generation !== this.#forgets) return;
    this.#entries.delete(device.tokenHash);
    if (this.#entries.size >= CAPACITY) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    this.#entries.set(device.tokenHash, { device, cachedAtMs: nowMs });
  }

  /** The token was used at `at` and that was written: the kept row says so too. */
  touched(tokenHash: string, at: string): void {
    const entry = this.#entries.get(tokenHash);
    if (entry) entry.device = { ...entry.device, lastUsedAt: at };
  }

  /** The token was revoked. */
  forget(tokenHash: string): void {
    this.#forgets += 1;
    this.#entries.delete(tokenHash);
  }

  /** Every token of the patient: a device ended by id, the others ended by a restore, the patient erased. */
  forgetPatient(patientId: string): void {
    this.#forgets += 1;
    for (const [tokenHash, entry] of this.#entries) {
      if (entry.device.patientId === patientId) this.#entries.delete(tokenHash);
    }
  }

  get size(): number {
    return this.#entries.size;
  }
}
