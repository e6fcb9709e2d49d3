import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase, dumpData } from '../testing/databases.js';
import { createPatient, TestClock, type TestPatient, testApp } from '../testing/fixtures.js';
import { TOKEN_IDLE_EXPIRY_MS } from './patientService.js';
import { hashSecret } from './secrets.js';

describeEachDatabase('patient identity over HTTP', ({ database }) => {
  let app: FastifyInstance;
  beforeAll(() => {
    app = testApp(database());
  });
  afterAll(() => app.close());

  it('creates an anonymous patient from an empty body or {}: 201 with patientId, token and recoveryCode', async () => {
    for (const request of [
      {},
      { payload: {} },
      { headers: { 'content-type': 'application/json' }, payload: '' },
      { headers: { 'content-type': 'application/json; charset=utf-8' }, payload: '{}' },
    ]) {
      const response = await app.inject({ method: 'POST', url: '/api/v1/patients', ...request });
      expect(response.statusCode).toBe(201);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(Object.keys(response.json()).sort()).toEqual(['patientId', 'recoveryCode', 'token']);
    }
  });

  it('stores neither the token nor the recovery code, only their hashes', async () => {
    const patient = await createPatient(app);
    const data = await dumpData(database());
    expect(data).not.toContain(patient.token);
    expect(data).not.toContain(patient.recoveryCode.replace(/-/g, ''));
    expect(data).toContain(hashSecret(patient.token));
  });

  it('restores with the recovery code on a new device: 200 with a new working token', async () => {
    const patient = await createPatient(app);
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/restore',
      payload: { recoveryCode: patient.recoveryCode.toLowerCase().replace(/-/g, ' ') },
    });
    expect(response.statusCode).toBe(200);
    const restored = response.json<{ patientId: string; token: string }>();
    expect(restored.patientId).toBe(patient.patientId);
    const sync = await app.inject({
      method: 'POST',
      url: '/api/v1/sync',
      headers: { authorization: `Bearer ${restored.token}` },
      payload: { cursor: 0, changes: [] },
    });
    expect(sync.statusCode).toBe(200);
  });

  it('answers a wrong recovery code with 401 recovery_code_unknown, and changes nothing', async () => {
    await createPatient(app);
    const before = await dumpData(database());
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/restore',
      payload: { recoveryCode: '0000-0000-0000-0000-0000' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ error: 'recovery_code_unknown', message: expect.any(String) });
    expect(await dumpData(database())).toBe(before);
  });

  it('revokes the calling device (204); its token then gets 401 token_revoked, other devices keep working', async () => {
    const patient = await createPatient(app);
    const restored = (
      await app.inject({ method: 'POST', url: '/api/v1/restore', payload: { recoveryCode: patient.recoveryCode } })
    ).json<{ token: string }>();
    const revoke = await app.inject({ method: 'POST', url: '/api/v1/devices/revoke', headers: patient.auth });
    expect(revoke.statusCode).toBe(204);
    expect(revoke.body).toBe('');
    const after = await app.inject({
      method: 'POST',
      url: '/api/v1/sync',
      headers: patient.auth,
      payload: { cursor: 0 },
    });
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ error: 'token_revoked' });
    const again = await app.inject({ method: 'POST', url: '/api/v1/devices/revoke', headers: patient.auth });
    expect(again.json()).toMatchObject({ error: 'token_revoked' });
    const other = await app.inject({
      method: 'POST',
      url: '/api/v1/sync',
      headers: { authorization: `Bearer ${restored.token}` },
      payload: { cursor: 0 },
    });
    expect(other.statusCode).toBe(200);
  });

  it('rate-limits restore per address: 429 rate_limited with a clear message after the limit', async () => {
    const limited = testApp(database(), { rateLimits: { restore: { max: 2, timeWindowMs: 60_000 } } });
    try {
      // An address of its own: the counters live in the database this file shares.
      const attempt = () =>
        limited.inject({
          method: 'POST',
          url: '/api/v1/restore',
          remoteAddress: '192.0.2.6',
          payload: { recoveryCode: '0000-0000-0000-0000-0000' },
        });
      expect((await attempt()).statusCode).toBe(401);
      expect((await attempt()).statusCode).toBe(401);
      const blocked = await attempt();
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json()).toEqual({
        error: 'rate_limited',
        message: expect.stringMatching(/too many attempts.*try again in/),
      });
      expect(blocked.headers['retry-after']).toBeDefined();
      // Another address is not affected.
      const elsewhere = await limited.inject({
        method: 'POST',
        url: '/api/v1/restore',
        remoteAddress: '192.0.2.7',
        payload: { recoveryCode: '0000-0000-0000-0000-0000' },
      });
      expect(elsewhere.statusCode).toBe(401);
    } finally {
      await limited.close();
    }
  });

  it('rate-limits creating patients per address', async () => {
    const limited = testApp(database(), { rateLimits: { createPatient: { max: 1, timeWindowMs: 60_000 } } });
    try {
      const create = () => limited.inject({ method: 'POST', url: '/api/v1/patients', remoteAddress: '192.0.2.8' });
      expect((await create()).statusCode).toBe(201);
      const blocked = await create();
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json()).toMatchObject({ error: 'rate_limited' });
    } finally {
      await limited.close();
    }
  });

  type DeviceList = {
    devices: { id: string; name: string | null; createdAt: string; lastSeenAt: string; current: boolean }[];
    recoveryCodeRenewedAt: string | null;
  };
  const restore = (payload: object) => app.inject({ method: 'POST', url: '/api/v1/restore', payload });
  const asDevice = (token: string): TestPatient['auth'] => ({ authorization: `Bearer ${token}` });
  const listDevices = async (auth: TestPatient['auth']) => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/devices', headers: auth });
    expect(response.statusCode).toBe(200);
    return response.json<DeviceList>();
  };
  const sync = (auth: TestPatient['auth']) =>
    app.inject({ method: 'POST', url: '/api/v1/sync', headers: auth, payload: { cursor: 0 } });

  it('lists the devices by name with when they were last seen, this one first, never a token or its hash', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/patients',
      payload: { deviceName: '  Android phone · Chrome  ' },
    });
    const patient = created.json<{ token: string; recoveryCode: string }>();
    const second = (await restore({ recoveryCode: patient.recoveryCode, deviceName: 'iPad' })).json<{
      token: string;
    }>();
    const response = await app.inject({ method: 'GET', url: '/api/v1/devices', headers: asDevice(second.token) });
    expect(response.headers['cache-control']).toBe('no-store');
    const list = response.json<DeviceList>();
    expect(list.devices).toEqual([
      {
        id: expect.any(String),
        name: 'iPad',
        createdAt: expect.any(String),
        lastSeenAt: expect.any(String),
        current: true,
      },
      {
        id: expect.any(String),
        name: 'Android phone · Chrome',
        createdAt: expect.any(String),
        lastSeenAt: expect.any(String),
        current: false,
      },
    ]);
    expect(list.recoveryCodeRenewedAt).toBeNull();
    for (const secret of [patient.token, second.token, hashSecret(patient.token), hashSecret(second.token)]) {
      expect(response.body).not.toContain(secret);
    }
  });

  it('refuses a device name that is empty, too long, not text or has a new line, naming deviceName', async () => {
    const patient = await createPatient(app);
    const before = await dumpData(database());
    for (const deviceName of ['', '   ', 'x'.repeat(61), 42, 'two\nlines']) {
      for (const request of [
        { url: '/api/v1/patients', payload: { deviceName } },
        { url: '/api/v1/restore', payload: { recoveryCode: patient.recoveryCode, deviceName } },
      ]) {
        const response = await app.inject({ method: 'POST', ...request });
        expect(response.statusCode, JSON.stringify(deviceName)).toBe(400);
        const body = response.json<{ error: string; issues: { field: string; message: string }[] }>();
        expect(body.error).toBe('invalid_request');
        expect(body.issues).toEqual([expect.objectContaining({ field: 'deviceName', message: expect.any(String) })]);
      }
    }
    expect(await dumpData(database())).toBe(before);
    // 60 characters after trimming is the most.
    expect((await restore({ recoveryCode: patient.recoveryCode, deviceName: ` ${'x'.repeat(60)} ` })).statusCode).toBe(
      200,
    );
  });

  it("ends another device by its id (204): that device's next sync gets 401 token_revoked, this one keeps working", async () => {
    const patient = await createPatient(app);
    const lost = (await restore({ recoveryCode: patient.recoveryCode, deviceName: 'lost phone' })).json<{
      token: string;
    }>();
    const lostId = (await listDevices(patient.auth)).devices.find((device) => device.name === 'lost phone')?.id;
    const ended = await app.inject({
      method: 'POST',
      url: `/api/v1/devices/${lostId}/revoke`,
      headers: patient.auth,
    });
    expect(ended.statusCode).toBe(204);
    const after = await sync(asDevice(lost.token));
    expect(after.statusCode).toBe(401);
    expect(after.headers['www-authenticate']).toBe('Bearer');
    expect(after.json()).toMatchObject({ error: 'token_revoked' });
    expect((await sync(patient.auth)).statusCode).toBe(200);
    expect((await listDevices(patient.auth)).devices.map((device) => device.current)).toEqual([true]);
    // The old route still signs out the device that asks.
    expect(
      (await app.inject({ method: 'POST', url: '/api/v1/devices/revoke', headers: patient.auth })).statusCode,
    ).toBe(204);
    expect((await sync(patient.auth)).json()).toMatchObject({ error: 'token_revoked' });
  });

  it("answers another patient's device id exactly like an unknown one (404 device_unknown) and ends nothing", async () => {
    const mine = await createPatient(app);
    const theirs = await createPatient(app);
    const theirId = (await listDevices(theirs.auth)).devices[0]?.id;
    const before = await dumpData(database());
    const other = await app.inject({ method: 'POST', url: `/api/v1/devices/${theirId}/revoke`, headers: mine.auth });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/v1/devices/01935a2e-0000-7000-8000-00000000abcd/revoke',
      headers: mine.auth,
    });
    expect([other.statusCode, unknown.statusCode]).toEqual([404, 404]);
    expect(other.json()).toEqual(unknown.json());
    expect(other.json()).toMatchObject({ error: 'device_unknown' });
    expect(await dumpData(database())).toBe(before);
    const malformed = await app.inject({ method: 'POST', url: '/api/v1/devices/abc/revoke', headers: mine.auth });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ issues: [{ field: 'id', code: 'invalid_format' }] });
  });

  it('restores with endOtherDevices: every other device is signed out in the same step', async () => {
    const patient = await createPatient(app);
    const second = (await restore({ recoveryCode: patient.recoveryCode })).json<{ token: string }>();
    const response = await restore({ recoveryCode: patient.recoveryCode, endOtherDevices: true, deviceName: 'new' });
    expect(response.statusCode).toBe(200);
    const third = response.json<{ token: string; endedDevices: number }>();
    expect(third.endedDevices).toBe(2);
    for (const auth of [patient.auth, asDevice(second.token)]) {
      expect((await sync(auth)).json()).toMatchObject({ error: 'token_revoked' });
    }
    expect((await sync(asDevice(third.token))).statusCode).toBe(200);
    expect((await listDevices(asDevice(third.token))).devices.map((device) => device.name)).toEqual(['new']);
  });

  it('renews the recovery code (no-store, stored as a hash only): the old code fails at once, the new one restores', async () => {
    const patient = await createPatient(app);
    const response = await app.inject({ method: 'POST', url: '/api/v1/recovery-code', headers: patient.auth });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const renewed = response.json<{ recoveryCode: string; renewedAt: string }>();
    expect(Object.keys(renewed).sort()).toEqual(['recoveryCode', 'renewedAt']);
    expect(await dumpData(database())).not.toContain(renewed.recoveryCode.replace(/-/g, ''));
    const old = await restore({ recoveryCode: patient.recoveryCode });
    expect(old.statusCode).toBe(401);
    expect(old.json()).toMatchObject({ error: 'recovery_code_unknown' });
    const fresh = await restore({ recoveryCode: renewed.recoveryCode });
    expect(fresh.statusCode).toBe(200);
    expect(fresh.json()).toMatchObject({ patientId: patient.patientId });
    // Devices stay signed in; the list says when the code changed, so a device can tell its copy is old.
    expect((await sync(patient.auth)).statusCode).toBe(200);
    expect((await listDevices(patient.auth)).recoveryCodeRenewedAt).toBe(renewed.renewedAt);
  });

  it('expires a token after 180 days without use: 401 token_expired, and the recovery code links the device again', async () => {
    const clock = new TestClock();
    const timed = testApp(database(), { clock });
    try {
      const patient = await createPatient(timed);
      clock.advance(TOKEN_IDLE_EXPIRY_MS + 60 * 60 * 1000);
      const expired = await timed.inject({
        method: 'POST',
        url: '/api/v1/sync',
        headers: patient.auth,
        payload: { cursor: 0 },
      });
      expect(expired.statusCode).toBe(401);
      expect(expired.headers['www-authenticate']).toBe('Bearer');
      expect(expired.json()).toEqual({ error: 'token_expired', message: expect.stringMatching(/recovery code/) });
      const restored = await timed.inject({
        method: 'POST',
        url: '/api/v1/restore',
        payload: { recoveryCode: patient.recoveryCode },
      });
      const token = restored.json<{ token: string }>().token;
      const again = await timed.inject({
        method: 'POST',
        url: '/api/v1/sync',
        headers: asDevice(token),
        payload: { cursor: 0 },
      });
      expect(again.statusCode).toBe(200);
    } finally {
      await timed.close();
    }
  });
});
