import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { AccessLog } from '../accessLog/accessLog.js';
import { listTables, tableRows } from '../backup/tables.js';
import { createDatabase, type Database, type DatabaseOptions, type Dialect } from '../db/database.js';
import type { Schema } from '../db/schema.js';
import { TestClock } from './fixtures.js';

/** The settings (as `serve` reads them) that open the same database as `database`, a test database. */
export function settingsOf(database: Database): DatabaseOptions {
  if (database.dialect === 'sqlite') return { dataDir: dirname(database.location) };
  // The location is the URL without its password: take the rest from TEST_DATABASE_URL.
  const url = new URL(process.env.TEST_DATABASE_URL ?? '');
  url.pathname = new URL(database.location).pathname;
  return { dataDir: '(unused)', databaseUrl: url.toString() };
}

/** An empty database to restore into (nothing open on it), and how to open and remove it. */
export type Target = { settings: DatabaseOptions; open(): Database; drop(): Promise<void> };

export async function emptyTarget(dialect: Dialect): Promise<Target> {
  if (dialect === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'veerkracht-restore-'));
    return {
      settings: { dataDir },
      open: () => createDatabase({ dataDir }),
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const admin = process.env.TEST_DATABASE_URL ?? '';
  const name = `veerkracht_restore_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`).finally(() => client.end());
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const settings = { dataDir: '(unused)', databaseUrl: url.toString() };
  return {
    settings,
    open: () => createDatabase({ ...settings, poolSize: 2 }),
    async drop() {
      const dropper = new pg.Client({ connectionString: admin });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => dropper.end());
    },
  };
}

/** Every row of every table the database has (listed from the database itself, so new tables count too). */
export async function everyRow(database: Database): Promise<Record<string, Record<string, unknown>[]>> {
  const all: Record<string, Record<string, unknown>[]> = {};
  for (const table of await listTables(database.db, database.dialect)) {
    all[table.name] = await tableRows(database.db, table);
  }
  return all;
}

/**
 * A row or more in every table of the workspace schema (0006): patients with
 * devices and records, rate limits, keys, push subscriptions, reminder jobs
 * and planning, calendar feeds, a practice with staff, their codes, sessions
 * and passkeys, invites, links, attention, notes, patients' passkeys and a
 * restore challenge (0008), an erasure log row and the purge job (0007), and access log entries made
 * by the real AccessLog (so the hash chain is a real one).
 */
export async function seedEveryTable(db: Kysely<Schema>, patients = 3): Promise<void> {
  const at = '2026-11-25T11:00:00.000Z';
  await sql`insert into practices (id, name, created_at) values ('pr1', 'Fysio Noord', ${at})`.execute(db);
  await sql`insert into staff (id, practice_id, role, email, name, password_hash, totp_secret, totp_last_step, created_at)
    values ('s1', 'pr1', 'therapist', 'els@noord.test', 'Els', 'argon', 'TOTP', 123456789, ${at}),
           ('s2', 'pr1', 'admin', 'beheer@noord.test', 'Beheer', null, null, null, ${at})`.execute(db);
  await sql`insert into staff_recovery_codes (staff_id, code_hash, used_at) values ('s1', 'rc1', null), ('s1', 'rc2', ${at})`.execute(
    db,
  );
  await sql`insert into staff_sessions (id, token_hash, csrf_hash, staff_id, stage, created_at, last_seen_at, expires_at)
    values ('ss1', 'tok', 'csrf', 's1', 'complete', ${at}, ${at}, '2026-11-26T11:00:00.000Z')`.execute(db);
  await sql`insert into staff_passkeys (id, staff_id, public_key, counter, transports, created_at)
    values ('pk1', 's1', 'pubkey', 7, '["internal"]', ${at})`.execute(db);
  await sql`insert into server_keys (name, value, created_at) values ('vapid_public', 'BPub', ${at})`.execute(db);
  await sql`insert into passkey_challenges (id, challenge, expires_at) values ('ch1', 'challenge', ${at})`.execute(db);
  await sql`insert into rate_limits (key, count, window_ends_at) values ('ip:restore:192.0.2.7', 3, ${at})`.execute(db);
  // 0007: an earlier erasure (pseudonyms only); `scheduled_jobs` has its purge row from the migration itself.
  await sql`insert into erasure_log (id, at, reason, patients, pseudonyms)
    values ('er1', ${at}, 'request', 1, '["erased:0f3c"]')`.execute(db);
  const log = new AccessLog(db, new TestClock());
  for (let p = 1; p <= patients; p++) {
    const id = `patient-${p}`;
    await sql`insert into patients (id, created_at, last_seq, record_count, stored_size, recovery_code_hash)
      values (${id}, ${at}, 2, 2, 40, ${`rch-${p}`})`.execute(db);
    await sql`insert into device_tokens (token_hash, id, name, patient_id, created_at, last_used_at)
      values (${`th-${p}`}, ${`dev-${p}`}, 'Phone', ${id}, ${at}, ${at})`.execute(db);
    await sql`insert into patient_passkeys (id, patient_id, public_key, counter, transports, created_at)
      values (${`ppk-${p}`}, ${id}, 'pubkey', 3, '["hybrid"]', ${at})`.execute(db);
    await sql`insert into records (patient_id, id, type, data, hlc, deleted, seq, updated_at) values
      (${id}, 'r1', 'checkin', ${`{"date":"2026-11-25","pain":${p},"note":"rug – één"}`}, 'hlc1', ${sql.lit(false)}, 1, ${at}),
      (${id}, 'r2', 'checkin', 'null', 'hlc2', ${sql.lit(true)}, 2, ${at})`.execute(db);
    await sql`insert into push_subscriptions (id, patient_id, device_id, endpoint, p256dh, auth, lang, created_at, last_failure)
      values (${`sub-${p}`}, ${id}, ${`dev-${p}`}, ${`https://push.test/${p}`}, 'p256', 'auth', 'nl', ${at}, '410')`.execute(
      db,
    );
    await sql`insert into reminder_jobs (id, patient_id, key, kind, path, due_at, status, attempts, next_attempt_at, created_at)
      values (${`job-${p}`}, ${id}, 'checkin:2026-11-26', 'checkin', '/checkin', ${at}, 'pending', 1, ${at}, ${at})`.execute(
      db,
    );
    await sql`insert into reminder_planning (patient_id, plan_at, planned_at) values (${id}, ${at}, null)`.execute(db);
    await sql`insert into calendar_feeds (id, patient_id, token_hash, lang, created_at)
      values (${`cal-${p}`}, ${id}, ${`cth-${p}`}, 'en', ${at})`.execute(db);
    await sql`insert into invites (id, code_hash, practice_id, therapist_id, label, created_at, expires_at, used_at)
      values (${`inv-${p}`}, ${`ich-${p}`}, 'pr1', 's1', ${`Dossier ${p}`}, ${at}, ${at}, ${at})`.execute(db);
    await sql`insert into links (id, patient_id, practice_id, therapist_id, invite_id, label, linked_at)
      values (${`link-${p}`}, ${id}, 'pr1', 's1', ${`inv-${p}`}, ${`Dossier ${p}`}, ${at})`.execute(db);
    await sql`insert into patient_attention (patient_id, source, stale, updated_at) values (${id}, '{}', 0, ${at})`.execute(
      db,
    );
    await sql`insert into therapist_notes (id, patient_id, practice_id, author_id, text, created_at, updated_at)
      values (${`note-${p}`}, ${id}, 'pr1', 's1', 'Goed bezig', ${at}, ${at})`.execute(db);
    await log.append(
      { kind: 'therapist', id: 's1', name: 'Els', practiceId: 'pr1', onBehalfOf: 'pr1', sessionId: 'ss1' },
      [
        { patientId: id, action: 'link', what: 'link' },
        { patientId: id, action: 'read', what: 'records' },
      ],
    );
  }
}

/** The tables {@link seedEveryTable} fills: each must have rows in a backup made after it. */
export const SEEDED_TABLES = [
  'kysely_migration',
  'patients',
  'device_tokens',
  'records',
  'rate_limits',
  'server_keys',
  'push_subscriptions',
  'reminder_jobs',
  'reminder_planning',
  'calendar_feeds',
  'practices',
  'staff',
  'staff_recovery_codes',
  'staff_sessions',
  'staff_passkeys',
  'invites',
  'links',
  'access_log',
  'access_log_head',
  'patient_attention',
  'therapist_notes',
  'patient_passkeys',
  'passkey_challenges',
  'erasure_log',
  'scheduled_jobs',
];
