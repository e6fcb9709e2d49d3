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
  /** The passkey registration challenge this patient waits for (migration 0008); cleared when used. */
  passkey_challenge: string | null;
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

/** A physiotherapy practice (migration 0006). */
export interface PracticesTable {
  id: string;
  name: string;
  created_at: string;
  /** Days an unlinked or inactive patient's data is kept (migration 0007); null: the default. */
  retention_days: ColumnType<number | null, number | null | undefined, number | null>;
  retention_changed_at: ColumnType<string | null, string | null | undefined, string | null>;
  /** The administrator who last set it (staff id). */
  retention_changed_by: ColumnType<string | null, string | null | undefined, string | null>;
}

export type StaffRole = 'therapist' | 'admin';

/** A therapist or administrator of a practice (migration 0006). */
export interface StaffTable {
  id: string;
  practice_id: string;
  role: StaffRole;
  /** Lower case; unique over all practices. */
  email: string;
  name: string;
  /** argon2id (PHC string); null until the account is set up. */
  password_hash: string | null;
  /** Base32 TOTP secret; set during setup, in force once `totp_confirmed_at` is set. */
  totp_secret: string | null;
  totp_confirmed_at: string | null;
  /** The last TOTP time step accepted: a code is never accepted twice. */
  totp_last_step: Int8 | null;
  /** SHA-256 (hex) of the one-time setup code; null once used. */
  setup_code_hash: string | null;
  setup_expires_at: string | null;
  created_at: string;
  removed_at: string | null;
}

export interface StaffRecoveryCodesTable {
  staff_id: string;
  code_hash: string;
  used_at: string | null;
}

/** `password`: only the password was given; `full`: the second factor too. */
export type SessionStage = 'password' | 'full';

export interface StaffSessionsTable {
  /** Public id, written in the access log. */
  id: string;
  token_hash: string;
  csrf_hash: string;
  staff_id: string;
  stage: SessionStage;
  created_at: string;
  last_seen_at: string;
  /** The absolute end, whatever the activity. */
  expires_at: string;
  revoked_at: string | null;
  /** The WebAuthn challenge this session is waiting to see signed (passkey registration or sign-in). */
  challenge: string | null;
}

/** A passkey (discoverable WebAuthn credential) of a patient, to restore on a new device (migration 0008). */
export interface PatientPasskeysTable {
  /** The credential id (base64url). */
  id: string;
  patient_id: string;
  /** The COSE public key (base64url). */
  public_key: string;
  /** The authenticator's signature counter (0 when it keeps none). */
  counter: Int8;
  /** JSON list of the authenticator's transports. */
  transports: string;
  created_at: string;
  last_used_at: string | null;
}

/** A challenge for an anonymous passkey restore (migration 0008): used once, until `expires_at`. */
export interface PasskeyChallengesTable {
  /** Random id handed out with the options. */
  id: string;
  challenge: string;
  expires_at: string;
}

/** A passkey (WebAuthn credential) of a staff member. */
export interface StaffPasskeysTable {
  /** The credential id (base64url). */
  id: string;
  staff_id: string;
  /** The COSE public key (base64url). */
  public_key: string;
  /** The authenticator's signature counter (0 when it keeps none). */
  counter: Int8;
  /** JSON list of the authenticator's transports. */
  transports: string;
  created_at: string;
  last_used_at: string | null;
}

export interface InvitesTable {
  id: string;
  code_hash: string;
  practice_id: string;
  therapist_id: string;
  /** How the practice knows the patient (typed by the therapist), carried to the link. */
  label: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  revoked_at: string | null;
}

export interface LinksTable {
  id: string;
  patient_id: string;
  practice_id: string;
  therapist_id: string;
  invite_id: string | null;
  label: string;
  linked_at: string;
  unlinked_at: string | null;
  /** The therapist marked the patient's concerns read up to this moment. */
  concerns_read_up_to: string | null;
}

/**
 * One NEN 7513 entry (migration 0006). `hash` covers the other columns and
 * `prev_hash`; format 2 entries (migration 0007) cover `patient_digest`
 * instead of `patient_id`, so an erased patient's id can be replaced by a
 * pseudonym (accessLog/accessLog.ts).
 */
export interface AccessLogTable {
  seq: Int8;
  at: string;
  actor_kind: string;
  actor_id: string;
  actor_name: string;
  practice_id: string | null;
  on_behalf_of: string;
  session_id: string | null;
  patient_id: string;
  action: string;
  what: string;
  prev_hash: string;
  hash: string;
  /** 1: the hash covers `patient_id`; 2: it covers `patient_digest` (migration 0007). */
  format: ColumnType<number, number | undefined, number>;
  /** SHA-256 (hex) of the patient's id; null on format 1 entries not pseudonymised. */
  patient_digest: ColumnType<string | null, string | null | undefined, string | null>;
  /** When `patient_id` was replaced by the pseudonym (the patient erased). */
  pseudonymised_at: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface AccessLogHeadTable {
  id: number;
  seq: Int8;
  hash: string;
}

export interface PatientAttentionTable {
  patient_id: string;
  /** JSON of the core's `AttentionSource`; null before it was first made. */
  source: string | null;
  /** How many syncs changed what the source reads since it was last made: 0 when it is current (a count, not a flag: docs/architecture.md, "Therapist workspace"). */
  stale: number;
  updated_at: string;
}

export interface TherapistNotesTable {
  id: string;
  patient_id: string;
  practice_id: string;
  author_id: string;
  text: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** `request`: the person deleted everything; `retention`: the practice's retention ran out. */
export type ErasureReason = 'request' | 'retention';

/** What was erased, with no clinical content (migration 0007). */
export interface ErasureLogTable {
  id: string;
  at: string;
  reason: ErasureReason;
  patients: number;
  /** JSON list of the erased patients' pseudonyms (as in the access log). */
  pseudonyms: string;
}

/** A durable job any server process may run, one at a time (migration 0007). */
export interface ScheduledJobsTable {
  name: string;
  next_run_at: string;
  locked_by: string | null;
  locked_until: string | null;
  last_run_at: string | null;
  /** What the last run did, in a few words (no patient data). */
  last_outcome: string | null;
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
  practices: PracticesTable;
  staff: StaffTable;
  staff_recovery_codes: StaffRecoveryCodesTable;
  staff_sessions: StaffSessionsTable;
  staff_passkeys: StaffPasskeysTable;
  invites: InvitesTable;
  links: LinksTable;
  access_log: AccessLogTable;
  access_log_head: AccessLogHeadTable;
  patient_attention: PatientAttentionTable;
  therapist_notes: TherapistNotesTable;
  erasure_log: ErasureLogTable;
  scheduled_jobs: ScheduledJobsTable;
  patient_passkeys: PatientPasskeysTable;
  passkey_challenges: PasskeyChallengesTable;
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
