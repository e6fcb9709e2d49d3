#!/usr/bin/env node
// The therapist's patient list with attention flags (docs/architecture.md, "Budgets": ≤ 150 ms for
// 1,000 patients × 365 days of records, on SQLite and on PostgreSQL), measured in ONE run:
//   1. seed N patients with a year of daily check-ins (pain, stress) and a weekly activity session with
//      its follow-up, all linked to one therapist (rows written straight into a fresh database);
//   2. GET /api/v1/therapist/patients in-process (Fastify inject, the built server, a real session):
//      cold (every attention source made from the records), after 10 % of the patients synced
//      (their sources stale), and warm (the steady state, median of 15), with the access log
//      written for every patient shown, as in production.
//
//   node bench/patientList.mjs                                  SQLite
//   node bench/patientList.mjs --postgres postgres://…/postgres  PostgreSQL too
//   node bench/patientList.mjs --patients 200 --days 90          smaller
//
// Expects `npm run build`.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatHlc, uuidv7 } from '@veerkracht/core';
import { generate } from 'otplib';
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
  console.log('Usage: node bench/patientList.mjs [--postgres <url>] [--patients 1000] [--days 365]');
  process.exit(0);
}
if (!existsSync(join(dist, 'app.js'))) {
  console.error('bench: apps/server/dist is missing: run "npm run build" first.');
  process.exit(1);
}
const PATIENTS = Number(args.patients ?? 1000);
const DAYS = Number(args.days ?? 365);
const BUDGET_MS = 150;

const { buildApp } = await import(join(dist, 'app.js'));
const { createDatabase } = await import(join(dist, 'db', 'database.js'));
const { migrateToLatest } = await import(join(dist, 'db', 'migrate.js'));
const { createPracticeCommand, addTherapistCommand } = await import(join(dist, 'staff', 'staffCommands.js'));

const DAY_MS = 24 * 60 * 60 * 1000;
const now = Date.now();
const clock = { now: () => Date.now() };
let idCounter = 0;
const id = () => {
  idCounter += 1;
  return uuidv7(
    now - DAYS * DAY_MS + idCounter,
    new Uint8Array(10).map(() => Math.floor(Math.random() * 256)),
  );
};
/** @param {number} ms */
const iso = (ms) => new Date(ms).toISOString();
/** @param {number} ms */
const dayOf = (ms) => iso(ms).slice(0, 10);

/** @typedef {{ patient_id: string, id: string, type: string, data: string, hlc: string, deleted: number, seq: number, updated_at: string }} Row */

/**
 * A year of records of one patient, as the app would have synced them.
 * @param {string} patientId @param {number} index @returns {Row[]}
 */
function recordsOf(patientId, index) {
  /** @type {Row[]} */
  const rows = [];
  const planId = id();
  let seq = 0;
  /** @param {string} type @param {object} data @param {number} at */
  const push = (type, data, at) => {
    seq += 1;
    rows.push({
      patient_id: patientId,
      id: id(),
      type,
      data: JSON.stringify(data),
      hlc: formatHlc({ millis: at, counter: 0, node: '0123456789abcdef' }),
      deleted: 0,
      seq,
      updated_at: iso(at),
    });
  };
  push(
    'activity_plan',
    {
      planId,
      version: 1,
      effectiveFrom: iso(now - DAYS * DAY_MS),
      activity: 'walking',
      unit: 'minutes',
      baselineSessions: 3,
      baseline: [10, 12, 14],
      goal: 30,
      sessions: 20,
      mode: 'symptom',
      windowHours: 48,
      levels: [8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30],
      status: 'active',
    },
    now - DAYS * DAY_MS,
  );
  for (let back = DAYS - 1; back >= 0; back -= 1) {
    const at = now - back * DAY_MS;
    // Some patients' pain rises in the last week, some have stress that stays high.
    const rising = index % 7 === 0 && back < 7;
    const pain = rising ? 7 : 2 + ((index + back) % 4);
    const stress = index % 11 === 0 && back < 7 ? 8 : (index + back) % 6;
    if (index % 13 === 0 && back < 9) continue; // no check-in for more than a week
    push('checkin', { date: dayOf(at), pain, stress, sleepHours: 7 }, at);
    if (back % 7 === 3) {
      const sessionId = rows.length;
      push(
        'activity_session',
        {
          planId,
          version: 1,
          occurrence: 1,
          phase: 'plan',
          level: 2,
          amount: 12,
          painBefore: 3,
          painAfter: 4,
          endedAt: iso(at),
        },
        at,
      );
      const session = /** @type {Row} */ (rows[sessionId]);
      push(
        'follow_up',
        { sessionId: session.id, at: iso(at + 25 * 60 * 60 * 1000), answer: index % 5 === 0 ? 'not_yet' : 'yes' },
        at,
      );
    }
  }
  return rows;
}

/** @param {any} db @param {string} table @param {object[]} rows */
async function insertAll(db, table, rows) {
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto(table)
      .values(rows.slice(i, i + 500))
      .execute();
}

/** @param {any} app @param {string} email @param {string} secret @param {string} password */
async function signIn(app, email, secret, password) {
  const first = await app.inject({ method: 'POST', url: '/api/v1/staff/sign-in', payload: { email, password } });
  const cookie = first.headers['set-cookie'].split(';')[0];
  const csrf = first.json().csrfToken;
  const code = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
  const second = await app.inject({
    method: 'POST',
    url: '/api/v1/staff/sign-in/second-factor',
    headers: { cookie, 'x-csrf-token': csrf },
    payload: { code },
  });
  if (second.statusCode !== 200) throw new Error(`sign-in failed: ${second.body}`);
  return { cookie, 'x-csrf-token': csrf };
}

/** @param {string} name @param {string | undefined} postgresUrl */
async function measure(name, postgresUrl) {
  const store = await freshStore(postgresUrl, 'patientlist');
  const database = createDatabase({ databaseUrl: store.env.DATABASE_URL || undefined, dataDir: store.env.DATA_DIR });
  try {
    await migrateToLatest(database.db);
    const started = Date.now();
    const created = await createPracticeCommand(
      ['--name', 'Bench', '--admin-email', 'admin@bench.test', '--admin-name', 'Admin'],
      database,
      clock,
    );
    const practiceId = created[0].split(': ')[1];
    const added = await addTherapistCommand(
      ['--practice', practiceId, '--email', 'therapist@bench.test', '--name', 'Therapeut'],
      database,
      clock,
    );
    const setupCode = added[0].match(/setup code (\S+)/)[1];
    const app = buildApp({ db: database, logger: false, webDist: null, clock });
    const password = 'a long bench password';
    const setup = await app.inject({
      method: 'POST',
      url: '/api/v1/staff/setup',
      payload: { email: 'therapist@bench.test', setupCode, password },
    });
    const { secret, csrfToken } = setup.json();
    const setupCookie = setup.headers['set-cookie'].split(';')[0];
    await app.inject({
      method: 'POST',
      url: '/api/v1/staff/setup/confirm',
      headers: { cookie: setupCookie, 'x-csrf-token': csrfToken },
      payload: { code: await generate({ secret, epoch: Math.floor(Date.now() / 1000) }) },
    });
    const headers = await signIn(app, 'therapist@bench.test', secret, password);
    const therapistId = (
      await database.db.selectFrom('staff').select('id').where('email', '=', 'therapist@bench.test').executeTakeFirst()
    ).id;

    let records = 0;
    const patientIds = [];
    for (let index = 0; index < PATIENTS; index += 1) {
      const patientId = id();
      patientIds.push(patientId);
      const rows = recordsOf(patientId, index);
      records += rows.length;
      await database.db
        .insertInto('patients')
        .values({
          id: patientId,
          created_at: iso(now - DAYS * DAY_MS),
          last_seq: rows.length,
          record_count: rows.length,
          stored_size: 0,
          recovery_code_hash: id(),
        })
        .execute();
      await insertAll(database.db, 'records', rows);
      await database.db
        .insertInto('links')
        .values({
          id: id(),
          patient_id: patientId,
          practice_id: practiceId,
          therapist_id: therapistId,
          label: `Patiënt ${String(index).padStart(4, '0')}`,
          linked_at: iso(now - 30 * DAY_MS),
        })
        .execute();
      await database.db
        .insertInto('patient_attention')
        .values({ patient_id: patientId, source: null, stale: 1, updated_at: iso(now) })
        .execute();
    }
    const seeded = Date.now() - started;

    const list = async () => {
      const t = performance.now();
      const response = await app.inject({ method: 'GET', url: '/api/v1/therapist/patients', headers });
      const ms = performance.now() - t;
      if (response.statusCode !== 200)
        throw new Error(`list failed: ${response.statusCode} ${response.body.slice(0, 200)}`);
      return { ms, body: response.json() };
    };
    const cold = await list();
    // A day's syncs: 10 % of the patients pushed a check-in, so their sources are stale.
    for (const patientId of patientIds.slice(0, Math.ceil(PATIENTS / 10))) {
      await database.db
        .updateTable('patient_attention')
        .set({ stale: 1, updated_at: iso(Date.now()) })
        .where('patient_id', '=', patientId)
        .execute();
    }
    const afterSyncs = await list();
    const warm = [];
    for (let i = 0; i < 15; i += 1) warm.push((await list()).ms);
    warm.sort((a, b) => a - b);
    const median = warm[Math.floor(warm.length / 2)] ?? Number.NaN;
    const flagged = cold.body.patients.filter((/** @type {{ flags: string[] }} */ p) => p.flags.length > 0).length;
    const logEntries = (
      await database.db
        .selectFrom('access_log')
        .select((/** @type {any} */ eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst()
    ).n;
    await app.close();
    return {
      name,
      records,
      seeded,
      cold: cold.ms,
      afterSyncs: afterSyncs.ms,
      median,
      best: warm[0] ?? Number.NaN,
      flagged,
      logEntries: Number(logEntries),
      shown: cold.body.patients.length,
    };
  } finally {
    await database.close();
    await store.remove();
  }
}

const results = [await measure('SQLite', undefined)];
if (args.postgres) results.push(await measure('PostgreSQL', args.postgres));
console.log(`\nPatient list with flags: ${PATIENTS} patients × ${DAYS} days (budget ${BUDGET_MS} ms)`);
for (const r of results) {
  console.log(
    `${r.name.padEnd(11)} ${r.records.toLocaleString('en')} records seeded in ${(r.seeded / 1000).toFixed(1)} s; ` +
      `${r.shown} shown, ${r.flagged} with a flag; access log ${r.logEntries.toLocaleString('en')} entries`,
  );
  console.log(
    `            warm median ${r.median.toFixed(1)} ms (best ${r.best.toFixed(1)}) = ${((r.median / BUDGET_MS) * 100).toFixed(0)} % of the budget; ` +
      `after 10 % synced ${r.afterSyncs.toFixed(0)} ms; cold (every source made) ${r.cold.toFixed(0)} ms`,
  );
}
