import type { Clock } from '../clock.js';
import type { DatabaseFaultKind } from '../db/faults.js';

/** How long a full disk is reported after the last write that failed on it. */
export const FULL_DISK_REPORTED_MS = 30_000;

/**
 * Remembers the last write that failed because the disk was full, so health
 * and readiness say so: `select 1` still works on a full disk, yet every
 * write fails. Forgotten after {@link FULL_DISK_REPORTED_MS} without another
 * such failure (the next failing write reports it again), or at once when a
 * write succeeds.
 *
 * @example
 * const faults = new RecentFaults(systemClock);
 * faults.note('full');
 * faults.fullDisk(); // true, for the next 30 s
 * faults.writeSucceeded();
 * faults.fullDisk(); // false
 */
export class RecentFaults {
  #fullAtMs: number | undefined;

  constructor(
    private readonly clock: Clock,
    private readonly reportedMs = FULL_DISK_REPORTED_MS,
  ) {}

  note(kind: DatabaseFaultKind): void {
    if (kind === 'full') this.#fullAtMs = this.clock.now();
  }

  writeSucceeded(): void {
    this.#fullAtMs = undefined;
  }

  fullDisk(): boolean {
    return this.#fullAtMs !== undefined && this.clock.now() - this.#fullAtMs < this.reportedMs;
  }
}
