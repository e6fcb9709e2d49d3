import { programmeFromStarter, RECORD } from '@veerkracht/core';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyAccessLog } from '../accessLog/accessLog.js';
import { verifyAccessLogCommand } from '../staff/staffCommands.js';
import { dataSize, KyselyRecordRepository } from '../sync/recordRepository.js';
import { describeEachDatabase } from '../testing/databases.js';
import { createPatient, hlc, recordId, syncAs, TestClock, type TestPatient, testApp } from '../testing/fixtures.js';
import { practiceWithStaff, signIn, type TestStaff, totpAt } from '../testing/staffFixtures.js';
import { WorkspaceRepository } from './workspaceRepository.js';

const DAY = 24 * 60 * 60 * 1000;
let serial = 5000;

/** Check-ins for the days `back` days before the clock's day (Amsterdam noon is 11:00 UTC in winter). */
function checkIns(clock: TestClock, days: { back: number; pain: number; stress?: number }[]) {
  return days.map(({ back, pain, stress }) => {
    serial += 1;
    const date = new Date(clock.now() - back * DAY).toISOString().slice(0, 10);
    return {
      id: recordId(serial),
      type: RECORD.checkIn,
      data: { date, pain, ...(stress === undefined ? {} : { stress }) },
      hlc: hlc(serial),
      deleted: false,
    };
  });
}

describeEachDatabase('the therapist workspace', ({ database }) => {
  const clock = new TestClock();
  let app: FastifyInstance;
  let therapist: TestStaff;
  let colleague: TestStaff;
  let leaving: TestStaff;
  let admin: TestStaff;

  beforeAll(async () => {
    app = testApp(database(), { clock });
    const practice = await practiceWithStaff(app, database(), clock, 'Fysio Noord', 3);
    [therapist, colleague, leaving] = practice.therapists as [TestStaff, TestStaff, TestStaff];
    admin = practice.admin;
  });
  afterAll(async () => {
    await app.close();
  });

  async function invite(staff: TestStaff, label: string): Promise<string> {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/therapist/invites',
      headers: staff.headers,
      payload: { label },
    });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json<{ code: string; qrSvg: string; expiresAt: string }>();
    expect(body.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(body.qrSvg).toContain('<svg');
    return body.code;
  }

  async function linkedPatient(staff: TestStaff, label: string): Promise<TestPatient & { linkId: string }> {
    const patient = await createPatient(app);
    const code = await invite(staff, label);
    const linked = await app.inject({
      method: 'POST',
      url: '/api/v1/links',
      headers: patient.auth,
      payload: { code: code.toLowerCase().replace('-', ' '), consent: true },
    });
    expect(linked.statusCode, linked.body).toBe(201);
    return { ...patient, linkId: linked.json<{ id: string }>().id };
  }

  const list = async (staff: TestStaff) => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/therapist/patients', headers: staff.headers });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{
      patients: { patientId: string; label: string; flags: string[]; facts: Record<string, unknown> }[];
    }>();
  };

  it('links a patient by invite code after showing who and what, and lists them with flags and facts', async () => {
    const patient = await createPatient(app);
    const code = await invite(therapist, 'Mw. J. de Vries');
    const preview = await app.inject({
      method: 'POST',
      url: '/api/v1/links/preview',
      headers: patient.auth,
      payload: { code },
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ practice: 'Fysio Noord', therapist: 'Therapist 1 Fysio Noord' });
    expect(preview.json<{ shares: string[] }>().shares).toContain('check_ins');

    const noConsent = await app.inject({
      method: 'POST',
      url: '/api/v1/links',
      headers: patient.auth,
      payload: { code },
    });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json<{ issues: { field: string }[] }>().issues[0]?.field).toBe('consent');

    const linked = await app.inject({
      method: 'POST',
      url: '/api/v1/links',
      headers: patient.auth,
      payload: { code, consent: true },
    });
    expect(linked.statusCode).toBe(201);

    // A week of pain 7 with high stress after a week of pain 3: rising pain and high stress.
    const pushed = await syncAs(app, patient, {
      cursor: 0,
      changes: checkIns(clock, [
        ...[0, 1, 2, 3].map((back) => ({ back, pain: 7, stress: 8 })),
        ...[7, 8, 9].map((back) => ({ back, pain: 3 })),
      ]),
    });
    expect(pushed.statusCode, pushed.body).toBe(200);
    const entry = (await list(therapist)).patients.find((p) => p.patientId === patient.patientId);
    expect(entry?.label).toBe('Mw. J. de Vries');
    expect(entry?.flags).toEqual(['rising_pain', 'high_stress']);
    expect(entry?.facts).toMatchObject({ painThisWeek: 7, painWeekBefore: 3, checkInsThisWeek: 4, highStressDays: 4 });
  });

  it('counts a stale mark inside the sync, so a source made from records read before that sync stays stale', async () => {
    const patient = await linkedPatient(therapist, 'Dhr. R. Race');
    const stranger = await createPatient(app);
    const attention = new WorkspaceRepository(database().db);
    const records = new KyselyRecordRepository(database());
    await list(therapist); // makes every stale source, this one too
    expect(await attention.staleMarks(patient.patientId)).toBe(0);
    // Saved back as it is: the sources below stand for ones made at that moment.
    const { source } = await database()
      .db.selectFrom('patient_attention')
      .select('source')
      .where('patient_id', '=', patient.patientId)
      .executeTakeFirstOrThrow();
    if (source === null) throw new Error('the list made no source');

    /** A check-in written as the sync writes it, with the mark asked for. */
    const push = (patientId: string) =>
      records.inPatientTransaction(patientId, async (tx) => {
        const [change] = checkIns(clock, [{ back: 0, pain: 5 }]);
        if (!change) throw new Error('no change');
        const record = { ...change, seq: tx.lastSeq + 1 };
        const usage = { records: tx.usage.records + 1, size: tx.usage.size + dataSize(record.data) };
        return tx.write([record], record.seq, new Date(clock.now()).toISOString(), usage, { markAttentionStale: true });
      });

    // A source being made reads the count first; a sync commits before the source is saved.
    const counted = await attention.staleMarks(patient.patientId);
    expect(await push(patient.patientId)).toBe(true);
    await attention.saveSource(patient.patientId, source, counted);
    expect(await attention.staleMarks(patient.patientId)).toBe(1);
    // Made again after that sync: current; made twice at once: never below zero.
    await attention.saveSource(patient.patientId, source, 1);
    await attention.saveSource(patient.patientId, source, 1);
    expect(await attention.staleMarks(patient.patientId)).toBe(0);
    // An unlinked patient has no source: nothing to mark, and the write still goes through.
    expect(await push(stranger.patientId)).toBe(false);
    expect(await attention.staleMarks(stranger.patientId)).toBe(0);
  });

  it('flags a new concern until the therapist marks it read', async () => {
    const patient = await linkedPatient(therapist, 'Dhr. Concern');
    await syncAs(app, patient, { cursor: 0, changes: checkIns(clock, [{ back: 0, pain: 4 }]) });
    serial += 1;
    const at = new Date(clock.now() - 60_000).toISOString();
    await syncAs(app, patient, {
      cursor: 0,
      changes: [
        {
          id: recordId(serial),
          type: RECORD.concern,
          data: { at, text: 'Tintelingen in mijn been' },
          hlc: hlc(serial),
          deleted: false,
        },
      ],
    });
    const flagsOf = async () => (await list(therapist)).patients.find((p) => p.patientId === patient.patientId)?.flags;
    expect(await flagsOf()).toEqual(['concern']);
    const read = await app.inject({
      method: 'PUT',
      url: `/api/v1/therapist/patients/${patient.patientId}/concerns-read`,
      headers: therapist.headers,
      payload: { upTo: at },
    });
    expect(read.statusCode, read.body).toBe(204);
    const ahead = await app.inject({
      method: 'PUT',
      url: `/api/v1/therapist/patients/${patient.patientId}/concerns-read`,
      headers: therapist.headers,
      payload: { upTo: new Date(clock.now() + DAY).toISOString() },
    });
    expect(ahead.statusCode).toBe(400);
    expect(ahead.json<{ issues: { field: string }[] }>().issues[0]?.field).toBe('upTo');
    expect(await flagsOf()).toEqual([]);
  });

  it('shows a colleague nothing of a patient linked to someone else', async () => {
    const patient = await linkedPatient(therapist, 'Mw. Alleen Voor Een');
    expect((await list(colleague)).patients.map((p) => p.patientId)).not.toContain(patient.patientId);
    const detail = await app.inject({
      method: 'GET',
      url: `/api/v1/therapist/patients/${patient.patientId}`,
      headers: colleague.headers,
    });
    expect(detail.statusCode).toBe(404);
  });

  it('writes every read in the access log, which the patient reads, and unlinking ends access at once', async () => {
    const patient = await linkedPatient(therapist, 'Mw. Log');
    await syncAs(app, patient, { cursor: 0, changes: checkIns(clock, [{ back: 1, pain: 5 }]) });
    const detail = await app.inject({
      method: 'GET',
      url: `/api/v1/therapist/patients/${patient.patientId}`,
      headers: therapist.headers,
    });
    expect(detail.statusCode).toBe(200);
    const body = detail.json<{
      checkIns: { date: string; pain: number }[];
      attention: { flags: string[] };
      safetyChecks: unknown[];
      measures: { startBack: unknown[]; psk: unknown[] };
      exposures: unknown[];
    }>();
    expect(body.checkIns.map((c) => c.pain)).toEqual([5]);
    expect(body.attention.flags).toEqual([]);
    expect(body).toMatchObject({ safetyChecks: [], measures: { startBack: [], psk: [] }, exposures: [] });
    const note = await app.inject({
      method: 'POST',
      url: `/api/v1/therapist/patients/${patient.patientId}/notes`,
      headers: therapist.headers,
      payload: { text: 'Bespreken: werkhervatting' },
    });
    expect(note.statusCode).toBe(201);

    const log = await app.inject({ method: 'GET', url: '/api/v1/access-log', headers: patient.auth });
    const entries = log.json<{ entries: { actor: string; action: string; what: string; onBehalfOf: string }[] }>()
      .entries;
    expect(entries.map((e) => `${e.action}:${e.what}`)).toEqual([
      'change:therapist_note',
      `read:${RECORD.checkIn}`,
      'link:link',
    ]);
    expect(entries[0]).toMatchObject({ actor: 'Therapist 1 Fysio Noord', onBehalfOf: 'Fysio Noord' });
    // The notes stay the practice's: the patient's log says a note changed, never what it says.
    expect(log.body).not.toContain('werkhervatting');

    const unlinked = await app.inject({
      method: 'DELETE',
      url: `/api/v1/links/${patient.linkId}`,
      headers: patient.auth,
    });
    expect(unlinked.statusCode).toBe(204);
    const after = await app.inject({
      method: 'GET',
      url: `/api/v1/therapist/patients/${patient.patientId}`,
      headers: therapist.headers,
    });
    expect(after.statusCode).toBe(404);
    expect((await list(therapist)).patients.map((p) => p.patientId)).not.toContain(patient.patientId);
    const links = await app.inject({ method: 'GET', url: '/api/v1/links', headers: patient.auth });
    expect(links.json<{ links: { unlinkedAt: string | null }[] }>().links[0]?.unlinkedAt).not.toBeNull();
  });

  it('sums up exposures as expected against felt pain on the detail page', async () => {
    const patient = await linkedPatient(therapist, 'Mw. Bukken');
    const at = new Date(clock.now() - DAY).toISOString();
    serial += 1;
    await syncAs(app, patient, {
      cursor: 0,
      changes: [
        {
          id: recordId(serial),
          type: RECORD.exposure,
          data: { movement: 'tie_shoes', expected: 7, actual: 3, at },
          hlc: hlc(serial),
          deleted: false,
        },
        ...[
          ['tie_shoes', 40, at],
          ['lift_crate', 80, at],
          ['tie_shoes', 60, new Date(clock.now() - 2 * DAY).toISOString()],
        ].map(([movement, rating, ratedAt], i) => ({
          id: recordId(serial + 100 + i),
          type: RECORD.fearRating,
          data: { movement, rating, ratedAt },
          hlc: hlc(serial + 100 + i),
          deleted: false,
        })),
      ],
    });
    const detail = await app.inject({
      method: 'GET',
      url: `/api/v1/therapist/patients/${patient.patientId}`,
      headers: therapist.headers,
    });
    expect(detail.json<{ exposures: unknown[] }>().exposures).toEqual([
      { movement: 'tie_shoes', expected: 7, actual: 3, at },
    ]);
  });

  it('changes a plan as a new version that syncs to the patient with the reason, and resumes plans after a pause', async () => {
    const patient = await linkedPatient(therapist, 'Dhr. Plan');
    serial += 1;
    const planId = recordId(serial);
    const plan = {
      planId,
      version: 2,
      effectiveFrom: new Date(clock.now() - 5 * DAY).toISOString(),
      activity: 'walking',
      unit: 'minutes',
      baselineSessions: 3,
      baseline: [10, 12, 14],
      goal: 16,
      sessions: 4,
      mode: 'symptom',
      windowHours: 48,
      levels: [8, 11, 13, 16],
      status: 'active',
    };
    serial += 1;
    const seeded = await syncAs(app, patient, {
      cursor: 0,
      changes: [{ id: recordId(serial), type: RECORD.activityPlan, data: plan, hlc: hlc(serial), deleted: false }],
    });
    expect(seeded.statusCode, seeded.body).toBe(200);
    const cursor = seeded.json<{ cursor: number }>().cursor;
    const url = `/api/v1/therapist/patients/${patient.patientId}/plans/${planId}`;

    const tooLong = await app.inject({
      method: 'PUT',
      url,
      headers: therapist.headers,
      payload: { windowHours: 72, reason: 'Langer' },
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json<{ issues: { field: string }[] }>().issues.map((i) => i.field)).toEqual(['windowHours']);
    const noReason = await app.inject({ method: 'PUT', url, headers: therapist.headers, payload: { goal: 20 } });
    expect(noReason.json<{ issues: { field: string }[] }>().issues[0]?.field).toBe('reason');

    const changed = await app.inject({
      method: 'PUT',
      url,
      headers: therapist.headers,
      payload: { goal: 20, sessions: 5, reason: 'Het gaat goed, we bouwen verder op.' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    // The patient's device receives the new version at its next sync.
    const pulled = await syncAs(app, patient, { cursor, changes: [] });
    const versions = pulled.json<{
      changes: { type: string; data: { version: number; goal: number; levels: number[]; changedBy?: object } }[];
    }>().changes;
    expect(versions).toHaveLength(1);
    expect(versions[0]?.data).toMatchObject({
      version: 3,
      goal: 20,
      changedBy: { name: 'Therapist 1 Fysio Noord', reason: 'Het gaat goed, we bouwen verder op.' },
    });
    expect(versions[0]?.data.levels.at(-1)).toBe(20);

    const resumed = await app.inject({
      method: 'POST',
      url: `/api/v1/therapist/patients/${patient.patientId}/resume`,
      headers: therapist.headers,
      payload: { note: 'Huisarts gezien; geen reden om te wachten.' },
    });
    expect(resumed.statusCode, resumed.body).toBe(204);
    const after = await syncAs(app, patient, { cursor: pulled.json<{ cursor: number }>().cursor, changes: [] });
    expect(
      after.json<{ changes: { type: string; data: { by?: string } }[] }>().changes.map((c) => [c.type, c.data.by]),
    ).toEqual([[RECORD.safetyClearance, 'therapist']]);

    const baseline = await app.inject({
      method: 'PUT',
      url,
      headers: therapist.headers,
      payload: { baseline: [18, 20, 22], reason: 'In de praktijk opnieuw gemeten.' },
    });
    expect(baseline.statusCode, baseline.body).toBe(200);
    // 0.7 × the mean 20 = 14: the quotas start again from the baseline the therapist measured.
    expect(baseline.json<{ version: number; baseline: number[]; levels: number[] }>()).toMatchObject({
      version: 4,
      baseline: [18, 20, 22],
    });
    expect(baseline.json<{ levels: number[] }>().levels[0]).toBe(14);
    const detail = await app.inject({
      method: 'GET',
      url: `/api/v1/therapist/patients/${patient.patientId}`,
      headers: therapist.headers,
    });
    const body = detail.json<{
      plans: { planId: string; version: number }[];
      notes: { text: string }[];
      paused: boolean;
      trends: { period: number; daysPerPoint: number }[];
    }>();
    expect(body.plans.map((p) => [p.planId, p.version])).toEqual([[planId, 4]]);
    expect(body.trends.map((trend) => [trend.period, trend.daysPerPoint])).toEqual([
      [30, 1],
      [90, 1],
      [365, 7],
    ]);
    expect(body.notes.map((n) => n.text)).toContain('Huisarts gezien; geen reden om te wachten.');
    expect(body.paused).toBe(false);
  });

  it('prescribes exercise doses as a programme version by the therapist that syncs to the patient with the reason', async () => {
    const patient = await linkedPatient(therapist, 'Mw. Oefening');
    serial += 1;
    const programmeId = recordId(serial);
    const programme = programmeFromStarter(
      {
        days: [1, 4],
        items: [
          { exerciseId: 'glute_bridge', feared: false },
          { exerciseId: 'cat_cow', feared: false },
        ],
      },
      { programmeId, at: new Date(clock.now() - 3 * DAY).toISOString(), by: 'patient' },
    );
    serial += 1;
    const seeded = await syncAs(app, patient, {
      cursor: 0,
      changes: [
        { id: recordId(serial), type: RECORD.exerciseProgramme, data: programme, hlc: hlc(serial), deleted: false },
      ],
    });
    expect(seeded.statusCode, seeded.body).toBe(200);
    const cursor = seeded.json<{ cursor: number }>().cursor;
    const url = `/api/v1/therapist/patients/${patient.patientId}/programmes/${programmeId}`;

    const outOfRange = await app.inject({
      method: 'PUT',
      url,
      headers: therapist.headers,
      payload: { doses: [{ exerciseId: 'glute_bridge', targetReps: 40 }], reason: 'Meer' },
    });
    expect(outOfRange.statusCode).toBe(400);
    expect(outOfRange.json<{ issues: { field: string }[] }>().issues.map((i) => i.field)).toEqual([
      'doses.0.targetReps',
    ]);
    const notInProgramme = await app.inject({
      method: 'PUT',
      url,
      headers: therapist.headers,
      payload: { doses: [{ exerciseId: 'squat', sets: 2 }], reason: 'Meer' },
    });
    expect(notInProgramme.json<{ issues: { field: string }[] }>().issues.map((i) => i.field)).toEqual([
      'doses.0.exerciseId',
    ]);

    const changed = await app.inject({
      method: 'PUT',
      url,
      headers: therapist.headers,
      payload: {
        days: [2, 5],
        doses: [{ exerciseId: 'glute_bridge', sets: 3 }],
        reason: 'Drie sets past nu goed.',
      },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const pulled = await syncAs(app, patient, { cursor, changes: [] });
    const versions = pulled.json<{
      changes: {
        type: string;
        data: { version: number; by: string; reason: string; days: number[]; items: object[] };
      }[];
    }>().changes;
    expect(versions.map((change) => change.type)).toEqual([RECORD.exerciseProgramme]);
    expect(versions[0]?.data).toMatchObject({
      version: 2,
      by: 'therapist',
      reason: 'Drie sets past nu goed.',
      days: [2, 5],
    });
    expect(versions[0]?.data.items[0]).toMatchObject({ exerciseId: 'glute_bridge', sets: 3 });

    const detail = await app.inject({
      method: 'GET',
      url: `/api/v1/therapist/patients/${patient.patientId}`,
      headers: therapist.headers,
    });
    const shown = detail.json<{
      exerciseProgrammes: { version: number; items: { exerciseId: string; variants?: number; unit?: string }[] }[];
    }>().exerciseProgrammes;
    expect(shown.map((p) => p.version)).toEqual([2]);
    expect(shown[0]?.items).toEqual([
      expect.objectContaining({ exerciseId: 'glute_bridge', variants: 3 }),
      expect.objectContaining({ exerciseId: 'cat_cow', unit: 'reps' }),
    ]);
    const log = await app.inject({ method: 'GET', url: '/api/v1/access-log', headers: patient.auth });
    expect(log.json<{ entries: { action: string; what: string }[] }>().entries).toContainEqual(
      expect.objectContaining({ action: 'change', what: RECORD.exerciseProgramme }),
    );
  });

  it('ends the links and sessions of a therapist the administrator removes, and logs the unlink', async () => {
    const patient = await linkedPatient(leaving, 'Mw. Verhuisd');
    const staffList = await app.inject({ method: 'GET', url: '/api/v1/practice/staff', headers: admin.headers });
    const id = staffList
      .json<{ staff: { id: string; email: string }[] }>()
      .staff.find((s) => s.email === leaving.email)?.id;
    const removed = await app.inject({ method: 'DELETE', url: `/api/v1/practice/staff/${id}`, headers: admin.headers });
    expect(removed.statusCode, removed.body).toBe(204);
    const links = await app.inject({ method: 'GET', url: '/api/v1/links', headers: patient.auth });
    expect(links.json<{ links: { unlinkedAt: string | null }[] }>().links[0]?.unlinkedAt).not.toBeNull();
    const log = await app.inject({ method: 'GET', url: '/api/v1/access-log', headers: patient.auth });
    expect(log.json<{ entries: { action: string; actorKind: string }[] }>().entries[0]).toMatchObject({
      action: 'unlink',
      actorKind: 'admin',
    });
    const session = await app.inject({ method: 'GET', url: '/api/v1/staff/session', headers: leaving.headers });
    expect(session.statusCode).toBe(401);
  });

  it('uses an invite once, and refuses an expired one', async () => {
    const code = await invite(therapist, 'Twee Telefoons');
    const first = await createPatient(app);
    const second = await createPatient(app);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/v1/links',
          headers: first.auth,
          payload: { code, consent: true },
        })
      ).statusCode,
    ).toBe(201);
    const again = await app.inject({
      method: 'POST',
      url: '/api/v1/links',
      headers: second.auth,
      payload: { code, consent: true },
    });
    expect(again.statusCode).toBe(404);
    expect(again.json<{ error: string }>().error).toBe('invite_invalid');

    const old = await invite(therapist, 'Te Laat');
    clock.advance(8 * DAY);
    try {
      const late = await app.inject({
        method: 'POST',
        url: '/api/v1/links/preview',
        headers: second.auth,
        payload: { code: old },
      });
      expect(late.statusCode).toBe(404);
    } finally {
      clock.advance(-8 * DAY);
    }
  });

  it('keeps one intact hash chain, and the verify command finds the first changed entry', async () => {
    const report = await verifyAccessLog(database().db);
    expect(report.ok).toBe(true);
    const entries = report.ok ? report.entries : 0;
    expect(entries).toBeGreaterThan(5);
    expect(await verifyAccessLogCommand([], database())).toEqual({
      code: 0,
      out: [`Access log intact: ${entries} entries, every link checked.`],
    });
    const target = 3;
    const original = await database()
      .db.selectFrom('access_log')
      .select('what')
      .where('seq', '=', target)
      .executeTakeFirstOrThrow();
    await sql`update access_log set what = 'nothing' where seq = ${target}`.execute(database().db);
    try {
      const broken = await verifyAccessLogCommand([], database());
      expect(broken).toEqual({
        code: 1,
        error: `Access log broken at entry ${target}: its content was changed after it was written (${target - 1} entries before it are intact).`,
      });
    } finally {
      await sql`update access_log set what = ${original.what} where seq = ${target}`.execute(database().db);
    }
    expect((await verifyAccessLog(database().db)).ok).toBe(true);
  });
});

describeEachDatabase('staff sign-in', ({ database }) => {
  const clock = new TestClock();
  let app: FastifyInstance;
  let staff: TestStaff;

  beforeAll(async () => {
    app = testApp(database(), { clock });
    staff = (await practiceWithStaff(app, database(), clock, 'Praktijk Zuid', 1)).therapists[0] as TestStaff;
  });
  afterAll(async () => {
    await app.close();
  });

  const session = (headers: Record<string, string>) =>
    app.inject({ method: 'GET', url: '/api/v1/staff/session', headers });

  it('answers a wrong password and an unknown e-mail the same way', async () => {
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/staff/sign-in',
      payload: { email: staff.email, password: 'not the password' },
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/v1/staff/sign-in',
      payload: { email: 'nobody@nowhere.test', password: 'not the password' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('names the field of a bad e-mail address', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/staff/sign-in',
      payload: { email: 'not an address', password: 'x' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ issues: { field: string }[] }>().issues[0]?.field).toBe('email');
  });

  it('needs the second factor before anything else, and accepts a code only once', async () => {
    const first = await app.inject({
      method: 'POST',
      url: '/api/v1/staff/sign-in',
      payload: { email: staff.email, password: staff.password },
    });
    const cookie = first.headers['set-cookie'] as string;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const half = {
      cookie: cookie.split(';')[0] as string,
      'x-csrf-token': first.json<{ csrfToken: string }>().csrfToken,
    };
    const early = await app.inject({ method: 'GET', url: '/api/v1/therapist/patients', headers: half });
    expect(early.statusCode).toBe(401);
    expect(early.json<{ error: string }>().error).toBe('second_factor_required');

    clock.advance(30_000);
    const code = await totpAt(staff.secret, clock);
    const ok = await app.inject({
      method: 'POST',
      url: '/api/v1/staff/sign-in/second-factor',
      headers: half,
      payload: { code },
    });
    expect(ok.statusCode, ok.body).toBe(200);

    const again = await app.inject({
      method: 'POST',
      url: '/api/v1/staff/sign-in',
      payload: { email: staff.email, password: staff.password },
    });
    const other = {
      cookie: (again.headers['set-cookie'] as string).split(';')[0] as string,
      'x-csrf-token': again.json<{ csrfToken: string }>().csrfToken,
    };
    const replay = await app.inject({
      method: 'POST',
      url: '/api/v1/staff/sign-in/second-factor',
      headers: other,
      payload: { code },
    });
    expect(replay.statusCode).toBe(400);
    expect(replay.json<{ issues: { field: string }[] }>().issues[0]?.field).toBe('code');

    // A recovery code works once.
    const recovery = staff.recoveryCodes[0] as string;
    const viaRecovery = await app.inject({
      method: 'POST',
      url: '/api/v1/staff/sign-in/second-factor',
      headers: other,
      payload: { recoveryCode: recovery.toLowerCase() },
    });
    expect(viaRecovery.statusCode, viaRecovery.body).toBe(200);
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const signedIn = await signIn(app, clock, staff);
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/therapist/invites',
      headers: { cookie: signedIn.headers.cookie },
      payload: { label: 'x' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json<{ error: string }>().error).toBe('csrf_failed');
  });

  it('ends a session after 30 idle minutes, after 12 hours in any case, and at sign-out', async () => {
    const signedIn = await signIn(app, clock, staff);
    clock.advance(29 * 60 * 1000);
    expect((await session(signedIn.headers)).statusCode).toBe(200);
    clock.advance(29 * 60 * 1000);
    expect((await session(signedIn.headers)).statusCode).toBe(200);
    clock.advance(31 * 60 * 1000);
    expect((await session(signedIn.headers)).statusCode).toBe(401);

    const busy = await signIn(app, clock, staff);
    // 15 × 50 minutes = 12.5 hours, never 30 minutes idle.
    for (let round = 0; round < 15; round += 1) {
      clock.advance(25 * 60 * 1000);
      await session(busy.headers);
      clock.advance(25 * 60 * 1000);
      await session(busy.headers);
    }
    expect((await session(busy.headers)).statusCode).toBe(401);

    const leaving = await signIn(app, clock, staff);
    const out = await app.inject({
      method: 'POST',
      url: '/api/v1/staff/sign-out',
      headers: leaving.headers,
      payload: {},
    });
    expect(out.statusCode).toBe(204);
    expect((await session(leaving.headers)).statusCode).toBe(401);
  });
});
