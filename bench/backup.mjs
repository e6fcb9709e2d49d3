#!/usr/bin/env node
// How long `backup` and `restore` take for a practice-sized database, measured in ONE run (docs/operations.md):
//   1. seed N patients with a year of daily check-ins and a weekly activity session (rows written straight into
//      a fresh database), plus their device tokens;
//   2. back it up (the service the CLI runs), then restore it into a second fresh database;
//   3. print the times, the backup's size, and check the restored row counts.
//
//   node bench/backup.mjs                                   SQLite
//   node bench/backup.mjs --postgres postgres://…/postgres  PostgreSQL too
//   node bench/backup.mjs --patients 100 --days 90          smaller
//
// Expects `npm run build`.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatHlc } from '@veerkracht/core';
import { freshStore } from '../chaos/store.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'apps', 'server', 'dist');
const { values: args } = parseArgs({
  options: {
    postgres: { type: 'string' },
    patients: { type: 'string' },
    days: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (args.help) {
  console.log('Usage: node bench/backup.mjs [--postgres <url>] [--patients 300] [--days 365]');
  process.exit(0);
}
if (!existsSync(join(dist, 'backup', 'backup.js'))) {
  console.error('bench: apps/server/dist is missing: run "npm run build" first.');
  process.exit(1);
}
const PATIENTS = Number(args.patients ?? 300);
const DAYS = Number(args.days ?? 365);
const DAY_MS = 24 * 60 * 60 * 1000;

const { createDatabase } = await import(join(dist, 'db', 'database.js'));
const { migrateToLatest } = await import(join(dist, 'db', 'migrate.js'));
const { backupDatabase } = await import(join(dist, 'backup', 'backup.js'));
const { restoreBackup } = await import(join(dist, 'backup', 'restore.js'));

const now = Date.now();
/** @param {number} ms */
const iso = (ms) => new Date(ms).toISOString();

/** @param {any} db @param {string} table @param {object[]} rows */
async function insertAll(db, table, rows) {
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto(table)
      .values(rows.slice(i, i + 500))
      .execute();
}

/** @param {any} db @param {boolean} postgres @returns {Promise<number>} rows written */
async function seed(db, postgres) {
  let total = 0;
  for (let p = 0; p < PATIENTS; p++) {
    const patientId = `bench-patient-${p}`;
    /** @type {{ patient_id: string, id: string, type: string, data: string, hlc: string, deleted: boolean | number, seq: number, updated_at: string }[]} */
    const records = [];
    for (let back = DAYS - 1; back >= 0; back--) {
      const at = now - back * DAY_MS;
      const date = iso(at).slice(0, 10);
      const push = (/** @type {string} */ type, /** @type {object} */ data) =>
        records.push({
          patient_id: patientId,
          id: `${patientId}-${records.length}`,
          type,
          data: JSON.stringify(data),
          hlc: formatHlc({ millis: at, counter: 0, node: '0123456789abcdef' }),
          deleted: postgres ? false : 0,
          seq: records.length + 1,
          updated_at: iso(at),
        });
      push('checkin', { date, pain: (p + back) % 8, stress: (p + back) % 6, sleepHours: 7 });
      if (back % 7 === 3)
        push('activity_session', { planId: 'plan', level: 2, amount: 12, painBefore: 3, painAfter: 4 });
    }
    const size = records.reduce((sum, record) => sum + record.data.length, 0);
    await db
      .insertInto('patients')
      .values({
        id: patientId,
        created_at: iso(now - DAYS * DAY_MS),
        last_seq: records.length,
        record_count: records.length,
        stored_size: size,
        recovery_code_hash: `hash-${p}`,
      })
      .execute();
    await db
      .insertInto('device_tokens')
      .values({ token_hash: `token-${p}`, id: `device-${p}`, patient_id: patientId, created_at: iso(now) })
      .execute();
    await insertAll(db, 'records', records);
    total += records.length + 2;
  }
  return total;
}

/** @param {string} name @param {string | undefined} postgresUrl */
async function measure(name, postgresUrl) {
  const source = await freshStore(postgresUrl, 'backupbench');
  const target = await freshStore(postgresUrl, 'backupbench');
  const folder = mkdtempSync(join(tmpdir(), 'veerkracht-backupbench-'));
  const settingsOf = (/** @type {{ env: Record<string, string> }} */ store) => ({
    databaseUrl: store.env.DATABASE_URL || undefined,
    dataDir: store.env.DATA_DIR,
  });
  try {
    const database = createDatabase(settingsOf(source));
    let rows;
    try {
      await migrateToLatest(database.db);
      rows = await seed(database.db, Boolean(postgresUrl));
    } finally {
      await database.close();
    }
    const file = join(folder, postgresUrl ? 'backup.jsonl.gz' : 'backup.sqlite');
    const backupStarted = performance.now();
    const summary = await backupDatabase(settingsOf(source), file);
    const backupMs = performance.now() - backupStarted;
    const restoreStarted = performance.now();
    await restoreBackup(file, settingsOf(target));
    const restoreMs = performance.now() - restoreStarted;

    const restored = createDatabase(settingsOf(target));
    let count;
    try {
      const result = await restored.db
        .selectFrom('records')
        .select(restored.db.fn.countAll().as('n'))
        .executeTakeFirst();
      count = Number(result?.n);
    } finally {
      await restored.close();
    }
    const liveBytes = postgresUrl ? undefined : statSync(join(source.env.DATA_DIR ?? '', 'veerkracht.sqlite')).size;
    const mb = (/** @type {number} */ bytes) => `${(bytes / 1_000_000).toFixed(1)} MB`;
    console.log(
      `${name}: ${PATIENTS} patients, ${rows} rows (${summary.rows.records} records${liveBytes ? `, database ${mb(liveBytes)}` : ''})` +
        `\n  backup  ${Math.round(backupMs)} ms → ${mb(summary.bytes)} (${summary.kind}, schema ${summary.schema})` +
        `\n  restore ${Math.round(restoreMs)} ms → ${count} records back${count === summary.rows.records ? '' : ' (MISMATCH)'}`,
    );
    if (count !== summary.rows.records) process.exitCode = 1;
  } finally {
    rmSync(folder, { recursive: true, force: true });
    await source.remove();
    await target.remove();
  }
}

await measure('SQLite', undefined);
if (args.postgres) await measure('PostgreSQL', args.postgres);
