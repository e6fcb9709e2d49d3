import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase, dumpData } from '../testing/databases.js';
import { createPatient, testApp } from '../testing/fixtures.js';
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
});
