import type { ReminderOccurrence } from '@veerkracht/core';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { Dialect } from '../db/database.js';
import { databaseFault } from '../db/faults.js';
import type { CalendarFeedsTable, PushSubscriptionsTable, ReminderJobsTable, Schema } from '../db/schema.js';
import { toBoolean } from '../db/schema.js';

export type PushSubscription = {
  id: string;
  patientId: string;
  deviceId: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  lang: string;
  createdAt: string;
  lastSuccessAt: string | null;
  lastFailureAt: string | null;
  lastFailure: string | null;
  deadAt: string | null;
};

export type ReminderJob = {
  id: string;
  patientId: string;
  key: string;
  kind: string;
  path: string;
  dueAt: string;
  attempts: number;
};

/** What one push did to a subscription: delivered, or failed (gone for good when `dead`). */
export type PushMark =
  | { subscriptionId: string; at: string; ok: true }
  | { subscriptionId: string; at: string; ok: false; reason: string; dead: boolean };

/** A claimed job with its outcome and what its pushes did to the subscriptions. */
export type FinishedJob = { jobId: string; outcome: JobOutcome; marks: readonly PushMark[] };

export type CalendarFeed = {
  id: string;
  patientId: string;
  lang: string;
  createdAt: string;
  lastFetchedAt: string | null;
};

/** How a claimed job ended: sent, to be retried at a time, given up, or with nowhere to send it. */
export type JobOutcome =
  | { status: 'sent'; at: string }
  | { status: 'retry'; nextAttemptAt: string; error: string }
  | { status: 'failed'; error: string }
  | { status: 'no_channel' };

const toSubscription = (row: Selectable<PushSubscriptionsTable>): PushSubscription => ({
  id: row.id,
  patientId: row.patient_id,
  deviceId: row.device_id,
  endpoint: row.endpoint,
  p256dh: row.p256dh,
  auth: row.auth,
  lang: row.lang,
  createdAt: row.created_at,
  lastSuccessAt: row.last_success_at,
  lastFailureAt: row.last_failure_at,
  lastFailure: row.last_failure,
  deadAt: row.dead_at,
});

const toJob = (row: Selectable<ReminderJobsTable>): ReminderJob => ({
  id: row.id,
  patientId: row.patient_id,
  key: row.key,
  kind: row.kind,
  path: row.path,
  dueAt: row.due_at,
  attempts: row.attempts,
});

const toFeed = (row: Selectable<CalendarFeedsTable>): CalendarFeed => ({
  id: row.id,
  patientId: row.patient_id,
  lang: row.lang,
  createdAt: row.created_at,
  lastFetchedAt: row.last_fetched_at,
});

/** The record types whose changes can change a patient's reminders (after a sync that touched one, plan again). */
export const REMINDER_RECORD_TYPES: readonly string[] = [
  'reminder_settings',
  'review_settings',
  'exercise_programme',
  'exercise_session',
  'activity_plan',
  'activity_session',
  'follow_up',
];

/** How long a reminder write waits for a lock another process holds (SQLite waits only 20 ms by itself). */
const BUSY_WAIT_MS = 2_000;

/** The columns a job's outcome sets. */
function jobChanges(outcome: JobOutcome) {
  switch (outcome.status) {
    case 'sent':
      return { status: 'sent' as const, sent_at: outcome.at };
    case 'retry':
      return {
        status: 'pending' as const,
        next_attempt_at: outcome.nextAttemptAt,
        last_error: outcome.error.slice(0, 200),
      };
    case 'failed':
      return { status: 'failed' as const, last_error: outcome.error.slice(0, 200) };
    default:
      return { status: 'no_channel' as const };
  }
}

/**
 * Runs a write again while the database is busy (another process holds
 * SQLite's write lock), every 25 ms with the event loop free, for up to 2 s.
 * The worker is not in a hurry; a request would rather get its 503.
 */
async function whenFree<T>(write: () => Promise<T>): Promise<T> {
  const until = Date.now() + BUSY_WAIT_MS;
  for (;;) {
    try {
      return await write();
    } catch (error) {
      if (databaseFault(error) !== 'busy' || Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

/**
 * Storage of reminders on SQLite or PostgreSQL (migration 0005): the
 * server's keys, push subscriptions, the durable job table, planning and
 * calendar feeds. Every method is one statement or one transaction.
 */
export class ReminderRepository {
  constructor(
    private readonly db: Kysely<Schema>,
    private readonly dialect: Dialect,
  ) {}

  /**
   * The value of a named key, made by `make` and stored if there is none yet.
   * Two processes starting at once both insert-if-absent and read back, so
   * they end with the same key.
   */
  async serverKey(name: string, make: () => string, at: string): Promise<string> {
    await this.db
      .insertInto('server_keys')
      .values({ name, value: make(), created_at: at })
      .onConflict((conflict) => conflict.column('name').doNothing())
      .execute();
    const row = await this.db
      .selectFrom('server_keys')
      .select('value')
      .where('name', '=', name)
      .executeTakeFirstOrThrow();
    return row.value;
  }

  /** Stores a subscription; the same endpoint again (a re-subscribe, or another patient on that browser) replaces it. */
  async saveSubscription(
    subscription: Omit<PushSubscription, 'lastSuccessAt' | 'lastFailureAt' | 'lastFailure' | 'deadAt'>,
  ): Promise<string> {
    const row = {
      id: subscription.id,
      patient_id: subscription.patientId,
      device_id: subscription.deviceId,
      endpoint: subscription.endpoint,
      p256dh: subscription.p256dh,
      auth: subscription.auth,
      lang: subscription.lang,
      created_at: subscription.createdAt,
    };
    const saved = await this.db
      .insertInto('push_subscriptions')
      .values(row)
      .onConflict((conflict) =>
        conflict.column('endpoint').doUpdateSet({
          patient_id: row.patient_id,
          device_id: row.device_id,
          p256dh: row.p256dh,
          auth: row.auth,
          lang: row.lang,
          created_at: row.created_at,
          last_success_at: null,
          last_failure_at: null,
          last_failure: null,
          dead_at: null,
        }),
      )
      .returning('id')
      .executeTakeFirstOrThrow();
    return saved.id;
  }

  async subscriptionsOfPatients(patientIds: readonly string[]): Promise<PushSubscription[]> {
    if (patientIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('push_subscriptions')
      .selectAll()
      .where('patient_id', 'in', [...new Set(patientIds)])
      .orderBy('created_at')
      .execute();
    return rows.map(toSubscription);
  }

  async subscriptionsOf(patientId: string): Promise<PushSubscription[]> {
    const rows = await this.db
      .selectFrom('push_subscriptions')
      .selectAll()
      .where('patient_id', '=', patientId)
      .orderBy('created_at')
      .execute();
    return rows.map(toSubscription);
  }

  /** Removes a patient's subscription; false when the patient has none with this id. */
  async removeSubscription(patientId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('push_subscriptions')
      .where('patient_id', '=', patientId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** Asks for the patient's reminders to be planned again at `at` (now, after a sync that changed them). */
  async planAt(patientId: string, at: string): Promise<void> {
    await this.db
      .insertInto('reminder_planning')
      .values({ patient_id: patientId, plan_at: at, planned_at: null })
      .onConflict((conflict) => conflict.column('patient_id').doUpdateSet({ plan_at: at }))
      .execute();
  }

  /** Patients whose reminders are due to be planned at `now`, oldest request first. */
  async patientsToPlan(now: string, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('reminder_planning')
      .select('patient_id')
      .where('plan_at', 'is not', null)
      .where('plan_at', '<=', now)
      .orderBy('plan_at')
      .limit(limit)
      .execute();
    return rows.map((row) => row.patient_id);
  }

  /** The patient's records of the types reminders depend on (not deleted), as stored. */
  async recordsForPlanning(
    patientId: string,
  ): Promise<{ id: string; type: string; data: unknown; hlc: string; deleted: boolean }[]> {
    const rows = await this.db
      .selectFrom('records')
      .select(['id', 'type', 'data', 'hlc', 'deleted'])
      .where('patient_id', '=', patientId)
      .where('type', 'in', [...REMINDER_RECORD_TYPES])
      .execute();
    return rows
      .filter((row) => !toBoolean(row.deleted))
      .map((row) => ({
        id: row.id,
        type: row.type,
        data: JSON.parse(row.data) as unknown,
        hlc: row.hlc,
        deleted: false,
      }));
  }

  /**
   * Applies a new plan in one transaction: pending jobs from `now` on that
   * are no longer planned (and not being sent) are cancelled, new ones are
   * added (a key already there, in any state, is kept: a reminder is planned
   * once), and the next planning time is set (`null`: only after a change).
   */
  async applyPlan(
    patientId: string,
    occurrences: readonly (ReminderOccurrence & { id: string })[],
    now: string,
    nextPlanAt: string | null,
  ): Promise<{ added: number; cancelled: number }> {
    return whenFree(() =>
      this.db.transaction().execute(async (trx) => {
        const keys = occurrences.map((occurrence) => occurrence.key);
        let cancel = trx
          .updateTable('reminder_jobs')
          .set({ status: 'cancelled' })
          .where('patient_id', '=', patientId)
          .where('status', '=', 'pending')
          .where('due_at', '>=', now)
          .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]));
        if (keys.length > 0) cancel = cancel.where('key', 'not in', keys);
        const cancelled = Number((await cancel.executeTakeFirst()).numUpdatedRows);
        let added = 0;
        for (const occurrence of occurrences) {
          const due = new Date(occurrence.at).toISOString();
          const result = await trx
            .insertInto('reminder_jobs')
            .values({
              id: occurrence.id,
              patient_id: patientId,
              key: occurrence.key,
              kind: occurrence.kind,
              path: occurrence.path,
              due_at: due,
              status: 'pending',
              attempts: 0,
              next_attempt_at: due,
              created_at: now,
            })
            .onConflict((conflict) => conflict.columns(['patient_id', 'key']).doNothing())
            .executeTakeFirst();
          added += Number(result.numInsertedOrUpdatedRows ?? 0);
        }
        await trx
          .insertInto('reminder_planning')
          .values({ patient_id: patientId, plan_at: nextPlanAt, planned_at: now })
          .onConflict((conflict) => conflict.column('patient_id').doUpdateSet({ plan_at: nextPlanAt, planned_at: now }))
          .execute();
        return { added, cancelled };
      }),
    );
  }

  /**
   * Claims up to `limit` jobs due at `now` for worker `workerId` until
   * `lockedUntil`: pending, their attempt time come, and not claimed by a
   * worker whose lock still holds. One statement, so two workers never claim
   * the same job (PostgreSQL skips rows another transaction has locked).
   */
  async claimDue(now: string, workerId: string, lockedUntil: string, limit: number): Promise<ReminderJob[]> {
    const due = this.db
      .selectFrom('reminder_jobs')
      .select('id')
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', now)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
      .orderBy('next_attempt_at')
      .limit(limit);
    const rows = await whenFree(() =>
      this.db
        .updateTable('reminder_jobs')
        .set({ locked_by: workerId, locked_until: lockedUntil })
        .where('id', 'in', this.dialect === 'postgres' ? due.forUpdate().skipLocked() : due)
        .where('status', '=', 'pending')
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
        .returningAll()
        .execute(),
    );
    return rows.map(toJob);
  }

  /**
   * Stores a batch of finished jobs in one transaction: each job's outcome,
   * only if this worker still holds it (its lock did not run out and go to
   * another), and what its pushes did to the subscriptions.
   */
  async finishJobs(workerId: string, finished: readonly FinishedJob[]): Promise<void> {
    if (finished.length === 0) return;
    await whenFree(() =>
      this.db.transaction().execute(async (trx) => {
        for (const { jobId, outcome, marks } of finished) {
          for (const mark of marks)
            await trx
              .updateTable('push_subscriptions')
              .set(
                mark.ok
                  ? { last_success_at: mark.at }
                  : {
                      last_failure_at: mark.at,
                      last_failure: mark.reason.slice(0, 200),
                      ...(mark.dead ? { dead_at: mark.at } : {}),
                    },
              )
              .where('id', '=', mark.subscriptionId)
              .execute();
          await trx
            .updateTable('reminder_jobs')
            .set({ ...jobChanges(outcome), locked_by: null, locked_until: null, attempts: sql<number>`attempts + 1` })
            .where('id', '=', jobId)
            .where('locked_by', '=', workerId)
            .execute();
        }
      }),
    );
  }

  /** The latest sent reminder of a patient, and the next pending ones. */
  async jobSummary(
    patientId: string,
    now: string,
    upcoming: number,
  ): Promise<{ lastSent: (ReminderJob & { sentAt: string }) | null; next: ReminderJob[] }> {
    const last = await this.db
      .selectFrom('reminder_jobs')
      .selectAll()
      .where('patient_id', '=', patientId)
      .where('status', '=', 'sent')
      .orderBy('sent_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    const next = await this.db
      .selectFrom('reminder_jobs')
      .selectAll()
      .where('patient_id', '=', patientId)
      .where('status', '=', 'pending')
      .where('due_at', '>=', now)
      .orderBy('due_at')
      .limit(upcoming)
      .execute();
    return {
      lastSent: last?.sent_at ? { ...toJob(last), sentAt: last.sent_at } : null,
      next: next.map(toJob),
    };
  }

  /** Makes a new calendar feed for the patient and revokes any earlier one (its address stops working). */
  async createFeed(patientId: string, id: string, tokenHash: string, lang: string, at: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('calendar_feeds')
        .set({ revoked_at: at })
        .where('patient_id', '=', patientId)
        .where('revoked_at', 'is', null)
        .execute();
      await trx
        .insertInto('calendar_feeds')
        .values({ id, patient_id: patientId, token_hash: tokenHash, lang, created_at: at })
        .execute();
    });
  }

  async revokeFeeds(patientId: string, at: string): Promise<number> {
    const result = await this.db
      .updateTable('calendar_feeds')
      .set({ revoked_at: at })
      .where('patient_id', '=', patientId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async activeFeed(patientId: string): Promise<CalendarFeed | undefined> {
    const row = await this.db
      .selectFrom('calendar_feeds')
      .selectAll()
      .where('patient_id', '=', patientId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return row ? toFeed(row) : undefined;
  }

  /** The live feed with this token hash, marked as fetched now. */
  async fetchFeed(tokenHash: string, at: string): Promise<CalendarFeed | undefined> {
    const row = await this.db
      .updateTable('calendar_feeds')
      .set({ last_fetched_at: at })
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    return row ? toFeed(row) : undefined;
  }
}
