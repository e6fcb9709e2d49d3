import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  AccessLog,
  type ChainReport,
  entryHash,
  patientDigest,
  pseudonymOf,
  verifyAccessLog,
} from '../accessLog/accessLog.js';
import type { Database } from '../db/database.js';
import { describeEachDatabase } from '../testing/databases.js';
import { checkIn, createPatient, syncAs, TestClock, type TestPatient, testApp } from '../testing/fixtures.js';
import { practiceWithStaff, signIn, type TestStaff } from '../testing/staffFixtures.js';
import { ErasureRepository } from './erasureRepository.js';
import { createPrivacyService, DEFAULT_UNLINKED_RETENTION_DAYS } from './privacyService.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const LABEL = 'Jan Jansen, dossier 4711';

/** Every table's rows as JSON, by table name (the migrations' own bookkeeping left out). */
async function everyRow(database: Database): Promise<Record<string, unknown[]>> {
  const names =
    database.dialect === 'sqlite'
      ? await sql<{
          name: string;
        }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(database.db)
      : await sql<{ name: string }>`
          select table_name as name from information_schema.tables where table_schema = 'public'`.execute(database.db);
  const result: Record<string, unknown[]> = {};
  for (const { name } of names.rows.sort((a, b) => a.name.localeCompare(b.name))) {
    if (name.startsWith('kysely_')) continue;
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(database.db);
    result[name] = rows.rows
      .map((row) => JSON.stringify(row))
      .sort()
      .map((text) => JSON.parse(text) as unknown);
  }
  return result;
}

/** A format 1 entry, as the server wrote them before migration 0007 (its hash covers the patient's id). */
async function appendFormatOneEntry(database: Database, patientId: string, at: string): Promise<void> {
  await database.db.transaction().execute(async (trx) => {
    const head = await trx.selectFrom('access_log_head').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
    const fields = {
      seq: Number(head.seq) + 1,
      at,
      actorKind: 'therapist',
      actorId: 'old-therapist',
      actorName: 'Oude Therapeut',
      practiceId: null,
      onBehalfOf: 'Oude Praktijk',
      sessionId: null,
      patientId,
      action: 'read',
      what: 'patient_list',
      prevHash: head.hash,
    };
    const hash = entryHash(fields);
    await trx
      .insertInto('access_log')
      .values({
        seq: fields.seq,
        at,
        actor_kind: fields.actorKind,
        actor_id: fields.actorId,
        actor_name: fields.actorName,
        practice_id: null,
        on_behalf_of: fields.onBehalfOf,
        session_id: null,
        patient_id: patientId,
        action: fields.action,
        what: fields.what,
        prev_hash: fields.prevHash,
        hash,
        format: 1,
      })
      .execute();
    await trx.updateTable('access_log_head').set({ seq: fields.seq, hash }).where('id', '=', 1).execute();
  });
}

describeEachDatabase('erasing a patient (issue 14)', ({ database }) => {
  const clock = new TestClock();
  let app: FastifyInstance;
  let therapist: TestStaff;
  let other: TestPatient;

  beforeAll(async () => {
    app = testApp(database(), { clock });
    const practice = await practiceWithStaff(app, database(), clock, 'Wis Praktijk', 1);
    therapist = practice.therapists[0] as TestStaff;
    other = await createPatient(app);
    expect((await syncAs(app, other, { cursor: 0, changes: [checkIn(900)] })).statusCode).toBe(200);
  });
  afterAll(async () => {
    await app.close();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** A patient with something in every table: records, two devices, a link with a read and a note, reminders. */
  async function fullPatient(serial: number): Promise<TestPatient & { linkId: string }> {
    const patient = await createPatient(app);
    await appendFormatOneEntry(database(), patient.patientId, new Date(clock.now()).toISOString());
    expect(
      (
        await syncAs(app, patient, {
          cursor: 0,
          changes: [checkIn(serial), checkIn(serial + 1, { date: '2026-11-24' })],
        })
      ).statusCode,
    ).toBe(200);
    // A second device.
    const restored = await app.inject({
      method: 'POST',
      url: '/api/v1/restore',
      payload: { recoveryCode: patient.recoveryCode },
    });
    expect(restored.statusCode).toBe(200);
    // A wrong invite code: a rate-limit row keyed by the patient.
    await app.inject({
      method: 'POST',
      url: '/api/v1/links/preview',
      headers: patient.auth,
      payload: { code: 'ZZZZ' },
    });
    const invite = await app.inject({
      method: 'POST',
      url: '/api/v1/therapist/invites',
      headers: therapist.headers,
      payload: { label: LABEL },
    });
    const link = await app.inject({
      method: 'POST',
      url: '/api/v1/links',
      headers: patient.auth,
      payload: { code: invite.json<{ code: string }>().code, consent: true },
    });
    expect(link.statusCode, link.body).toBe(201);
    const read = await app.inject({
      method: 'GET',
      url: `/api/v1/therapist/patients/${patient.patientId}`,
      headers: therapist.headers,
    });
    expect(read.statusCode).toBe(200);
    const note = await app.inject({
      method: 'POST',
      url: `/api/v1/therapist/patients/${patient.patientId}/notes`,
      headers: therapist.headers,
      payload: { text: 'Rugpijn na tillen, geen rode vlaggen' },
    });
    expect(note.statusCode).toBe(201);
    expect(
      (
        await app.inject({
          method: 'PUT',
          url: '/api/v1/reminders/calendar',
          headers: patient.auth,
          payload: { lang: 'nl' },
        })
      ).statusCode,
    ).toBe(201);
    const now = new Date(clock.now()).toISOString();
    const { db } = database();
    await db
      .insertInto('push_subscriptions')
      .values({
        id: `sub-${serial}`,
        patient_id: patient.patientId,
        device_id: 'device',
        endpoint: `https://fcm.googleapis.com/fcm/send/${serial}`,
        p256dh: 'key',
        auth: 'auth',
        lang: 'nl',
        created_at: now,
      })
      .execute();
    await db
      .insertInto('reminder_jobs')
      .values({
        id: `job-${serial}`,
        patient_id: patient.patientId,
        key: 'check_in:2026-11-26',
        kind: 'check_in',
        path: '/check-in',
        due_at: now,
        status: 'pending',
        next_attempt_at: now,
        created_at: now,
      })
      .execute();
    await db
      .insertInto('reminder_planning')
      .values({ patient_id: patient.patientId, plan_at: now, planned_at: null })
      .onConflict((conflict) => conflict.column('patient_id').doNothing())
      .execute();
    return { ...patient, linkId: link.json<{ id: string }>().id };
  }

  it('leaves no row that refers to the patient, only pseudonymised access-log entries, and the chain verifies', async () => {
    const patient = await fullPatient(1);
    const before = await everyRow(database());
    for (const table of [
      'records',
      'device_tokens',
      'links',
      'patient_attention',
      'therapist_notes',
      'reminder_jobs',
      'reminder_planning',
      'push_subscriptions',
      'calendar_feeds',
    ]) {
      expect(JSON.stringify(before[table]), table).toContain(patient.patientId);
    }
    expect(JSON.stringify(before.rate_limits)).toContain(patient.patientId);
    expect(JSON.stringify(before.invites)).toContain(LABEL);

    const erased = await app.inject({ method: 'DELETE', url: '/api/v1/patients/me', headers: patient.auth });
    expect(erased.statusCode, erased.body).toBe(204);

    const after = await everyRow(database());
    for (const [table, rows] of Object.entries(after)) {
      expect(JSON.stringify(rows), table).not.toContain(patient.patientId);
      expect(JSON.stringify(rows), table).not.toContain(LABEL);
    }
    const digest = patientDigest(patient.patientId);
    const entries = await database()
      .db.selectFrom('access_log')
      .selectAll()
      .where('patient_digest', '=', digest)
      .orderBy('seq')
      .execute();
    // The old format 1 entry, the link, the therapist's list and detail reads, the note, and the erasure itself.
    expect(entries.length).toBeGreaterThanOrEqual(5);
    expect(new Set(entries.map((entry) => entry.patient_id))).toEqual(new Set([pseudonymOf(digest)]));
    expect(entries.map((entry) => entry.format)).toContain(1);
    expect(entries.at(-1)).toMatchObject({
      action: 'erase',
      actor_kind: 'system',
      what: expect.stringMatching(/^request sealed 1 /),
    });
    expect(await verifyAccessLog(database().db)).toMatchObject({ ok: true } satisfies Partial<ChainReport>);

    const log = await database().db.selectFrom('erasure_log').selectAll().where('reason', '=', 'request').execute();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ patients: 1 });
    expect(JSON.parse(log[0]?.pseudonyms ?? '[]')).toEqual([digest]);

    // The other patient is untouched.
    expect(after.records?.filter((row) => JSON.stringify(row).includes(other.patientId))).toHaveLength(1);
  });

  it('refuses the old token and the old recovery code at once, and the linked therapist gets 404', async () => {
    const patient = await fullPatient(10);
    expect((await app.inject({ method: 'DELETE', url: '/api/v1/patients/me', headers: patient.auth })).statusCode).toBe(
      204,
    );
    const devices = await app.inject({ method: 'GET', url: '/api/v1/devices', headers: patient.auth });
    expect(devices.statusCode).toBe(401);
    expect((await syncAs(app, patient, { cursor: 0, changes: [checkIn(12)] })).statusCode).toBe(401);
    const restore = await app.inject({
      method: 'POST',
      url: '/api/v1/restore',
      payload: { recoveryCode: patient.recoveryCode },
    });
    expect(restore.statusCode).toBe(401);
    expect(restore.json()).toMatchObject({ error: 'recovery_code_unknown' });
    const again = await signIn(app, clock, therapist);
    therapist = again;
    const detail = await app.inject({
      method: 'GET',
      url: `/api/v1/therapist/patients/${patient.patientId}`,
      headers: again.headers,
    });
    expect(detail.statusCode).toBe(404);
    const list = await app.inject({ method: 'GET', url: '/api/v1/therapist/patients', headers: again.headers });
    expect(list.body).not.toContain(patient.patientId);
    // A second erasure with the old token: the token is unknown now.
    expect((await app.inject({ method: 'DELETE', url: '/api/v1/patients/me', headers: patient.auth })).statusCode).toBe(
      401,
    );
  });

  it('changes nothing when a fault comes half-way (one transaction), answers 503, and works on the next try', async () => {
    const patient = await fullPatient(20);
    const before = await everyRow(database());
    const spy = vi
      .spyOn(ErasureRepository.prototype, 'logErasure')
      .mockRejectedValueOnce(new Error('Connection terminated unexpectedly'));
    const failed = await app.inject({ method: 'DELETE', url: '/api/v1/patients/me', headers: patient.auth });
    expect(spy).toHaveBeenCalledOnce();
    expect(failed.statusCode, failed.body).toBe(503);
    expect(Number(failed.headers['retry-after'])).toBeGreaterThan(0);
    expect(await everyRow(database())).toEqual(before);
    expect(await verifyAccessLog(database().db)).toMatchObject({ ok: true });

    const retried = await app.inject({ method: 'DELETE', url: '/api/v1/patients/me', headers: patient.auth });
    expect(retried.statusCode).toBe(204);
    expect(JSON.stringify(await everyRow(database()))).not.toContain(patient.patientId);
  });

  it('finds a pseudonymised entry changed afterwards, of either format', async () => {
    const patient = await fullPatient(30);
    expect((await app.inject({ method: 'DELETE', url: '/api/v1/patients/me', headers: patient.auth })).statusCode).toBe(
      204,
    );
    const digest = patientDigest(patient.patientId);
    const { db } = database();
    const rows = await db
      .selectFrom('access_log')
      .selectAll()
      .where('patient_digest', '=', digest)
      .orderBy('seq')
      .execute();
    const first = rows.find((row) => row.format === 1);
    const second = rows.find((row) => row.format === 2 && row.action === 'read');
    if (!first || !second) throw new Error('expected entries of both formats');

    await db.updateTable('access_log').set({ what: 'nothing' }).where('seq', '=', first.seq).execute();
    expect(await verifyAccessLog(db)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('changed after erasure'),
    });
    await db.updateTable('access_log').set({ what: first.what }).where('seq', '=', first.seq).execute();

    await db.updateTable('access_log').set({ patient_id: other.patientId }).where('seq', '=', second.seq).execute();
    expect(await verifyAccessLog(db)).toMatchObject({ ok: false, brokenAt: Number(second.seq) });
    await db.updateTable('access_log').set({ patient_id: second.patient_id }).where('seq', '=', second.seq).execute();
    expect(await verifyAccessLog(db)).toMatchObject({ ok: true });
  });
});

describeEachDatabase('the retention purge (issue 14)', ({ database, reopen }) => {
  const clock = new TestClock();
  let app: FastifyInstance;

  beforeAll(async () => {
    app = testApp(database(), { clock });
  });
  afterAll(async () => {
    await app.close();
  });

  async function linkTo(staff: TestStaff, patient: TestPatient): Promise<void> {
    const invite = await app.inject({
      method: 'POST',
      url: '/api/v1/therapist/invites',
      headers: staff.headers,
      payload: { label: 'Iemand' },
    });
    const link = await app.inject({
      method: 'POST',
      url: '/api/v1/links',
      headers: patient.auth,
      payload: { code: invite.json<{ code: string }>().code, consent: true },
    });
    expect(link.statusCode).toBe(201);
  }

  it('erases exactly the patients past their retention, records it with pseudonyms only, and runs once a day', async () => {
    const short = await practiceWithStaff(app, database(), clock, 'Korte Praktijk', 1);
    const long = await practiceWithStaff(app, database(), clock, 'Lange Praktijk', 1);
    const setShort = await app.inject({
      method: 'PUT',
      url: '/api/v1/practice/retention',
      headers: short.admin.headers,
      payload: { days: 120 },
    });
    expect(setShort.statusCode, setShort.body).toBe(200);
    expect(setShort.json()).toMatchObject({ days: 120, isDefault: false });
    const read = await app.inject({ method: 'GET', url: '/api/v1/practice/retention', headers: long.admin.headers });
    expect(read.json()).toMatchObject({ days: 365, isDefault: true, minDays: 90, maxDays: 3650 });
    const tooShort = await app.inject({
      method: 'PUT',
      url: '/api/v1/practice/retention',
      headers: long.admin.headers,
      payload: { days: 10 },
    });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json()).toMatchObject({ issues: [expect.objectContaining({ field: 'days' })] });
    await app.inject({
      method: 'PUT',
      url: '/api/v1/practice/retention',
      headers: long.admin.headers,
      payload: { days: 400 },
    });

    const neverLinkedOld = await createPatient(app);
    const shortPractice = await createPatient(app);
    await linkTo(short.therapists[0] as TestStaff, shortPractice);
    const longPractice = await createPatient(app);
    await linkTo(long.therapists[0] as TestStaff, longPractice);
    // Linked to both: the longer retention counts.
    const both = await createPatient(app);
    await linkTo(short.therapists[0] as TestStaff, both);
    await linkTo(long.therapists[0] as TestStaff, both);
    // Linked to the short one, and back in the app on day 125.
    const returned = await createPatient(app);
    await linkTo(short.therapists[0] as TestStaff, returned);
    for (const patient of [neverLinkedOld, shortPractice, longPractice, both, returned]) {
      expect((await syncAs(app, patient, { cursor: 0, changes: [checkIn(1)] })).statusCode).toBe(200);
    }

    // 130 days later: past 120, not past 365 or 400. A new patient, and the one back in the app on day 125.
    clock.advance(130 * DAY_MS);
    const recent = await createPatient(app);
    await database()
      .db.updateTable('device_tokens')
      .set({ last_used_at: new Date(clock.now() - 5 * DAY_MS).toISOString() })
      .where('patient_id', '=', returned.patientId)
      .execute();
    const erased: string[] = [];
    const privacy = createPrivacyService({
      repo: new ErasureRepository(database().db, database().dialect, new AccessLog(database().db, clock)),
      clock,
      unlinkedRetentionDays: DEFAULT_UNLINKED_RETENTION_DAYS,
      // Where the app forgets the device tokens it keeps in memory (decision 0039).
      onErased: (patientIds) => erased.push(...patientIds),
    });
    expect(await privacy.purgeWhenDue('worker-a')).toEqual({ purged: 1, more: false });
    expect(erased).toEqual([shortPractice.patientId]);
    // Once a day: not due again now, not for another worker either.
    expect(await privacy.purgeWhenDue('worker-b')).toBeNull();

    const patientsLeft = (await database().db.selectFrom('patients').select('id').execute()).map((row) => row.id);
    expect(patientsLeft).not.toContain(shortPractice.patientId);
    for (const kept of [neverLinkedOld, longPractice, both, recent, returned])
      expect(patientsLeft).toContain(kept.patientId);

    // 370 days after the start: the never-linked one (365) goes, and the one back on day 125 (120); 400 stays.
    clock.advance(240 * DAY_MS);
    expect(await privacy.purgeWhenDue('worker-b')).toEqual({ purged: 2, more: false });
    const left = (await database().db.selectFrom('patients').select('id').execute()).map((row) => row.id);
    expect(left).not.toContain(neverLinkedOld.patientId);
    expect(left).not.toContain(returned.patientId);
    for (const kept of [longPractice, both, recent]) expect(left).toContain(kept.patientId);

    const log = await database().db.selectFrom('erasure_log').selectAll().orderBy('at').execute();
    expect(log.map((row) => [row.reason, row.patients])).toEqual([
      ['retention', 1],
      ['retention', 2],
    ]);
    expect(JSON.parse(log[0]?.pseudonyms ?? '[]')).toEqual([patientDigest(shortPractice.patientId)]);
    expect(new Set(JSON.parse(log[1]?.pseudonyms ?? '[]'))).toEqual(
      new Set([patientDigest(neverLinkedOld.patientId), patientDigest(returned.patientId)]),
    );
    const everything = JSON.stringify(await everyRow(database()));
    for (const gone of [shortPractice, neverLinkedOld, returned]) expect(everything).not.toContain(gone.patientId);
    expect(await verifyAccessLog(database().db)).toMatchObject({ ok: true });

    // Two processes asking at once when it is due again: one of them runs it.
    clock.advance(DAY_MS);
    const second = reopen();
    try {
      const otherProcess = createPrivacyService({
        repo: new ErasureRepository(second.db, second.dialect, new AccessLog(second.db, clock)),
        clock,
      });
      const results = await Promise.all([privacy.purgeWhenDue('worker-a'), otherProcess.purgeWhenDue('worker-c')]);
      expect(results.filter((result) => result !== null)).toEqual([{ purged: 0, more: false }]);
    } finally {
      await second.close();
    }
  });
});

describe('isPastRetention', () => {
  it('counts from the latest sign of life', async () => {
    const { isPastRetention } = await import('./privacyService.js');
    const base = { id: 'p', createdAt: '2025-01-01T00:00:00.000Z', lastDeviceUse: null, lastLinkChange: null };
    const now = Date.parse('2026-01-02T00:00:00.000Z');
    expect(isPastRetention({ ...base, practiceDays: null }, now, 365)).toBe(true);
    expect(isPastRetention({ ...base, practiceDays: 400 }, now, 365)).toBe(false);
    expect(isPastRetention({ ...base, lastDeviceUse: '2025-12-01T00:00:00.000Z', practiceDays: null }, now, 365)).toBe(
      false,
    );
    expect(isPastRetention({ ...base, lastLinkChange: '2025-12-01T00:00:00.000Z', practiceDays: 90 }, now, 365)).toBe(
      false,
    );
  });
});
