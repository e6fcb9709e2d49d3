import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addTherapistCommand } from '../staff/staffCommands.js';
import { describeEachDatabase } from '../testing/databases.js';
import { createPatient, TestClock, type TestPatient, testApp } from '../testing/fixtures.js';
import { practiceWithStaff, setUpStaff, setupCodeOf, signIn, type TestStaff } from '../testing/staffFixtures.js';

/**
 * The authorisation matrix (issue 13; docs/architecture.md, "Authorisation"):
 * every /api route × every kind of caller, with the status each must get, on
 * SQLite and PostgreSQL. The resource is always patient A's. A 400, 404 or
 * 409 in a cell means the caller got past authorisation and was answered on
 * the merits; 401 and 403 mean refused. A test below checks that no route
 * is missing from the matrix.
 */
const ROLES = [
  'anonymous',
  'patientA',
  'patientB',
  'linkedTherapist',
  'otherPractice',
  'unlinkedTherapist',
  'administrator',
  'revokedSession',
  'expiredSession',
] as const;
type Role = (typeof ROLES)[number];

type Cell = { headers: Record<string, string> };
type Context = {
  as: Record<Role, Cell>;
  patientA: TestPatient & { linkId: string; spareDeviceId: string; spareToken: string };
  spareStaffId: string;
  linked: TestStaff;
};

type Row = {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The route as Fastify knows it. */
  route: string;
  url: (c: Context) => string;
  payload?: (c: Context) => object;
  /** Statuses in the order of ROLES. */
  expect: string;
  /** Headers for a role when the route acts on the caller itself (e.g. sign out this device). */
  headersFor?: (role: Role, c: Context) => Record<string, string> | undefined;
};

const A = (c: Context) => c.patientA.patientId;
const NO_SUCH_ID = '019a0000-0000-7000-8000-00000000dead';

//                                          anon pA  pB  lnk oth unl adm rev exp
const MATRIX: Row[] = [
  { method: 'GET', route: '/api/health', url: () => '/api/health', expect: '200 200 200 200 200 200 200 200 200' },
  { method: 'GET', route: '/api/ready', url: () => '/api/ready', expect: '200 200 200 200 200 200 200 200 200' },
  {
    method: 'GET',
    route: '/api/openapi.json',
    url: () => '/api/openapi.json',
    expect: '200 200 200 200 200 200 200 200 200',
  },
  {
    method: 'POST',
    route: '/api/v1/patients',
    url: () => '/api/v1/patients',
    expect: '201 201 201 201 201 201 201 201 201',
  },
  {
    method: 'POST',
    route: '/api/v1/restore',
    url: () => '/api/v1/restore',
    payload: () => ({ recoveryCode: '0000-0000-0000-0000-0000' }),
    expect: '401 401 401 401 401 401 401 401 401',
  },
  {
    method: 'GET',
    route: '/api/v1/devices',
    url: () => '/api/v1/devices',
    expect: '401 200 200 401 401 401 401 401 401',
  },
  {
    method: 'POST',
    route: '/api/v1/devices/:id/revoke',
    url: (c) => `/api/v1/devices/${c.patientA.spareDeviceId}/revoke`,
    payload: () => ({}),
    // B cannot end A's device; A ends its spare device (once: the second time it is already ended).
    expect: '401 204 404 401 401 401 401 401 401',
  },
  {
    method: 'POST',
    route: '/api/v1/devices/revoke',
    url: () => '/api/v1/devices/revoke',
    payload: () => ({}),
    expect: '401 204 204 401 401 401 401 401 401',
    // Signs out the calling device: patients call it from a device of their own made for this cell.
    headersFor: (role, c) => (role === 'patientA' || role === 'patientB' ? c.as[role].headers : undefined),
  },
  {
    method: 'POST',
    route: '/api/v1/recovery-code',
    url: () => '/api/v1/recovery-code',
    payload: () => ({}),
    expect: '401 200 200 401 401 401 401 401 401',
  },
  {
    method: 'POST',
    route: '/api/v1/passkeys/options',
    url: () => '/api/v1/passkeys/options',
    payload: () => ({}),
    expect: '401 200 200 401 401 401 401 401 401',
  },
  {
    method: 'POST',
    route: '/api/v1/passkeys',
    url: () => '/api/v1/passkeys',
    payload: () => ({}),
    expect: '401 400 400 401 401 401 401 401 401',
  },
  {
    method: 'GET',
    route: '/api/v1/passkeys',
    url: () => '/api/v1/passkeys',
    expect: '401 200 200 401 401 401 401 401 401',
  },
  {
    method: 'DELETE',
    route: '/api/v1/passkeys/:id',
    url: () => '/api/v1/passkeys/no-such-passkey',
    expect: '401 404 404 401 401 401 401 401 401',
  },
  {
    method: 'POST',
    route: '/api/v1/restore/passkey/options',
    url: () => '/api/v1/restore/passkey/options',
    payload: () => ({}),
    expect: '200 200 200 200 200 200 200 200 200',
  },
  {
    method: 'POST',
    route: '/api/v1/restore/passkey',
    url: () => '/api/v1/restore/passkey',
    payload: () => ({
      challengeId: 'no-such-challenge',
      response: { id: 'AAAA', rawId: 'AAAA', type: 'public-key', response: {} },
    }),
    expect: '400 400 400 400 400 400 400 400 400',
  },
  {
    method: 'POST',
    route: '/api/v1/sync',
    url: () => '/api/v1/sync',
    payload: () => ({ cursor: 0, changes: [] }),
    expect: '401 200 200 401 401 401 401 401 401',
  },
  {
    method: 'GET',
    route: '/api/v1/reminders',
    url: () => '/api/v1/reminders',
    expect: '401 200 200 401 401 401 401 401 401',
  },
  {
    method: 'GET',
    route: '/api/v1/reminders/push-key',
    url: () => '/api/v1/reminders/push-key',
    expect: '401 200 200 401 401 401 401 401 401',
  },
  {
    method: 'POST',
    route: '/api/v1/reminders/push-subscriptions',
    url: () => '/api/v1/reminders/push-subscriptions',
    payload: () => ({}),
    expect: '401 400 400 401 401 401 401 401 401',
  },
  {
    method: 'DELETE',
    route: '/api/v1/reminders/push-subscriptions/:id',
    url: () => `/api/v1/reminders/push-subscriptions/${NO_SUCH_ID}`,
    expect: '401 404 404 401 401 401 401 401 401',
  },
  {
    method: 'PUT',
    route: '/api/v1/reminders/calendar',
    url: () => '/api/v1/reminders/calendar',
    payload: () => ({ lang: 'nl' }),
    expect: '401 201 201 401 401 401 401 401 401',
  },
  {
    method: 'DELETE',
    route: '/api/v1/reminders/calendar',
    url: () => '/api/v1/reminders/calendar',
    expect: '401 204 204 401 401 401 401 401 401',
  },
  {
    method: 'GET',
    route: '/api/v1/calendar/:feed',
    url: () => `/api/v1/calendar/${'A'.repeat(43)}.ics`,
    expect: '404 404 404 404 404 404 404 404 404',
  },
  {
    method: 'POST',
    route: '/api/v1/staff/setup',
    url: () => '/api/v1/staff/setup',
    payload: () => ({ email: 'x@example.test', setupCode: 'AAAA-AAAA-AAAA-AAAA', password: 'long enough password' }),
    expect: '401 401 401 401 401 401 401 401 401',
  },
  {
    method: 'POST',
    route: '/api/v1/staff/setup/confirm',
    url: () => '/api/v1/staff/setup/confirm',
    payload: () => ({ code: '000000' }),
    // A complete session has nothing to confirm.
    expect: '401 401 401 409 409 409 409 401 401',
  },
  {
    method: 'POST',
    route: '/api/v1/staff/sign-in',
    url: () => '/api/v1/staff/sign-in',
    payload: () => ({ email: 'x@example.test', password: 'wrong' }),
    expect: '401 401 401 401 401 401 401 401 401',
  },
  {
    method: 'POST',
    route: '/api/v1/staff/sign-in/second-factor',
    url: () => '/api/v1/staff/sign-in/second-factor',
    payload: () => ({ code: '000000' }),
    expect: '401 401 401 409 409 409 409 401 401',
  },
  {
    method: 'POST',
    route: '/api/v1/staff/sign-in/passkey/options',
    url: () => '/api/v1/staff/sign-in/passkey/options',
    payload: () => ({}),
    expect: '401 401 401 409 409 409 409 401 401',
  },
  {
    method: 'POST',
    route: '/api/v1/staff/sign-in/passkey',
    url: () => '/api/v1/staff/sign-in/passkey',
    payload: () => ({ response: { id: 'x', rawId: 'x', type: 'public-key', response: {} } }),
    expect: '401 401 401 409 409 409 409 401 401',
  },
  {
    method: 'POST',
    route: '/api/v1/staff/passkeys/options',
    url: () => '/api/v1/staff/passkeys/options',
    payload: () => ({}),
    expect: '401 401 401 200 200 200 200 401 401',
  },
  {
    method: 'POST',
    route: '/api/v1/staff/passkeys',
    url: () => '/api/v1/staff/passkeys',
    payload: () => ({ response: { id: 'x', rawId: 'x', type: 'public-key', response: {} } }),
    // Past authorisation: the answer is no real passkey (400); the options row before left a challenge to compare.
    expect: '401 401 401 400 400 400 400 401 401',
  },
  {
    method: 'GET',
    route: '/api/v1/staff/session',
    url: () => '/api/v1/staff/session',
    expect: '401 401 401 200 200 200 200 401 401',
  },
  {
    method: 'GET',
    route: '/api/v1/practice/staff',
    url: () => '/api/v1/practice/staff',
    expect: '401 401 401 403 403 403 200 401 401',
  },
  {
    method: 'POST',
    route: '/api/v1/practice/staff',
    url: () => '/api/v1/practice/staff',
    payload: () => ({ email: `new-${Math.random().toString(36).slice(2)}@example.test`, name: 'Nieuw' }),
    expect: '401 401 401 403 403 403 201 401 401',
  },
  {
    method: 'GET',
    route: '/api/v1/practice/retention',
    url: () => '/api/v1/practice/retention',
    expect: '401 401 401 403 403 403 200 401 401',
  },
  {
    method: 'PUT',
    route: '/api/v1/practice/retention',
    url: () => '/api/v1/practice/retention',
    payload: () => ({ days: 400 }),
    expect: '401 401 401 403 403 403 200 401 401',
  },
  {
    method: 'DELETE',
    route: '/api/v1/practice/staff/:id',
    url: (c) => `/api/v1/practice/staff/${c.spareStaffId}`,
    expect: '401 401 401 403 403 403 204 401 401',
  },
  {
    method: 'POST',
    route: '/api/v1/therapist/invites',
    url: () => '/api/v1/therapist/invites',
    payload: () => ({ label: 'Nieuwe patiënt' }),
    expect: '401 401 401 201 201 201 403 401 401',
  },
  {
    method: 'GET',
    route: '/api/v1/therapist/patients',
    url: () => '/api/v1/therapist/patients',
    expect: '401 401 401 200 200 200 403 401 401',
  },
  {
    method: 'GET',
    route: '/api/v1/therapist/patients/:patientId',
    url: (c) => `/api/v1/therapist/patients/${A(c)}`,
    expect: '401 401 401 200 404 404 403 401 401',
  },
  {
    method: 'GET',
    route: '/api/v1/therapist/patients/:patientId/fhir',
    url: (c) => `/api/v1/therapist/patients/${A(c)}/fhir`,
    expect: '401 401 401 200 404 404 403 401 401',
  },
  {
    method: 'GET',
    route: '/api/v1/therapist/patients/:patientId/report.pdf',
    url: (c) => `/api/v1/therapist/patients/${A(c)}/report.pdf?lang=en`,
    expect: '401 401 401 200 404 404 403 401 401',
  },
  {
    method: 'PUT',
    route: '/api/v1/therapist/patients/:patientId/concerns-read',
    url: (c) => `/api/v1/therapist/patients/${A(c)}/concerns-read`,
    payload: () => ({ upTo: '2026-11-25T10:00:00.000Z' }),
    expect: '401 401 401 204 404 404 403 401 401',
  },
  {
    method: 'POST',
    route: '/api/v1/therapist/patients/:patientId/notes',
    url: (c) => `/api/v1/therapist/patients/${A(c)}/notes`,
    payload: () => ({ text: 'Notitie' }),
    expect: '401 401 401 201 404 404 403 401 401',
  },
  {
    method: 'PUT',
    route: '/api/v1/therapist/patients/:patientId/plans/:planId',
    url: (c) => `/api/v1/therapist/patients/${A(c)}/plans/${NO_SUCH_ID}`,
    payload: () => ({ goal: 20, reason: 'Meer doel' }),
    // The linked therapist gets past authorisation to "no such plan".
    expect: '401 401 401 404 404 404 403 401 401',
  },
  {
    method: 'PUT',
    route: '/api/v1/therapist/patients/:patientId/programmes/:programmeId',
    url: (c) => `/api/v1/therapist/patients/${A(c)}/programmes/${NO_SUCH_ID}`,
    payload: () => ({ windowHours: 24, reason: 'Meer rust' }),
    expect: '401 401 401 404 404 404 403 401 401',
  },
  {
    method: 'POST',
    route: '/api/v1/therapist/patients/:patientId/resume',
    url: (c) => `/api/v1/therapist/patients/${A(c)}/resume`,
    payload: () => ({ note: 'Huisarts gezien, geen rode vlaggen' }),
    expect: '401 401 401 204 404 404 403 401 401',
  },
  {
    method: 'DELETE',
    route: '/api/v1/therapist/patients/:patientId/notes/:noteId',
    url: (c) => `/api/v1/therapist/patients/${A(c)}/notes/${NO_SUCH_ID}`,
    expect: '401 401 401 404 404 404 403 401 401',
  },
  {
    method: 'POST',
    route: '/api/v1/links/preview',
    url: () => '/api/v1/links/preview',
    payload: () => ({ code: 'ZZZZ-ZZZZ' }),
    expect: '401 404 404 401 401 401 401 401 401',
  },
  {
    method: 'POST',
    route: '/api/v1/links',
    url: () => '/api/v1/links',
    payload: () => ({ code: 'ZZZZ-ZZZZ', consent: true }),
    expect: '401 404 404 401 401 401 401 401 401',
  },
  { method: 'GET', route: '/api/v1/links', url: () => '/api/v1/links', expect: '401 200 200 401 401 401 401 401 401' },
  {
    method: 'GET',
    route: '/api/v1/access-log',
    url: () => '/api/v1/access-log',
    expect: '401 200 200 401 401 401 401 401 401',
  },
  {
    method: 'POST',
    route: '/api/v1/staff/sign-out',
    url: () => '/api/v1/staff/sign-out',
    payload: () => ({}),
    expect: '401 401 401 204 204 204 204 401 401',
  },
  // Last: A unlinks (B cannot end A's link).
  {
    method: 'DELETE',
    route: '/api/v1/links/:id',
    url: (c) => `/api/v1/links/${c.patientA.linkId}`,
    expect: '401 204 404 401 401 401 401 401 401',
  },
  // After the unlink, and keep it last: A and B erase everything they have on the server (issue 14). Staff cannot
  // erase a patient. The linked therapist's 404 afterwards is checked below.
  {
    method: 'DELETE',
    route: '/api/v1/patients/me',
    url: () => '/api/v1/patients/me',
    expect: '401 204 204 401 401 401 401 401 401',
  },
];

describeEachDatabase('the authorisation matrix', ({ database }) => {
  const clock = new TestClock();
  let app: FastifyInstance;
  let context: Context;
  const routes = new Set<string>();

  beforeAll(async () => {
    app = testApp(database(), { clock });
    app.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) {
        if (route.url.startsWith('/api') && method !== 'HEAD') routes.add(`${method} ${route.url}`);
      }
    });
    const practice = await practiceWithStaff(app, database(), clock, 'Matrix Praktijk', 3);
    const other = await practiceWithStaff(app, database(), clock, 'Andere Praktijk', 1);
    const [linked, unlinked, forRevoked] = practice.therapists as [TestStaff, TestStaff, TestStaff];
    const added = await addTherapistCommand(
      ['--practice', practice.practiceId, '--email', 'spare@matrix.test', '--name', 'Reserve'],
      database(),
      clock,
    );
    await setUpStaff(app, clock, 'spare@matrix.test', setupCodeOf(added));
    const list = await app.inject({ method: 'GET', url: '/api/v1/practice/staff', headers: practice.admin.headers });
    const spareStaffId =
      list.json<{ staff: { id: string; email: string }[] }>().staff.find((s) => s.email === 'spare@matrix.test')?.id ??
      '';

    const patientA = await createPatient(app);
    const patientB = await createPatient(app);
    const invite = await app.inject({
      method: 'POST',
      url: '/api/v1/therapist/invites',
      headers: linked.headers,
      payload: { label: 'A' },
    });
    const linkA = await app.inject({
      method: 'POST',
      url: '/api/v1/links',
      headers: patientA.auth,
      payload: { code: invite.json<{ code: string }>().code, consent: true },
    });
    expect(linkA.statusCode).toBe(201);
    const spare = await app.inject({
      method: 'POST',
      url: '/api/v1/restore',
      payload: { recoveryCode: patientA.recoveryCode },
    });
    const spareToken = spare.json<{ token: string }>().token;
    const devices = await app.inject({ method: 'GET', url: '/api/v1/devices', headers: patientA.auth });
    const spareDeviceId =
      devices.json<{ devices: { id: string; current: boolean }[] }>().devices.find((d) => !d.current)?.id ?? '';

    const revoked = await signIn(app, clock, forRevoked);
    await app.inject({ method: 'POST', url: '/api/v1/staff/sign-out', headers: revoked.headers, payload: {} });
    const expired = await signIn(app, clock, forRevoked);
    await database()
      .db.updateTable('staff_sessions')
      .set({ expires_at: new Date(clock.now() - 1).toISOString() })
      .where('revoked_at', 'is', null)
      .where(
        'staff_id',
        '=',
        (
          await database()
            .db.selectFrom('staff')
            .select('id')
            .where('email', '=', forRevoked.email)
            .executeTakeFirstOrThrow()
        ).id,
      )
      .execute();

    context = {
      as: {
        anonymous: { headers: {} },
        patientA: { headers: patientA.auth },
        patientB: { headers: patientB.auth },
        linkedTherapist: { headers: linked.headers },
        otherPractice: { headers: (other.therapists[0] as TestStaff).headers },
        unlinkedTherapist: { headers: unlinked.headers },
        administrator: { headers: practice.admin.headers },
        revokedSession: { headers: revoked.headers },
        expiredSession: { headers: expired.headers },
      },
      patientA: { ...patientA, linkId: linkA.json<{ id: string }>().id, spareDeviceId, spareToken },
      spareStaffId,
      linked,
    };
  });
  afterAll(async () => {
    await app.close();
  });

  it('has a row for every /api route', () => {
    expect([...routes].sort()).toEqual(MATRIX.map((row) => `${row.method} ${row.route}`).sort());
  });

  it('gives every caller the expected status on every route', async () => {
    const mismatches: string[] = [];
    for (const row of MATRIX) {
      const expected = row.expect.split(/\s+/);
      expect(expected, row.route).toHaveLength(ROLES.length);
      for (const [i, role] of ROLES.entries()) {
        let headers = context.as[role].headers;
        if (row.headersFor?.(role, context)) {
          // A device of the caller's own, made for this cell, which the route may sign out.
          const owner = role === 'patientA' ? context.patientA : await createPatient(app);
          const fresh = await app.inject({
            method: 'POST',
            url: '/api/v1/restore',
            payload: { recoveryCode: owner.recoveryCode },
          });
          headers = { authorization: `Bearer ${fresh.json<{ token: string }>().token}` };
        }
        const response = await app.inject({
          method: row.method,
          url: row.url(context),
          headers,
          ...(row.payload ? { payload: row.payload(context) } : {}),
        });
        if (String(response.statusCode) !== expected[i]) {
          mismatches.push(
            `${row.method} ${row.route} as ${role}: ${response.statusCode} (expected ${expected[i]}) ${response.body.slice(0, 120)}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('ends the linked therapist’s access with the unlink at the end of the matrix', async () => {
    const again = await signIn(app, clock, context.linked);
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/therapist/patients/${context.patientA.patientId}`,
      headers: again.headers,
    });
    expect(response.statusCode).toBe(404);
  });
});
