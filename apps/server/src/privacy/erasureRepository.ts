import { type Kysely, sql, type Transaction } from 'kysely';
import type { AccessLog } from '../accessLog/accessLog.js';
import type { Dialect } from '../db/database.js';
import type { ErasureReason, Schema } from '../db/schema.js';

/** The rows a patient last showed signs of life with, and the retention of the practices they were linked to. */
export type RetentionCandidate = {
  id: string;
  createdAt: string;
  /** The last use of any of their devices (touched at most hourly). */
  lastDeviceUse: string | null;
  /** The latest link or unlink. */
  lastLinkChange: string | null;
  /** The longest retention among the practices they are or were linked to (null: never linked). */
  practiceDays: number | null;
};

/** Every table that holds a row of a patient (besides the access log, which is pseudonymised). */
export const PATIENT_TABLES = [
  'therapist_notes',
  'patient_attention',
  'links',
  'reminder_jobs',
  'reminder_planning',
  'push_subscriptions',
  'calendar_feeds',
  'records',
  'patient_passkeys',
  'device_tokens',
] as const;

/**
 * Erasing patients on SQLite or PostgreSQL (issue 14, decision 0034): every
 * row that refers to them goes, their access-log entries are pseudonymised,
 * and what was erased is written to `erasure_log` with no clinical content,
 * all in the caller's one transaction.
 */
export class ErasureRepository {
  constructor(
    readonly db: Kysely<Schema>,
    private readonly dialect: Dialect,
    private readonly accessLog: AccessLog,
  ) {}

  /**
   * Erases one patient inside `trx`; returns their digest (pseudonym), or
   * null when there is no such patient (already erased). The patient's row is
   * locked first (PostgreSQL), so a sync of theirs in flight either commits
   * before or finds no patient after.
   */
  async eraseWithin(trx: Transaction<Schema>, patientId: string, reason: ErasureReason): Promise<string | null> {
    const lock =
      this.dialect === 'postgres'
        ? sql<{ id: string }>`select id from patients where id = ${patientId} for update`
        : sql<{ id: string }>`select id from patients where id = ${patientId}`;
    if ((await lock.execute(trx)).rows.length === 0) return null;
    // The invites the patient used carry the practice's label for them (a name or file number).
    const invites = (
      await trx
        .selectFrom('links')
        .select('invite_id')
        .where('patient_id', '=', patientId)
        .where('invite_id', 'is not', null)
        .execute()
    ).flatMap((row) => (row.invite_id === null ? [] : [row.invite_id]));
    for (const table of PATIENT_TABLES) {
      await trx.deleteFrom(table).where('patient_id', '=', patientId).execute();
    }
    if (invites.length > 0) await trx.deleteFrom('invites').where('id', 'in', invites).execute();
    await trx.deleteFrom('rate_limits').where('key', '=', `invite-fail:${patientId}`).execute();
    await trx.deleteFrom('patients').where('id', '=', patientId).execute();
    return this.accessLog.pseudonymise(trx, patientId, reason);
  }

  /** Writes what was erased: when, why, how many, their pseudonyms. */
  async logErasure(
    trx: Transaction<Schema>,
    entry: { id: string; at: string; reason: ErasureReason; pseudonyms: readonly string[] },
  ): Promise<void> {
    await trx
      .insertInto('erasure_log')
      .values({
        id: entry.id,
        at: entry.at,
        reason: entry.reason,
        patients: entry.pseudonyms.length,
        pseudonyms: JSON.stringify(entry.pseudonyms),
      })
      .execute();
  }

  /**
   * Patients created before `createdBefore` with what retention needs: their
   * last device use, last link change and the longest retention of their
   * practices (`defaultDays` for a practice that set none).
   */
  async candidates(createdBefore: string, defaultDays: number): Promise<RetentionCandidate[]> {
    const { rows } = await sql<{
      id: string;
      created_at: string;
      last_device_use: string | null;
      last_link_change: string | null;
      practice_days: number | string | null;
    }>`
      select p.id, p.created_at,
        (select max(coalesce(d.last_used_at, d.created_at)) from device_tokens d where d.patient_id = p.id)
          as last_device_use,
        (select max(coalesce(l.unlinked_at, l.linked_at)) from links l where l.patient_id = p.id) as last_link_change,
        (select max(coalesce(pr.retention_days, ${defaultDays})) from links l
          join practices pr on pr.id = l.practice_id where l.patient_id = p.id) as practice_days
      from patients p
      where p.created_at < ${createdBefore}
      order by p.id`.execute(this.db);
    return rows.map((row) => ({
      id: row.id,
      createdAt: row.created_at,
      lastDeviceUse: row.last_device_use,
      lastLinkChange: row.last_link_change,
      practiceDays: row.practice_days === null ? null : Number(row.practice_days),
    }));
  }

  async practiceRetention(practiceId: string): Promise<{ days: number | null; changedAt: string | null }> {
    const row = await this.db
      .selectFrom('practices')
      .select(['retention_days', 'retention_changed_at'])
      .where('id', '=', practiceId)
      .executeTakeFirst();
    return { days: row?.retention_days ?? null, changedAt: row?.retention_changed_at ?? null };
  }

  async setPracticeRetention(practiceId: string, days: number, staffId: string, at: string): Promise<void> {
    await this.db
      .updateTable('practices')
      .set({ retention_days: days, retention_changed_at: at, retention_changed_by: staffId })
      .where('id', '=', practiceId)
      .execute();
  }

  /**
   * Claims the named job for `workerId` until `lockedUntil` when it is due and
   * nobody holds it: one statement, so two processes never both run it.
   */
  async claimJob(name: string, now: string, workerId: string, lockedUntil: string): Promise<boolean> {
    const claimed = await this.db
      .updateTable('scheduled_jobs')
      .set({ locked_by: workerId, locked_until: lockedUntil })
      .where('name', '=', name)
      .where('next_run_at', '<=', now)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
      .executeTakeFirst();
    return Number(claimed.numUpdatedRows) === 1;
  }

  /** Ends a run of the job: when it is due next and what it did; only the worker that holds it. */
  async finishJob(name: string, workerId: string, done: { at: string; nextRunAt: string; outcome: string }) {
    await this.db
      .updateTable('scheduled_jobs')
      .set({
        locked_by: null,
        locked_until: null,
        last_run_at: done.at,
        next_run_at: done.nextRunAt,
        last_outcome: done.outcome.slice(0, 200),
      })
      .where('name', '=', name)
      .where('locked_by', '=', workerId)
      .execute();
  }
}
