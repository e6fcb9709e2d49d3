import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../testing/databases.js';
import { checkIn, createPatient, recordId, syncAs, TestClock, type TestPatient, testApp } from '../testing/fixtures.js';
import { SoftAuthenticator } from '../testing/softAuthenticator.js';
import { RESTORE_CHALLENGE_TTL_MS } from './patientPasskeys.js';

const HOST = 'veerkracht.test:3000';
const ORIGIN = `http://${HOST}`;
const host = { host: HOST };

type RegistrationOptions = { challenge: string; rp: { id?: string }; user: { id: string } };
type RestoreOptions = { challengeId: string; options: { challenge: string; rpId?: string } };

describeEachDatabase('restoring with a passkey', ({ database }) => {
  let app: FastifyInstance;
  const clock = new TestClock();

  beforeAll(async () => {
    app = testApp(database(), { clock });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
  });

  async function addPasskey(patient: TestPatient, authenticator = new SoftAuthenticator(), origin = ORIGIN) {
    const options = await app.inject({
      method: 'POST',
      url: '/api/v1/passkeys/options',
      headers: { ...patient.auth, ...host },
      payload: {},
    });
    expect(options.statusCode).toBe(200);
    const response = authenticator.create(options.json<RegistrationOptions>(), origin);
    const added = await app.inject({
      method: 'POST',
      url: '/api/v1/passkeys',
      headers: { ...patient.auth, ...host },
      payload: { response },
    });
    return { authenticator, added };
  }

  async function restoreOptions(): Promise<RestoreOptions> {
    const options = await app.inject({
      method: 'POST',
      url: '/api/v1/restore/passkey/options',
      headers: host,
      payload: {},
    });
    expect(options.statusCode).toBe(200);
    return options.json<RestoreOptions>();
  }

  const restoreWith = (body: object) =>
    app.inject({ method: 'POST', url: '/api/v1/restore/passkey', headers: host, payload: body });

  it('restores on a new device with the passkey the person added, with the same records', async () => {
    const patient = await createPatient(app);
    expect((await syncAs(app, patient, { cursor: 0, changes: [checkIn(1)] })).statusCode).toBe(200);
    const { authenticator, added } = await addPasskey(patient);
    expect(added.statusCode).toBe(201);
    expect(added.json()).toEqual({ id: authenticator.id, createdAt: expect.any(String), lastUsedAt: null });

    const { challengeId, options } = await restoreOptions();
    const restored = await restoreWith({
      challengeId,
      response: authenticator.get(options, ORIGIN),
      deviceName: 'New phone',
    });
    expect(restored.statusCode).toBe(200);
    const body = restored.json<{ patientId: string; token: string; endedDevices: number }>();
    expect(body).toEqual({ patientId: patient.patientId, token: expect.any(String), endedDevices: 0 });

    const pulled = await syncAs(
      app,
      { ...patient, token: body.token, auth: { authorization: `Bearer ${body.token}` } },
      { cursor: 0, changes: [] },
    );
    expect(pulled.json<{ changes: { id: string }[] }>().changes.map((c) => c.id)).toEqual([recordId(1)]);
    const list = await app.inject({ method: 'GET', url: '/api/v1/passkeys', headers: patient.auth });
    expect(list.json()).toEqual({
      passkeys: [{ id: authenticator.id, createdAt: expect.any(String), lastUsedAt: expect.any(String) }],
    });
  });

  it('ends every other device when the restore asks for it, like a recovery-code restore', async () => {
    const patient = await createPatient(app);
    const { authenticator } = await addPasskey(patient);
    const { challengeId, options } = await restoreOptions();
    const restored = await restoreWith({
      challengeId,
      response: authenticator.get(options, ORIGIN),
      endOtherDevices: true,
    });
    expect(restored.json()).toMatchObject({ patientId: patient.patientId, endedDevices: 1 });
    const old = await app.inject({ method: 'GET', url: '/api/v1/devices', headers: patient.auth });
    expect(old.statusCode).toBe(401);
  });

  it('refuses a replayed answer: a challenge counts once', async () => {
    const patient = await createPatient(app);
    const { authenticator } = await addPasskey(patient);
    const { challengeId, options } = await restoreOptions();
    const answer = authenticator.get(options, ORIGIN);
    expect((await restoreWith({ challengeId, response: answer })).statusCode).toBe(200);
    const again = await restoreWith({ challengeId, response: answer });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ error: 'challenge_unknown', issues: [{ field: 'challengeId' }] });
  });

  it('refuses an answer to a challenge older than five minutes', async () => {
    const patient = await createPatient(app);
    const { authenticator } = await addPasskey(patient);
    const { challengeId, options } = await restoreOptions();
    clock.advance(RESTORE_CHALLENGE_TTL_MS + 1);
    const late = await restoreWith({ challengeId, response: authenticator.get(options, ORIGIN) });
    expect(late.statusCode).toBe(400);
    expect(late.json()).toMatchObject({ error: 'challenge_unknown' });
  });

  it('refuses a passkey no patient added with 401', async () => {
    const { challengeId, options } = await restoreOptions();
    const stranger = new SoftAuthenticator();
    stranger.create({ challenge: 'x', rp: {}, user: { id: 'eA' } }, ORIGIN);
    const refused = await restoreWith({ challengeId, response: stranger.get(options, ORIGIN) });
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toMatchObject({ error: 'passkey_unknown' });
  });

  it('refuses an answer signed for another origin, and it uses up the challenge', async () => {
    const patient = await createPatient(app);
    const { authenticator } = await addPasskey(patient);
    const { challengeId, options } = await restoreOptions();
    const wrong = await restoreWith({ challengeId, response: authenticator.get(options, 'https://evil.test') });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ error: 'passkey_failed', issues: [{ field: 'response' }] });
    const right = await restoreWith({ challengeId, response: authenticator.get(options, ORIGIN) });
    expect(right.json()).toMatchObject({ error: 'challenge_unknown' });
  });

  it('refuses an answer signed by another key than the one stored', async () => {
    const patient = await createPatient(app);
    const { authenticator } = await addPasskey(patient);
    const { challengeId, options } = await restoreOptions();
    const answer = authenticator.get(options, ORIGIN);
    const forged = {
      ...answer,
      response: { ...answer.response, signature: Buffer.alloc(70, 1).toString('base64url') },
    };
    const refused = await restoreWith({ challengeId, response: forged });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ error: 'passkey_failed' });
  });

  it('forgets the passkeys of an erased patient: they restore nothing', async () => {
    const patient = await createPatient(app);
    const { authenticator } = await addPasskey(patient);
    const erased = await app.inject({ method: 'DELETE', url: '/api/v1/patients/me', headers: patient.auth });
    expect(erased.statusCode).toBe(204);
    const rows = await database()
      .db.selectFrom('patient_passkeys')
      .select('id')
      .where('id', '=', authenticator.id)
      .execute();
    expect(rows).toEqual([]);
    const { challengeId, options } = await restoreOptions();
    const refused = await restoreWith({ challengeId, response: authenticator.get(options, ORIGIN) });
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toMatchObject({ error: 'passkey_unknown' });
  });

  it('stops restoring with a passkey the person removed', async () => {
    const patient = await createPatient(app);
    const { authenticator } = await addPasskey(patient);
    const other = await createPatient(app);
    const url = `/api/v1/passkeys/${authenticator.id}`;
    expect((await app.inject({ method: 'DELETE', url, headers: other.auth })).statusCode).toBe(404);
    expect((await app.inject({ method: 'DELETE', url, headers: patient.auth })).statusCode).toBe(204);
    const { challengeId, options } = await restoreOptions();
    const refused = await restoreWith({ challengeId, response: authenticator.get(options, ORIGIN) });
    expect(refused.statusCode).toBe(401);
  });

  it('refuses a registration without options first, and one made for another origin', async () => {
    const patient = await createPatient(app);
    const authenticator = new SoftAuthenticator();
    const response = authenticator.create({ challenge: 'bm90LWFza2Vk', rp: {}, user: { id: 'eA' } }, ORIGIN);
    const unasked = await app.inject({
      method: 'POST',
      url: '/api/v1/passkeys',
      headers: { ...patient.auth, ...host },
      payload: { response },
    });
    expect(unasked.statusCode).toBe(409);
    expect(unasked.json()).toMatchObject({ error: 'no_challenge' });
    const { added } = await addPasskey(patient, authenticator, 'https://evil.test');
    expect(added.statusCode).toBe(400);
    expect(added.json()).toMatchObject({ error: 'passkey_failed' });
    const list = await app.inject({ method: 'GET', url: '/api/v1/passkeys', headers: patient.auth });
    expect(list.json()).toEqual({ passkeys: [] });
  });

  it('names the field of a malformed restore body with 400', async () => {
    const missing = await restoreWith({ response: { id: 'a', rawId: 'a', type: 'public-key', response: {} } });
    expect(missing.statusCode).toBe(400);
    expect(JSON.stringify(missing.json())).toContain('challengeId');
    const notAnAnswer = await restoreWith({ challengeId: 'x', response: { id: 'a' } });
    expect(notAnAnswer.statusCode).toBe(400);
    expect(JSON.stringify(notAnAnswer.json())).toContain('response');
  });
});
