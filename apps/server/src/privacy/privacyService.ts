import { RETENTION_MAX_DAYS, RETENTION_MIN_DAYS } from '@veerkracht/contract';
import { uuidv7 } from '@veerkracht/core';
import { type Clock, isoNow } from '../clock.js';
import { AppError, invalidRequest } from '../errors.js';
import { type RandomBytes, secureRandom } from '../patients/secrets.js';
import type { StaffContext } from '../staff/staffService.js';
import type { ErasureRepository, RetentionCandidate } from './erasureRepository.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Retention in days (decision 0034, docs/privacy.md): how long a patient's
 * data is kept after their last sign of life (a device used, a link made or
 * ended). A practice sets its own between the bounds; one that set none keeps
 * data for {@link DEFAULT_PRACTICE_RETENTION_DAYS}. Patients who never linked
 * to a practice follow the server's setting (`RETENTION_UNLINKED_DAYS`).
 */
export const DEFAULT_PRACTICE_RETENTION_DAYS = 365;
export const DEFAULT_UNLINKED_RETENTION_DAYS = 365;
/** Three months: a holiday or a good spell away from the app must never cost the person their backup. */
export const MIN_RETENTION_DAYS = RETENTION_MIN_DAYS;
/** Ten years. */
export const MAX_RETENTION_DAYS = RETENTION_MAX_DAYS;

/** The job's name in `scheduled_jobs` (migration 0007). */
export const PURGE_JOB = 'retention_purge';
/** The purge runs once a day, sooner while patients past their retention remain. */
const PURGE_INTERVAL_MS = DAY_MS;
/** Patients erased in one transaction of the purge. */
const PURGE_BATCH = 100;
/** Batches in one run; the rest waits for the next round. */
const PURGE_BATCHES_PER_RUN = 10;
/** How long a worker holds the job; another process may take it over after. */
const PURGE_LOCK_MS = 10 * 60 * 1000;

export type RetentionView = {
  days: number;
  /** True when the practice never set it: `days` is the default. */
  isDefault: boolean;
  defaultDays: number;
  minDays: number;
  maxDays: number;
  /** What applies to patients who never linked to a practice (the server's setting). */
  unlinkedDays: number;
  changedAt: string | null;
};

export type PurgeResult = { purged: number; more: boolean };

/**
 * When a patient's data is past its retention: the last sign of life (created,
 * a device used, a link made or ended) plus the days that apply (the longest
 * of their practices', or `unlinkedDays` when they never linked) lies before
 * `nowMs`.
 *
 * @example
 * isPastRetention({ createdAt: '2025-01-01T00:00:00.000Z', lastDeviceUse: null, lastLinkChange: null,
 *   practiceDays: null, id: 'p' }, Date.parse('2026-02-01T00:00:00.000Z'), 365) // true
 */
export function isPastRetention(candidate: RetentionCandidate, nowMs: number, unlinkedDays: number): boolean {
  const last = Math.max(
    ...[candidate.createdAt, candidate.lastDeviceUse, candidate.lastLinkChange]
      .filter((value): value is string => value !== null)
      .map((value) => Date.parse(value)),
  );
  const days = candidate.practiceDays ?? unlinkedDays;
  return last + days * DAY_MS <= nowMs;
}

/**
 * The person's erasure and the practice's retention. Erasing is one
 * transaction: every row of the patient, the pseudonymised access log and
 * the erasure log's entry commit together or not at all.
 */
export function createPrivacyService(deps: {
  repo: ErasureRepository;
  clock: Clock;
  unlinkedRetentionDays?: number;
  random?: RandomBytes;
  /** Told after the commit which patients are gone: their device tokens are no longer kept in memory. */
  onErased?: (patientIds: readonly string[]) => void;
}) {
  const { repo, clock } = deps;
  const random = deps.random ?? secureRandom;
  const unlinkedDays = deps.unlinkedRetentionDays ?? DEFAULT_UNLINKED_RETENTION_DAYS;

  async function retentionOf(practiceId: string): Promise<RetentionView> {
    const { days, changedAt } = await repo.practiceRetention(practiceId);
    return {
      days: days ?? DEFAULT_PRACTICE_RETENTION_DAYS,
      isDefault: days === null,
      defaultDays: DEFAULT_PRACTICE_RETENTION_DAYS,
      minDays: MIN_RETENTION_DAYS,
      maxDays: MAX_RETENTION_DAYS,
      unlinkedDays,
      changedAt,
    };
  }

  return {
    /**
     * Erases everything the server holds of the patient, in one transaction,
     * and resolves only once it committed. Erasing a patient that is already
     * gone (another device was quicker) is done too.
     */
    async erasePatient(patientId: string): Promise<void> {
      const at = isoNow(clock);
      await repo.db.transaction().execute(async (trx) => {
        const digest = await repo.eraseWithin(trx, patientId, 'request');
        if (digest === null) return;
        await repo.logErasure(trx, {
          id: uuidv7(clock.now(), random(10)),
          at,
          reason: 'request',
          pseudonyms: [digest],
        });
      });
      deps.onErased?.([patientId]);
    },

    retentionOf,

    async setRetention(context: StaffContext, days: number): Promise<RetentionView> {
      if (!Number.isInteger(days) || days < MIN_RETENTION_DAYS || days > MAX_RETENTION_DAYS) {
        throw invalidRequest(
          [
            {
              field: 'days',
              code: 'out_of_range',
              message: `days must be a whole number from ${MIN_RETENTION_DAYS} to ${MAX_RETENTION_DAYS}`,
              min: MIN_RETENTION_DAYS,
              max: MAX_RETENTION_DAYS,
            },
          ],
          `days must be a whole number from ${MIN_RETENTION_DAYS} to ${MAX_RETENTION_DAYS}`,
        );
      }
      if (context.staff.role !== 'admin') throw new AppError(403, 'forbidden', 'only an administrator may do this');
      await repo.setPracticeRetention(context.staff.practice.id, days, context.staff.id, isoNow(clock));
      return retentionOf(context.staff.practice.id);
    },

    /**
     * Erases up to {@link PURGE_BATCH} patients past their retention in one
     * transaction, with one erasure-log entry for them; `more` when others
     * remain.
     */
    async purgeBatch(): Promise<PurgeResult> {
      const now = clock.now();
      // Nobody younger than the shortest retention can be past it.
      const createdBefore = new Date(now - MIN_RETENTION_DAYS * DAY_MS).toISOString();
      const due = (await repo.candidates(createdBefore, DEFAULT_PRACTICE_RETENTION_DAYS)).filter((candidate) =>
        isPastRetention(candidate, now, unlinkedDays),
      );
      const batch = due.slice(0, PURGE_BATCH);
      if (batch.length === 0) return { purged: 0, more: false };
      const erased: string[] = [];
      const purged = await repo.db.transaction().execute(async (trx) => {
        const pseudonyms: string[] = [];
        for (const candidate of batch) {
          const digest = await repo.eraseWithin(trx, candidate.id, 'retention');
          if (digest !== null) {
            pseudonyms.push(digest);
            erased.push(candidate.id);
          }
        }
        if (pseudonyms.length > 0) {
          await repo.logErasure(trx, {
            id: uuidv7(now, random(10)),
            at: new Date(now).toISOString(),
            reason: 'retention',
            pseudonyms,
          });
        }
        return pseudonyms.length;
      });
      deps.onErased?.(erased);
      return { purged, more: due.length > batch.length };
    },

    /**
     * One round of the purge worker: runs the job when it is due and this
     * process could claim it (another process may hold it), in batches.
     * Returns null when it was not this worker's turn.
     */
    async purgeWhenDue(workerId: string): Promise<PurgeResult | null> {
      const now = clock.now();
      const iso = (ms: number) => new Date(ms).toISOString();
      if (!(await repo.claimJob(PURGE_JOB, iso(now), workerId, iso(now + PURGE_LOCK_MS)))) return null;
      let total = 0;
      let more = false;
      try {
        for (let i = 0; i < PURGE_BATCHES_PER_RUN; i += 1) {
          const result = await this.purgeBatch();
          total += result.purged;
          more = result.more;
          if (!more) break;
        }
      } catch (error) {
        // Try again next round rather than after a day.
        await repo.finishJob(PURGE_JOB, workerId, { at: iso(now), nextRunAt: iso(now), outcome: 'failed' });
        throw error;
      }
      await repo.finishJob(PURGE_JOB, workerId, {
        at: iso(now),
        nextRunAt: iso(more ? now : now + PURGE_INTERVAL_MS),
        outcome: `purged ${total}`,
      });
      return { purged: total, more };
    },
  };
}

export type PrivacyService = ReturnType<typeof createPrivacyService>;
