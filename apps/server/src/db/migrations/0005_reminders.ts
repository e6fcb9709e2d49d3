import type { Kysely } from 'kysely';

/**
 * Reminders that never silently stop (docs/decisions/0031):
 * - `server_keys`: the server's own keys, e.g. the VAPID key pair for Web
 *   Push, made on first start; a named row per key.
 * - `push_subscriptions`: one per device that allowed notifications, with
 *   when a push last went through or failed, and when the push service said
 *   the subscription is gone (`dead_at`), which the person then sees.
 * - `reminder_jobs`: the durable job table. One row per reminder to send,
 *   unique per patient and key, so planning twice (or in two processes) never
 *   makes a double. A worker claims a row by setting `locked_by` and
 *   `locked_until`; a row whose lock ran out (a crashed process) is claimed again.
 * - `reminder_planning`: per patient, when to plan the coming days again
 *   (now after a sync changed what reminders depend on).
 * - `calendar_feeds`: a private calendar address per patient, its token only
 *   stored hashed, revocable.
 *
 * Timestamps are ISO 8601 UTC text, as everywhere. Append-only: never edit
 * this file once released.
 */
// `unknown`, not today's Schema: a migration is frozen in time and must not follow later schema changes.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('server_keys')
    .addColumn('name', 'text', (col) => col.primaryKey().notNull())
    .addColumn('value', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('push_subscriptions')
    .addColumn('id', 'text', (col) => col.primaryKey().notNull())
    .addColumn('patient_id', 'text', (col) => col.notNull().references('patients.id').onDelete('cascade'))
    .addColumn('device_id', 'text', (col) => col.notNull())
    .addColumn('endpoint', 'text', (col) => col.notNull().unique())
    .addColumn('p256dh', 'text', (col) => col.notNull())
    .addColumn('auth', 'text', (col) => col.notNull())
    .addColumn('lang', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('last_success_at', 'text')
    .addColumn('last_failure_at', 'text')
    .addColumn('last_failure', 'text')
    .addColumn('dead_at', 'text')
    .execute();
  await db.schema.createIndex('push_subscriptions_patient').on('push_subscriptions').column('patient_id').execute();

  await db.schema
    .createTable('reminder_jobs')
    .addColumn('id', 'text', (col) => col.primaryKey().notNull())
    .addColumn('patient_id', 'text', (col) => col.notNull().references('patients.id').onDelete('cascade'))
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('path', 'text', (col) => col.notNull())
    .addColumn('due_at', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (col) => col.notNull())
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('reminder_jobs_patient_key', ['patient_id', 'key'])
    .execute();
  // The worker's one question: which pending jobs are due now.
  await db.schema.createIndex('reminder_jobs_due').on('reminder_jobs').columns(['status', 'next_attempt_at']).execute();

  await db.schema
    .createTable('reminder_planning')
    .addColumn('patient_id', 'text', (col) => col.primaryKey().notNull().references('patients.id').onDelete('cascade'))
    .addColumn('plan_at', 'text')
    .addColumn('planned_at', 'text')
    .execute();
  await db.schema.createIndex('reminder_planning_plan_at').on('reminder_planning').column('plan_at').execute();

  await db.schema
    .createTable('calendar_feeds')
    .addColumn('id', 'text', (col) => col.primaryKey().notNull())
    .addColumn('patient_id', 'text', (col) => col.notNull().references('patients.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('lang', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('last_fetched_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('calendar_feeds_patient').on('calendar_feeds').column('patient_id').execute();
}
