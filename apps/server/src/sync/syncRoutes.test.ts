import { SyncResponse } from '@veerkracht/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase, dumpData } from '../testing/databases.js';
import { checkIn, createPatient, NOW, recordId, syncAs, TestClock, testApp } from '../testing/fixtures.js';

describeEachDatabase('sync over HTTP', ({ database }) => {
  let app: FastifyInstance;
  const clock = new TestClock();
  beforeAll(() => {
    app = testApp(database(), { clock });
  });
  afterAll(() => app.close());

  it('pushes and pulls in one round trip: 200 { cursor, changes, more, serverTime }', async () => {
    const patient = await createPatient(app);
    const response = await syncAs(app, patient, { cursor: 0, changes: [checkIn(1), checkIn(2)] });
    expect(response.statusCode).toBe(200);
    const body = SyncResponse.parse(response.json());
    expect(body).toEqual({ cursor: 2, changes: [checkIn(1), checkIn(2)], more: false, serverTime: NOW });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('treats a missing changes list as a pull', async () => {
    const patient = await createPatient(app);
    await syncAs(app, patient, { cursor: 0, changes: [checkIn(1)] });
    const response = await syncAs(app, patient, { cursor: 0 });
    expect(response.json()).toMatchObject({ cursor: 1, changes: [checkIn(1)], more: false });
  });

  it('is idempotent: the same push twice stores nothing new', async () => {
    const patient = await createPatient(app);
    const push = { cursor: 0, changes: [checkIn(1), checkIn(2, { deleted: true })] };
    await syncAs(app, patient, push);
    const before = await dumpData(database());
    const again = await syncAs(app, patient, { ...push, cursor: 2 });
    expect(again.json()).toMatchObject({ cursor: 2, changes: [], more: false });
    expect(await dumpData(database())).toBe(before);
  });

  it('keeps the later clock per record (last writer wins), over several devices', async () => {
    const patient = await createPatient(app);
    const phone = checkIn(1, { at: 2_000, pain: 6, node: 'aaaaaaaaaaaaaaaa' });
    const tablet = checkIn(1, { at: 1_000, pain: 2, node: 'bbbbbbbbbbbbbbbb' });
    await syncAs(app, patient, { cursor: 0, changes: [phone] });
    const late = await syncAs(app, patient, { cursor: 0, changes: [tablet] });
    expect(late.json()).toMatchObject({ cursor: 1, changes: [phone] });
  });

  it('pages pulls of more than 1,000 changes with more=true and a cursor to continue from', async () => {
    const patient = await createPatient(app);
    for (let batch = 0; batch < 3; batch++) {
      const changes = Array.from({ length: 500 }, (_, i) => checkIn(batch * 500 + i + 1, { date: '2026-11-20' }));
      expect((await syncAs(app, patient, { cursor: 0, changes })).statusCode).toBe(200);
    }
    const first = SyncResponse.parse((await syncAs(app, patient, { cursor: 0 })).json());
    expect(first.changes).toHaveLength(1000);
    expect(first).toMatchObject({ cursor: 1000, more: true });
    const second = SyncResponse.parse((await syncAs(app, patient, { cursor: first.cursor })).json());
    expect(second.changes).toHaveLength(500);
    expect(second).toMatchObject({ cursor: 1500, more: false });
    expect(second.changes[0]?.id).toBe(recordId(1001));
  });

  it("isolates patients: A never sees B's records, even with the same record ids", async () => {
    const a = await createPatient(app);
    const b = await createPatient(app);
    await syncAs(app, a, { cursor: 0, changes: [checkIn(1, { pain: 1 }), checkIn(2)] });
    await syncAs(app, b, { cursor: 0, changes: [checkIn(1, { at: 10, pain: 9 })] });
    const seenByA = (await syncAs(app, a, { cursor: 0 })).json<{ changes: unknown[] }>();
    const seenByB = (await syncAs(app, b, { cursor: 0 })).json<{ changes: unknown[] }>();
    expect(seenByA.changes).toEqual([checkIn(1, { pain: 1 }), checkIn(2)]);
    expect(seenByB.changes).toEqual([checkIn(1, { at: 10, pain: 9 })]);
  });

  it('rejects the whole push when one change is invalid: 400 naming changes.N.field, nothing written', async () => {
    const patient = await createPatient(app);
    const before = await dumpData(database());
    const response = await syncAs(app, patient, {
      cursor: 0,
      changes: [checkIn(1), checkIn(2), checkIn(3), { ...checkIn(4), data: { date: '2026-11-25', pain: 12 } }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: 'invalid_request',
      message: expect.stringContaining('nothing was saved'),
      issues: [{ field: 'changes.3.data.pain', code: 'out_of_range', message: expect.any(String), min: 0, max: 10 }],
    });
    expect(await dumpData(database())).toBe(before);
  });

  it("refuses a clock more than an hour ahead of the server's clock", async () => {
    const patient = await createPatient(app);
    const response = await syncAs(app, patient, { cursor: 0, changes: [checkIn(1, { at: 2 * 60 * 60 * 1000 })] });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toEqual([expect.objectContaining({ field: 'changes.0.hlc', code: 'clock_ahead' })]);
  });

  it('answers 413 body_too_large over 1 MB, 415 for a non-JSON body, 400 invalid_json for broken JSON', async () => {
    const patient = await createPatient(app);
    const big = JSON.stringify({ cursor: 0, changes: [{ ...checkIn(1), data: { note: 'x'.repeat(1_100_000) } }] });
    const tooLarge = await app.inject({
      method: 'POST',
      url: '/api/v1/sync',
      headers: { ...patient.auth, 'content-type': 'application/json' },
      payload: big,
    });
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json()).toMatchObject({ error: 'body_too_large' });
    const text = await app.inject({
      method: 'POST',
      url: '/api/v1/sync',
      headers: { ...patient.auth, 'content-type': 'text/plain' },
      payload: 'cursor=0',
    });
    expect(text.statusCode).toBe(415);
    expect(text.json()).toMatchObject({ error: 'unsupported_media_type' });
    const broken = await app.inject({
      method: 'POST',
      url: '/api/v1/sync',
      headers: { ...patient.auth, 'content-type': 'application/json' },
      payload: '{"cursor": 0,',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toMatchObject({ error: 'invalid_json' });
  });

  it('names wrong envelope fields: cursor, changes, unknown keys', async () => {
    const patient = await createPatient(app);
    const response = await syncAs(app, patient, { cursor: -1, changes: 'all', since: 3 });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toEqual([
      expect.objectContaining({ field: 'cursor', code: 'out_of_range', min: 0 }),
      expect.objectContaining({ field: 'changes', code: 'not_an_array' }),
      expect.objectContaining({ field: 'since', code: 'unknown_field' }),
    ]);
    const tooMany = await syncAs(app, patient, {
      cursor: 0,
      changes: Array.from({ length: 501 }, (_, i) => checkIn(i)),
    });
    expect(tooMany.json().issues).toEqual([expect.objectContaining({ field: 'changes', code: 'too_many', max: 500 })]);
  });

  it('answers 401 unauthorized without a token or with an unknown one, before reading the body', async () => {
    for (const headers of [{}, { authorization: 'Bearer nope' }, { authorization: `Bearer ${'A'.repeat(43)}` }]) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/sync',
        headers: { ...headers, 'content-type': 'application/json' },
        payload: '{not even json',
      });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({ error: 'unauthorized', message: expect.any(String) });
      expect(response.headers['www-authenticate']).toBe('Bearer');
    }
  });
});
