import { CreatePatientRequest, SyncRequest } from '@veerkracht/contract';
import { validateSyncChange } from '@veerkracht/core';
import fc from 'fast-check';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase, dumpData } from '../testing/databases.js';
import { checkIn, createPatient, NOW, type TestPatient, TODAY, testApp } from '../testing/fixtures.js';

/**
 * Bad input of every kind at every route: the answer is always a 4xx in the
 * API's error format, never a 500, and the database is left exactly as it was.
 */

/**
 * `accepts` says which JSON bodies the route takes (the property test sends only others); `null` for a route
 * that reads no body (GET). `{device}` in a URL stands for a second, real device of the test's patient, so
 * a refused request is seen not to end it.
 */
type Route = {
  method: 'GET' | 'POST';
  url: string;
  auth: boolean;
  accepts: ((body: unknown) => boolean) | null;
};

const isEmptyObject = (v: unknown) =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0;

const ROUTES: Route[] = [
  {
    method: 'POST',
    url: '/api/v1/patients',
    auth: false,
    accepts: (body) => CreatePatientRequest.safeParse(body).success,
  },
  { method: 'POST', url: '/api/v1/restore', auth: false, accepts: () => false },
  { method: 'POST', url: '/api/v1/devices/revoke', auth: true, accepts: isEmptyObject },
  { method: 'GET', url: '/api/v1/devices', auth: true, accepts: null },
  { method: 'POST', url: '/api/v1/devices/{device}/revoke', auth: true, accepts: isEmptyObject },
  { method: 'POST', url: '/api/v1/recovery-code', auth: true, accepts: isEmptyObject },
  { method: 'POST', url: '/api/v1/sync', auth: true, accepts: (body) => SyncRequest.safeParse(body).success },
];

const RAW_BODIES = [
  '{',
  '[',
  'nul',
  '{"a":}',
  "{'single': 'quotes'}",
  '{"cursor": 0,}',
  '{"__proto__": {"admin": true}}',
  '{"constructor": {"prototype": {"admin": true}}}',
  '\u0000',
  '"just a string"',
  '42',
  'null',
  'true',
  '[]',
  '[{"cursor":0}]',
  '{"cursor": 1e999}',
  '{"cursor": -0.5}',
  '{"cursor": "0"}',
  '{"cursor": null, "changes": null}',
  `${'['.repeat(50_000)}${']'.repeat(50_000)}`,
  `{"cursor":0,"changes":${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
  '{"recoveryCode": 12345}',
  `{"recoveryCode": "${'A'.repeat(5000)}"}`,
  '{"recoveryCode": "\\ud800"}',
  '{"deviceName": ""}',
  '{"deviceName": "   "}',
  '{"deviceName": "line\\nbreak"}',
  `{"deviceName": "${'x'.repeat(61)}"}`,
  '{"deviceName": 7}',
  '{"recoveryCode": "0000-0000-0000-0000-0000", "endOtherDevices": "yes"}',
];

const CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/octet-stream',
  'application/jsonx',
];

/** A change with one field made wrong, so the push as a whole must fail. */
const badChange = fc
  .record({
    field: fc.constantFrom('id', 'type', 'data', 'hlc', 'deleted', 'extra', 'data.pain', 'data.date', 'data.note'),
    value: fc.oneof(
      fc.constantFrom(null, '', 'x', -1, 11, 3.5, true, [], {}, '2026-13-01', 'x'.repeat(2001), 'NaN'),
      fc.jsonValue({ maxDepth: 2 }),
    ),
  })
  .map(({ field, value }) => {
    const change: Record<string, unknown> = { ...checkIn(1), data: { ...(checkIn(1).data as object) } };
    if (field.startsWith('data.')) (change.data as Record<string, unknown>)[field.slice(5)] = value;
    else change[field] = value;
    return change;
  })
  // Some mutations stay valid (e.g. a note of 'x'); the core's validator decides which to keep.
  .filter((change) => !validateSyncChange(change, { nowMs: NOW, today: TODAY }).ok);

describeEachDatabase('bad input at every route', ({ database }) => {
  let app: FastifyInstance;
  let patient: TestPatient;
  let secondDevice: string;
  let before: string;

  beforeAll(async () => {
    app = testApp(database());
    patient = await createPatient(app);
    // Some data to protect.
    await app.inject({
      method: 'POST',
      url: '/api/v1/sync',
      headers: patient.auth,
      payload: { cursor: 0, changes: [checkIn(1), checkIn(2)] },
    });
    await app.inject({ method: 'POST', url: '/api/v1/restore', payload: { recoveryCode: patient.recoveryCode } });
    const list = await app.inject({ method: 'GET', url: '/api/v1/devices', headers: patient.auth });
    const devices = list.json<{ devices: { id: string; current: boolean }[] }>().devices;
    secondDevice = devices.find((device) => !device.current)?.id ?? '';
    expect(secondDevice).not.toBe('');
    before = await dumpData(database());
  });

  const urlOf = (route: Route) => route.url.replace('{device}', secondDevice);
  const withBody = () => ROUTES.filter((route) => route.accepts !== null);
  afterAll(() => app.close());

  async function expectRefused(request: InjectOptions): Promise<void> {
    const response = await app.inject(request);
    const label = `${request.method} ${request.url} ${String(request.payload).slice(0, 80)}`;
    expect(response.statusCode, label).toBeGreaterThanOrEqual(400);
    expect(response.statusCode, `${label}: ${response.body.slice(0, 200)}`).toBeLessThan(500);
    if (request.method !== 'HEAD') {
      const body = response.json<{ error: unknown; message: unknown }>();
      expect(typeof body.error, label).toBe('string');
      expect(typeof body.message, label).toBe('string');
    }
  }

  const headersFor = (route: Route, extra: Record<string, string> = {}) => ({
    ...(route.auth ? patient.auth : {}),
    ...extra,
  });

  it('refuses malformed JSON and JSON of the wrong shape', async () => {
    for (const route of withBody()) {
      for (const raw of RAW_BODIES) {
        await expectRefused({
          method: route.method,
          url: urlOf(route),
          headers: headersFor(route, { 'content-type': 'application/json' }),
          payload: raw,
        });
      }
    }
    expect(await dumpData(database())).toBe(before);
  });

  it('refuses bodies that are not JSON (415) and bodies over 1 MB (413)', async () => {
    for (const route of withBody()) {
      for (const type of CONTENT_TYPES) {
        await expectRefused({
          method: route.method,
          url: urlOf(route),
          headers: headersFor(route, { 'content-type': type }),
          payload: '{}',
        });
      }
      const huge = await app.inject({
        method: route.method,
        url: urlOf(route),
        headers: headersFor(route, { 'content-type': 'application/json' }),
        payload: `{"cursor":0,"pad":"${'x'.repeat(1_100_000)}"}`,
      });
      expect(huge.statusCode).toBe(413);
      expect(huge.json()).toMatchObject({ error: 'body_too_large' });
    }
    expect(await dumpData(database())).toBe(before);
  });

  it('refuses any other JSON value the route does not accept (property test)', async () => {
    for (const route of withBody()) {
      await fc.assert(
        fc.asyncProperty(
          fc.jsonValue({ maxDepth: 4 }).filter((value) => !route.accepts?.(value)),
          async (value) => {
            await expectRefused({
              method: route.method,
              url: urlOf(route),
              headers: headersFor(route, { 'content-type': 'application/json' }),
              payload: JSON.stringify(value),
            });
          },
        ),
        { numRuns: 60 },
      );
    }
    expect(await dumpData(database())).toBe(before);
  });

  it('refuses a push with one bad change among good ones, writing none of them (property test)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 5 }),
        badChange,
        fc.integer({ min: 0, max: 5 }),
        async (goodBefore, bad, goodAfter) => {
          const good = (n: number, offset: number) =>
            Array.from({ length: n }, (_, i) => checkIn(100 + offset + i, { at: 1000 + i }));
          await expectRefused({
            method: 'POST',
            url: '/api/v1/sync',
            headers: patient.auth,
            payload: { cursor: 0, changes: [...good(goodBefore, 0), bad, ...good(goodAfter, 10)] },
          });
        },
      ),
      { numRuns: 150 },
    );
    expect(await dumpData(database())).toBe(before);
  });

  it('refuses every kind of broken Authorization header with 401', async () => {
    const headers = [
      {},
      { authorization: '' },
      { authorization: 'Bearer' },
      { authorization: 'Bearer ' },
      { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` },
      { authorization: `Bearer ${patient.token}x` },
      { authorization: `Bearer ${patient.token.slice(1)}` },
      { authorization: `Bearer ${'a'.repeat(10_000)}` },
      { authorization: `Bearer ${patient.token} extra` },
      { authorization: `Token ${patient.token}` },
    ];
    for (const route of ROUTES.filter((r) => r.auth)) {
      for (const header of headers) {
        const response = await app.inject({
          method: route.method,
          url: urlOf(route),
          headers: { ...header, 'content-type': 'application/json' },
          payload: '{"cursor":0}',
        });
        expect(response.statusCode).toBe(401);
        expect(response.json()).toMatchObject({ error: 'unauthorized' });
      }
    }
    expect(await dumpData(database())).toBe(before);
  });

  it('refuses wrong methods, odd URLs and odd query strings without a 500', async () => {
    const requests: InjectOptions[] = [
      ...ROUTES.flatMap((route) =>
        (['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const)
          .filter((method) => method !== route.method)
          .map((method) => ({ method, url: urlOf(route) })),
      ),
      ...['not-a-device', '%00', '%E0%A4%A', 'x'.repeat(5000), `${secondDevice.toUpperCase()}x`].map((id) => ({
        method: 'POST' as const,
        url: `/api/v1/devices/${id}/revoke`,
        headers: patient.auth,
        payload: {},
      })),
      { method: 'POST', url: '/api/health' },
      { method: 'GET', url: '/api/v1/sync/' },
      { method: 'GET', url: '/api/%E0%A4%A' },
      { method: 'GET', url: `/api/${'x'.repeat(5000)}` },
      { method: 'POST', url: '/api/v1/patients?__proto__[a]=1', payload: { a: 1 } },
      { method: 'POST', url: '/api/v1/sync?cursor=%ZZ', headers: patient.auth, payload: { cursor: 'x' } },
    ];
    for (const request of requests) await expectRefused(request);
    expect(await dumpData(database())).toBe(before);
  });
});
