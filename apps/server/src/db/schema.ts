import type { ColumnType } from 'kysely';

/**
 * The current shape of the tables, for typed queries. Migrations do not use
 * these types: they are frozen in time, while this file follows the latest
 * migration.
 */

/**
 * A `bigint` column: PostgreSQL (pg) returns it as a string, SQLite as a
 * number. Read it with {@link toSafeInteger}.
 */
type Int8 = ColumnType<string | number, number | undefined, number>;

/** `boolean` on PostgreSQL; SQLite stores it as 0 or 1 (better-sqlite3 cannot bind booleans). */
type Bool = ColumnType<boolean | number, number, number>;

export interface PatientsTable {
  id: string;
  /** ISO 8601 UTC instant, from the app's clock. */
  created_at: string;
  /** The last sequence number given to one of this patient's records. */
  last_seq: Int8;
  /** How many records the patient stores (migration 0004; the storage quota). */
  record_count: Int8;
  /** Characters of JSON in those records' data (migration 0004; the storage quota). */
  stored_size: Int8;
  /** SHA-256 (hex) of the normalised recovery code. */
  recovery_code_hash: string;
  /** When the recovery code was last renewed (migration 0003); null when it never was. */
  recovery_code_renewed_at: string | null;
}

export interface DeviceTokensTable {
  /** SHA-256 (hex) of the bearer token; the token itself is never stored. */
  token_hash: string;
  /**
   * Public id of the device, a UUID (migration 0003). Nullable in the table
   * (SQLite cannot add a NOT NULL column), but the migration filled every
   * existing row and every insert sets it, so it is read as text.
   */
  id: string;
  /** The short name the device gave itself; null when it gave none (or linked before names existed). */
  name: string | null;
  patient_id: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface RecordsTable {
  patient_id: string;
  id: string;
  type: string;
  /** The record's data as JSON text (`null` for a deleted record without data). */
  data: string;
  hlc: string;
  deleted: Bool;
  seq: Int8;
  updated_at: string;
}

/** A rate-limit counter (decision 0024). */
export interface RateLimitsTable {
  /** What is counted, e.g. `ip:restore:192.0.2.7` or `restore-fail:<hash>`. */
  key: string;
  /** Hits in the current window. */
  count: number;
  /** ISO 8601 UTC instant when the current window ends and the count starts over. */
  window_ends_at: string;
}

/** A key the server made for itself (migration 0005), e.g. `vapid_public`. */
export interface ServerKeysTable {
  name: string;
  value: string;
  created_at: string;
}

/** A device's Web Push subscription (migration 0005). */
export interface PushSubscriptionsTable {
  id: string;
  patient_id: string;
  /** The public id of the device that subscribed (device_tokens.id). */
  device_id: string;
  /** The push service's URL for this subscription (secret: whoever has it can push). */
  endpoint: string;
  /** The browser's public key and auth secret (base64url), for the payload's encryption (RFC 8291). */
  p256dh: string;
  auth: string;
  /** The language the device used when it subscribed: the reminders' words. */
  lang: string;
  created_at: string;
  last_success_at: string | null;
  last_failure_at: string | null;
  /** What went wrong last, in a few words (an HTTP status or a network error). */
  last_failure: string | null;
  /** When the push service said this subscription no longer exists (404/410): it is never used again. */
  dead_at: string | null;
}

/** `pending` waits or is being sent; `sent`; `failed` after the last retry; `cancelled` no longer planned; `no_channel` nothing to send to. */
export type ReminderJobStatus = 'pending' | 'sent' | 'failed' | 'cancelled' | 'no_channel';

/** One reminder to send (migration 0005): the durable job table. */
export interface ReminderJobsTable {
  id: string;
  patient_id: string;
  /** The occurrence's key (`check_in:2026-11-29`): unique per patient, so a reminder is planned once. */
  key: string;
  kind: string;
  path: string;
  due_at: string;
  status: ReminderJobStatus;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: string;
  locked_by: string | null;
  locked_until: string | null;
  sent_at: string | null;
  last_error: string | null;
  created_at: string;
}

/** When to plan a patient's coming reminders again (migration 0005); `plan_at` null: nothing to plan. */
export interface ReminderPlanningTable {
  patient_id: string;
  plan_at: string | null;
  planned_at: string | null;
}

/** A private calendar address (migration 0005). */
export interface CalendarFeedsTable {
  id: string;
  patient_id: string;
  /** SHA-256 (hex) of the feed's token; the token is shown once. */
  token_hash: string;
  lang: string;
  created_at: string;
  last_fetched_at: string | null;
  revoked_at: string | null;
}

export interface Schema {
  patients: PatientsTable;
  device_tokens: DeviceTokensTable;
  records: RecordsTable;
  rate_limits: RateLimitsTable;
  server_keys: ServerKeysTable;
  push_subscriptions: PushSubscriptionsTable;
  reminder_jobs: ReminderJobsTable;
  reminder_planning: ReminderPlanningTable;
  calendar_feeds: CalendarFeedsTable;
}

/**
 * A `bigint` value from either driver as a number. Sequence numbers stay far
 * below 2^53; a larger value means corruption, so it throws instead of rounding.
 *
 * @example
 * toSafeInteger('42') // 42
 */
export function toSafeInteger(value: string | number | bigint): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new RangeError(`not a safe integer: ${String(value)}`);
  return number;
}

/** A boolean column from either driver. */
export function toBoolean(value: boolean | number): boolean {
  return value === true || value === 1;
}
