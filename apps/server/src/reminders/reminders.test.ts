import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '@veerkracht/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import type { Database } from '../db/database.js';
import { describeEachDatabase } from '../testing/databases.js';
import {
  createPatient,
  hlc,
  NO_RATE_LIMITS,
  NO_SYNC_LIMITS,
  NOW,
  recordId,
  syncAs,
  TestClock,
  type TestPatient,
} from '../testing/fixtures.js';
import { startPushReceiver } from '../testing/pushReceiver.js';

type Receiver = Awaited<ReturnType<typeof startPushReceiver>>;
const MINUTE = 60_000;
// NOW is 12:00 in Amsterdam on Wednesday 25 November 2026; the check-in reminder is at 20:00 (19:00 UTC).
const CHECK_IN_DUE = Date.parse('2026-11-25T19:00:00Z');

const settings = (change: Partial<ReminderSettings> = {}): ReminderSettings => ({
  ...DEFAULT_REMINDER_SETTINGS,
  checkIn: { on: true, time: '20:00' },
  ...change,
});

// The durable job table, the push path and the calendar feed (issue 12), on both databases.
describeEachDatabase('reminders', ({ database, reopen }) => {
  let receiver: Receiver;
  const clock = new TestClock();
  const apps: FastifyInstance[] = [];
  const opened: Database[] = [];
  const appOn = (db: Database) => {
    const app = buildApp({
      db,
      clock,
      logger: false,
      webDist: null,
      rateLimits: NO_RATE_LIMITS,
      syncLimits: NO_SYNC_LIMITS,
      reminders: { pushServiceOrigins: [receiver.origin] },
    });
    apps.push(app);
    return app;
  };
  let app: FastifyInstance;
  let serial = 0;

  beforeAll(async () => {
    receiver = await startPushReceiver();
    app = appOn(database());
  });
  afterAll(async () => {
    for (const each of apps) await each.close();
    for (const db of opened) await db.close();
    await receiver.close();
  });
  beforeEach(async () => {
    clock.ms = NOW;
    receiver.received.length = 0;
    // Each test starts with nothing planned: earlier tests' patients keep their rows, but no longer send.
    await database()
      .db.updateTable('reminder_jobs')
      .set({ status: 'cancelled' })
      .where('status', '=', 'pending')
      .execute();
    await database().db.updateTable('reminder_planning').set({ plan_at: null }).execute();
  });

  /** A patient with reminder settings synced and one phone subscribed at the receiver. */
  async function patientWithReminders(change: Partial<ReminderSettings> = {}, lang: 'nl' | 'en' = 'nl') {
    const patient = await createPatient(app);
    serial += 1;
    const pushed = await syncAs(app, patient, {
      cursor: 0,
      changes: [
        { id: recordId(9_000 + serial), type: 'reminder_settings', data: settings(change), hlc: hlc(), deleted: false },
      ],
    });
    expect(pushed.statusCode).toBe(200);
    const subscription = receiver.subscribe();
    const subscribed = await app.inject({
      method: 'POST',
      url: '/api/v1/reminders/push-subscriptions',
      headers: patient.auth,
      payload: { endpoint: subscription.endpoint, keys: subscription.keys, lang },
    });
    expect(subscribed.statusCode, subscribed.body).toBe(201);
    return { patient, subscription };
  }

  const status = async (patient: TestPatient) =>
    (await app.inject({ method: 'GET', url: '/api/v1/reminders', headers: patient.auth })).json<{
      push: { lastSuccessAt: string | null; deadAt: string | null }[];
      calendar: { lastFetchedAt: string | null } | null;
      lastSent: { kind: string; at: string } | null;
      next: { kind: string; at: string }[];
    }>();

  const jobsOf = async (db: Database, patientId: string) =>
    db.db
      .selectFrom('reminder_jobs')
      .select(['key', 'status'])
      .where('patient_id', '=', patientId)
      .orderBy('due_at')
      .execute();

  it('plans the coming days after a sync changed the reminders, each reminder once however often it is planned', async () => {
    const { patient } = await patientWithReminders();
    await app.reminders.tick('worker-a');
    const planned = await jobsOf(database(), patient.patientId);
    expect(planned.map((job) => job.key)).toEqual([
      'check_in:2026-11-25',
      'check_in:2026-11-26',
      'check_in:2026-11-27',
    ]);
    // Planned again, here and in a second process: nothing doubles.
    await app.reminders.plan(patient.patientId);
    const other = reopen();
    opened.push(other);
    await appOn(other).reminders.plan(patient.patientId);
    expect(await jobsOf(database(), patient.patientId)).toEqual(planned);
    expect((await status(patient)).next.map((job) => job.at)).toContain(new Date(CHECK_IN_DUE).toISOString());
  });

  it('sends a due reminder encrypted to the phone: its words and page, no health data; the app then sees when it last worked', async () => {
    const { patient, subscription } = await patientWithReminders({}, 'en');
    await app.reminders.tick('worker-a');
    clock.ms = CHECK_IN_DUE - MINUTE;
    expect((await app.reminders.tick('worker-a')).claimed).toBe(0);
    clock.ms = CHECK_IN_DUE + 5_000;
    const round = await app.reminders.tick('worker-a');
    expect(round).toMatchObject({ claimed: 1, sent: 1 });
    const [message] = receiver.received.filter((item) => item.subscriptionId === subscription.id);
    expect(JSON.parse(message?.payload ?? '{}')).toEqual({
      title: 'Time for your check-in',
      body: 'It takes a minute. Open Veerkracht to fill it in.',
      path: '/check-in',
      tag: 'check_in',
    });
    expect(message?.headers['content-encoding']).toBe('aes128gcm');
    expect(message?.headers.authorization).toMatch(/^vapid t=[\w-]+\.[\w-]+\.[\w-]+, k=[\w-]+$/);
    const seen = await status(patient);
    expect(seen.push[0]?.lastSuccessAt).toBe(new Date(CHECK_IN_DUE + 5_000).toISOString());
    expect(seen.lastSent).toEqual({ kind: 'check_in', at: new Date(CHECK_IN_DUE + 5_000).toISOString() });
    // Sent once: the next round sends nothing.
    expect((await app.reminders.tick('worker-a')).claimed).toBe(0);
  });

  it('keeps planned reminders through a restart, and sends them from the new process', async () => {
    const { patient, subscription } = await patientWithReminders();
    await app.reminders.tick('worker-a');
    const restarted = reopen();
    opened.push(restarted);
    const after = appOn(restarted);
    clock.ms = CHECK_IN_DUE + 1_000;
    await after.reminders.tick('worker-after-restart');
    expect(receiver.received.filter((item) => item.subscriptionId === subscription.id)).toHaveLength(1);
    expect((await jobsOf(restarted, patient.patientId))[0]).toEqual({ key: 'check_in:2026-11-25', status: 'sent' });
  });

  it('hands every due reminder to one of two workers running at once: no reminder is sent twice', async () => {
    const phones = await Promise.all(Array.from({ length: 6 }, () => patientWithReminders()));
    await app.reminders.tick('worker-a');
    const other = reopen();
    opened.push(other);
    const second = appOn(other);
    clock.ms = CHECK_IN_DUE + 1_000;
    const [a, b] = await Promise.all([app.reminders.tick('worker-a', 4), second.reminders.tick('worker-b', 4)]);
    const [c, d] = await Promise.all([app.reminders.tick('worker-a', 4), second.reminders.tick('worker-b', 4)]);
    const mine = new Set(phones.map((phone) => phone.subscription.id));
    const got = receiver.received.filter((item) => mine.has(item.subscriptionId)).map((item) => item.subscriptionId);
    expect(got.sort()).toEqual([...mine].sort());
    expect(a.sent + b.sent + c.sent + d.sent).toBe(6);
  });

  it('marks a subscription the push service dropped as gone, and the person sees it; it is not used again', async () => {
    const { patient, subscription } = await patientWithReminders();
    receiver.answer(subscription.id, 410);
    await app.reminders.tick('worker-a');
    clock.ms = CHECK_IN_DUE + 1_000;
    expect(await app.reminders.tick('worker-a')).toMatchObject({ claimed: 1, noChannel: 1 });
    const seen = await status(patient);
    expect(seen.push[0]?.deadAt).toBe(new Date(CHECK_IN_DUE + 1_000).toISOString());
    expect(seen.lastSent).toBeNull();
    clock.ms = CHECK_IN_DUE + 24 * 60 * MINUTE + 1_000;
    expect(await app.reminders.tick('worker-a')).toMatchObject({ noChannel: 1, sent: 0 });
  });

  it('retries a push that failed for a passing reason after a minute, then sends it', async () => {
    const { subscription } = await patientWithReminders();
    receiver.answer(subscription.id, 503);
    await app.reminders.tick('worker-a');
    clock.ms = CHECK_IN_DUE + 1_000;
    expect(await app.reminders.tick('worker-a')).toMatchObject({ claimed: 1, retried: 1 });
    clock.ms += 30_000;
    expect((await app.reminders.tick('worker-a')).claimed).toBe(0);
    receiver.answer(subscription.id, 201);
    clock.ms += 31_000;
    expect(await app.reminders.tick('worker-a')).toMatchObject({ claimed: 1, sent: 1 });
    expect(receiver.received.filter((item) => item.subscriptionId === subscription.id)).toHaveLength(1);
  });

  it('gives up a reminder that could not go out for hours rather than send the evening check-in at night', async () => {
    const { patient } = await patientWithReminders();
    await app.reminders.tick('worker-a');
    clock.ms = CHECK_IN_DUE + 7 * 60 * MINUTE;
    expect(await app.reminders.tick('worker-a')).toMatchObject({ claimed: 1, failed: 1, sent: 0 });
    expect((await jobsOf(database(), patient.patientId))[0]?.status).toBe('failed');
  });

  it('cancels planned reminders the person turned off', async () => {
    const { patient } = await patientWithReminders();
    await app.reminders.tick('worker-a');
    await syncAs(app, patient, {
      cursor: 0,
      changes: [
        {
          id: recordId(9_500 + serial),
          type: 'reminder_settings',
          data: DEFAULT_REMINDER_SETTINGS,
          hlc: hlc(MINUTE),
          deleted: false,
        },
      ],
    });
    // A second settings record, written later, wins: every reminder is off now.
    await app.reminders.tick('worker-a');
    expect((await jobsOf(database(), patient.patientId)).map((job) => job.status)).toEqual([
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
  });

  it('refuses a subscription that does not point at a push service, naming the field, and any request without a token', async () => {
    const patient = await createPatient(app);
    const bad = await app.inject({
      method: 'POST',
      url: '/api/v1/reminders/push-subscriptions',
      headers: patient.auth,
      payload: { endpoint: 'http://10.0.0.7:5432/', keys: { p256dh: 'not base64!', auth: 'abc' }, lang: 'fr' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ issues: { field: string }[] }>().issues.map((issue) => issue.field)).toEqual([
      'endpoint',
      'keys.p256dh',
      'lang',
    ]);
    for (const [method, url] of [
      ['GET', '/api/v1/reminders'],
      ['GET', '/api/v1/reminders/push-key'],
      ['PUT', '/api/v1/reminders/calendar'],
      ['DELETE', '/api/v1/reminders/push-subscriptions/x'],
    ] as const)
      expect((await app.inject({ method, url, payload: method === 'GET' ? undefined : {} })).statusCode).toBe(401);
    const key = await app.inject({ method: 'GET', url: '/api/v1/reminders/push-key', headers: patient.auth });
    expect(key.json<{ publicKey: string }>().publicKey).toMatch(/^[\w-]{87}$/);
  });

  it('serves a private calendar feed that a new address replaces and revoking ends', async () => {
    const { patient } = await patientWithReminders({ review: { on: true, time: '19:00' } });
    const made = await app.inject({
      method: 'PUT',
      url: '/api/v1/reminders/calendar',
      headers: patient.auth,
      payload: { lang: 'en' },
    });
    expect(made.statusCode).toBe(201);
    const { path } = made.json<{ path: string }>();
    expect(path).toMatch(/^\/api\/v1\/calendar\/[\w-]{43}\.ics$/);
    const feed = await app.inject({ method: 'GET', url: path });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(feed.body).toContain('SUMMARY:Time for your check-in');
    expect(feed.body).toContain('RRULE:FREQ=DAILY');
    expect(feed.body).toContain('RRULE:FREQ=WEEKLY;BYDAY=SU');
    expect((await status(patient)).calendar?.lastFetchedAt).toBe(new Date(NOW).toISOString());

    const renewed = await app.inject({
      method: 'PUT',
      url: '/api/v1/reminders/calendar',
      headers: patient.auth,
      payload: { lang: 'nl' },
    });
    expect((await app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
    const next = renewed.json<{ path: string }>().path;
    expect((await app.inject({ method: 'GET', url: next })).body).toContain('SUMMARY:Tijd voor je check-in');
    expect(
      (await app.inject({ method: 'DELETE', url: '/api/v1/reminders/calendar', headers: patient.auth })).statusCode,
    ).toBe(204);
    expect((await app.inject({ method: 'GET', url: next })).statusCode).toBe(404);
    expect((await status(patient)).calendar).toBeNull();
    const badLang = await app.inject({
      method: 'PUT',
      url: '/api/v1/reminders/calendar',
      headers: patient.auth,
      payload: { lang: 'de' },
    });
    expect(badLang.statusCode).toBe(400);
    expect(badLang.json<{ issues: { field: string }[] }>().issues[0]?.field).toBe('lang');
  });
});
