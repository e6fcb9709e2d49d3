import { Readable } from 'node:stream';
import { MAX_BODY_BYTES, MAX_JSON_DEPTH, RECORD_EXAMPLES, SyncRequestDocument } from '@veerkracht/contract';
import { RECORD_TYPES } from '@veerkracht/core';
import type { FastifyInstance, InjectOptions, RouteOptions } from 'fastify';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { describeEachDatabase } from '../testing/databases.js';
import { checkIn, createPatient, hlc, recordId, syncAs, type TestPatient, testApp } from '../testing/fixtures.js';
import { SMALL_BODY_BYTES, SMALL_BODY_ROUTES } from './bodyAdmission.js';
import { jsonNestingDepth } from './jsonDepth.js';

/**
 * Cheap attacks that cost a lot (issue 9, point 5; decision 0026): a body is
 * read and parsed only for a route that exists and has admitted the client.
 * "Not parsed" is seen two ways: a malformed body gets the route's refusal
 * (404, 401, 413) instead of 400 `invalid_json`, and `JSON.parse` is never
 * called with a valid megabyte.
 */

/** Malformed and nested a million levels deep: parsing or even scanning it would answer 400. */
const MEGABYTE_NESTED = '['.repeat(MAX_BODY_BYTES - 1);
/** Valid JSON, just under the body limit: refused for another reason, it must not reach `JSON.parse`. */
const MEGABYTE_VALID = JSON.stringify({ pad: 'x'.repeat(MAX_BODY_BYTES - 100) });

const json = { 'content-type': 'application/json' };

/** `[[[…0…]]]`, `levels` deep. */
const nested = (levels: number) => `${'['.repeat(levels)}0${']'.repeat(levels)}`;

/** How deeply a JSON schema lets arrays and objects nest (open objects count their known properties). */
function schemaDepth(schema: unknown): number {
  if (typeof schema !== 'object' || schema === null) return 0;
  const node = schema as Record<string, unknown>;
  const alternatives = ['anyOf', 'oneOf', 'allOf'].flatMap((key) => (node[key] as unknown[] | undefined) ?? []);
  let own = 0;
  if (node.type === 'array') own = 1 + schemaDepth(node.items);
  if (node.type === 'object') {
    const properties = Object.values((node.properties as Record<string, unknown> | undefined) ?? {});
    own = 1 + Math.max(0, ...[...properties, node.additionalProperties].map(schemaDepth));
  }
  return Math.max(own, ...alternatives.map(schemaDepth));
}

describeEachDatabase('refusing before the body is read', ({ database }) => {
  let app: FastifyInstance;
  let patient: TestPatient;
  const routes: Pick<RouteOptions, 'method' | 'url' | 'onRequest'>[] = [];

  beforeAll(async () => {
    app = testApp(database());
    app.addHook('onRoute', (route) => {
      routes.push(route);
    });
    await app.ready();
    patient = await createPatient(app);
  });
  afterAll(() => app.close());
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** Sends `request` and tells whether `JSON.parse` saw a text of a megabyte meanwhile. */
  async function injectWatchingParse(request: InjectOptions) {
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const response = await app.inject(request);
      const parsedBig = parse.mock.calls.some(([text]) => typeof text === 'string' && text.length > 100_000);
      return { response, parsedBig };
    } finally {
      parse.mockRestore();
    }
  }

  it('answers an unknown route with 404 without parsing its body, even a megabyte of nested JSON', async () => {
    for (const [method, url] of [
      ['POST', '/api/v1/nothing-here'],
      ['POST', '/'],
      ['PUT', '/api/v1/sync'],
      ['DELETE', '/api/v1/patients'],
      ['POST', '/api/health'],
      ['OPTIONS', '/api/v1/sync'],
    ] as const) {
      const nestedBody = await app.inject({ method, url, headers: json, payload: MEGABYTE_NESTED });
      expect(nestedBody.statusCode, `${method} ${url}`).toBe(404);
      expect(nestedBody.json()).toEqual({ error: 'not_found', message: `no route for ${method} ${url}` });
      // Security headers come before the refusal; the unread body is not drained but the connection closed.
      expect(nestedBody.headers['x-content-type-options']).toBe('nosniff');
      expect(nestedBody.headers.connection).toBe('close');

      const { response, parsedBig } = await injectWatchingParse({
        method,
        url,
        headers: json,
        payload: MEGABYTE_VALID,
      });
      expect(response.statusCode).toBe(404);
      expect(parsedBig, `${method} ${url} parsed its body`).toBe(false);
    }
    // Without a body there is nothing to drop: the connection stays open.
    const empty = await app.inject({ method: 'POST', url: '/api/v1/nothing-here' });
    expect(empty.statusCode).toBe(404);
    expect(empty.headers.connection).not.toBe('close');
  });

  it('answers an unauthenticated sync push of a megabyte with 401 without parsing it', async () => {
    for (const auth of [{}, { authorization: 'Bearer not-a-token' }, { authorization: 'Basic dXNlcjpwYXNz' }]) {
      const nestedBody = await app.inject({
        method: 'POST',
        url: '/api/v1/sync',
        headers: { ...json, ...auth },
        payload: MEGABYTE_NESTED,
      });
      expect(nestedBody.statusCode).toBe(401);
      expect(nestedBody.headers['www-authenticate']).toBe('Bearer');

      const { response, parsedBig } = await injectWatchingParse({
        method: 'POST',
        url: '/api/v1/sync',
        headers: { ...json, ...auth },
        payload: MEGABYTE_VALID,
      });
      expect(response.statusCode).toBe(401);
      expect(parsedBig).toBe(false);
    }
    // The control: with a token the same valid megabyte is parsed (and then refused by its shape).
    const { response, parsedBig } = await injectWatchingParse({
      method: 'POST',
      url: '/api/v1/sync',
      headers: { ...json, ...patient.auth },
      payload: MEGABYTE_VALID,
    });
    expect(response.statusCode).toBe(400);
    expect(parsedBig).toBe(true);
  });

  it('admits a body to every route that takes one only after a token or a rate limit, never parsing it before', async () => {
    const withBody = routes.filter((route) =>
      [route.method].flat().some((method) => !['GET', 'HEAD', 'TRACE'].includes(method)),
    );
    expect(withBody.map((route) => route.url).sort()).toEqual([
      '/api/v1/devices/:id/revoke',
      '/api/v1/devices/revoke',
      '/api/v1/links',
      '/api/v1/links/:id',
      '/api/v1/links/preview',
      '/api/v1/passkeys',
      '/api/v1/passkeys/:id',
      '/api/v1/passkeys/options',
      '/api/v1/patients',
      '/api/v1/patients/me',
      '/api/v1/practice/retention',
      '/api/v1/practice/staff',
      '/api/v1/practice/staff/:id',
      '/api/v1/recovery-code',
      '/api/v1/reminders/calendar',
      '/api/v1/reminders/calendar',
      '/api/v1/reminders/push-subscriptions',
      '/api/v1/reminders/push-subscriptions/:id',
      '/api/v1/restore',
      '/api/v1/restore/passkey',
      '/api/v1/restore/passkey/options',
      '/api/v1/staff/passkeys',
      '/api/v1/staff/passkeys/options',
      '/api/v1/staff/setup',
      '/api/v1/staff/setup/confirm',
      '/api/v1/staff/sign-in',
      '/api/v1/staff/sign-in/passkey',
      '/api/v1/staff/sign-in/passkey/options',
      '/api/v1/staff/sign-in/second-factor',
      '/api/v1/staff/sign-out',
      '/api/v1/sync',
      '/api/v1/therapist/invites',
      '/api/v1/therapist/patients/:patientId/concerns-read',
      '/api/v1/therapist/patients/:patientId/notes',
      '/api/v1/therapist/patients/:patientId/notes/:noteId',
      '/api/v1/therapist/patients/:patientId/plans/:planId',
      '/api/v1/therapist/patients/:patientId/programmes/:programmeId',
      '/api/v1/therapist/patients/:patientId/resume',
    ]);
    for (const route of withBody) {
      expect(route.onRequest, route.url).toBeDefined();
      const url = route.url.replace(/:\w+/g, '019a0000-0000-7000-8000-000000000001');
      const method = [route.method].flat().find((each) => !['GET', 'HEAD', 'TRACE'].includes(each)) ?? 'POST';
      const response = await app.inject({
        method: method as 'POST' | 'PUT' | 'DELETE',
        url,
        headers: json,
        payload: MEGABYTE_NESTED,
      });
      // 401 without a token; 413 on the small-body routes, which are rate-limited (and parse at most 4 KB).
      expect(response.statusCode, route.url).toBe(SMALL_BODY_ROUTES.includes(route.url) ? 413 : 401);
    }
  });

  it("refuses a body over its route's limit with 413 naming the limit (4 KB without a token), before the rate limit counts it", async () => {
    const limited = testApp(database(), { rateLimits: { createPatient: { max: 1, timeWindowMs: 60_000 } } });
    try {
      const big = JSON.stringify({ deviceName: 'x'.repeat(SMALL_BODY_BYTES) });
      for (const url of SMALL_BODY_ROUTES) {
        const response = await limited.inject({
          method: 'POST',
          url,
          remoteAddress: '192.0.2.40',
          headers: json,
          payload: big,
        });
        expect(response.statusCode, url).toBe(413);
        expect(response.json()).toEqual({ error: 'body_too_large', message: 'the body is larger than 4 KB' });
        expect(response.headers.connection).toBe('close');
      }
      // A claimed length over the server's limit is refused before the token is even looked at.
      const claimed = await limited.inject({
        method: 'POST',
        url: '/api/v1/sync',
        headers: { ...json, 'content-length': String(10 * MAX_BODY_BYTES) },
        payload: '{}',
      });
      expect(claimed.statusCode).toBe(413);
      expect(claimed.json()).toEqual({ error: 'body_too_large', message: 'the body is larger than 1 MB' });
      // None of them counted: the one request the limit allows still gets through.
      const created = await limited.inject({
        method: 'POST',
        url: '/api/v1/patients',
        remoteAddress: '192.0.2.40',
        payload: { deviceName: 'phone' },
      });
      expect(created.statusCode).toBe(201);
      // Sent in chunks, without Content-Length: read up to 4 KB only (after the rate limit), the same answer.
      const chunked = await limited.inject({
        method: 'POST',
        url: '/api/v1/patients',
        remoteAddress: '192.0.2.42',
        headers: { ...json, 'transfer-encoding': 'chunked' },
        payload: Readable.from([Buffer.from(big.slice(0, 3000)), Buffer.from(big.slice(3000))]),
      });
      expect(chunked.statusCode).toBe(413);
      expect(chunked.json()).toEqual({ error: 'body_too_large', message: 'the body is larger than 4 KB' });
      // A small body sent in chunks is read as usual.
      const restore = await limited.inject({
        method: 'POST',
        url: '/api/v1/restore',
        remoteAddress: '192.0.2.41',
        headers: { ...json, 'transfer-encoding': 'chunked' },
        payload: Readable.from([Buffer.from('{"recoveryCode":'), Buffer.from('"0000-0000-0000-0000-0000"}')]),
      });
      expect(restore.statusCode).toBe(401);
      expect(restore.json()).toMatchObject({ error: 'recovery_code_unknown' });
    } finally {
      await limited.close();
    }
  });

  it(`refuses JSON nested more than ${MAX_JSON_DEPTH} levels deep with 400 invalid_json naming the limit`, async () => {
    // Four levels of envelope (body, changes, change, data), then an unknown field of nested arrays.
    const push = (levels: number) =>
      `{"cursor":0,"changes":[{"id":"${recordId(900 + levels)}","type":"checkin","hlc":"${hlc()}","deleted":false,` +
      `"data":{"date":"2026-11-25","pain":3,"newer":${nested(levels - 4)}}}]}`;
    expect(jsonNestingDepth(push(MAX_JSON_DEPTH + 1))).toBe(MAX_JSON_DEPTH + 1);
    for (const payload of [push(MAX_JSON_DEPTH + 1), nested(MAX_JSON_DEPTH + 1), MEGABYTE_NESTED]) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/sync',
        headers: { ...json, ...patient.auth },
        payload,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        error: 'invalid_json',
        message: `the body nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep`,
      });
    }
    // Exactly at the limit is a normal body: a newer app's field passes through (decision 0017).
    const atLimit = await app.inject({
      method: 'POST',
      url: '/api/v1/sync',
      headers: { ...json, ...patient.auth },
      payload: push(MAX_JSON_DEPTH),
    });
    expect(atLimit.statusCode, atLimit.body.slice(0, 300)).toBe(200);
  });

  it('still takes a normal push and answers it', async () => {
    const other = await createPatient(app);
    const pushed = await syncAs(app, other, { cursor: 0, changes: [checkIn(1), checkIn(2)] });
    expect(pushed.statusCode).toBe(200);
    expect(pushed.json()).toMatchObject({ cursor: 2, changes: [checkIn(1), checkIn(2)], more: false });
    // No Content-Type and no body is still a plain pull elsewhere: an empty POST creates a patient.
    expect((await app.inject({ method: 'POST', url: '/api/v1/patients' })).statusCode).toBe(201);
  });

  it('keeps every documented sync body far below the nesting limit', () => {
    const documented = schemaDepth(z.toJSONSchema(SyncRequestDocument, { io: 'input', unrepresentable: 'any' }));
    // body → changes → change → data → items → item → sets → set (an exercise session) is the deepest.
    expect(documented).toBe(8);
    expect(documented * 4).toBeLessThanOrEqual(MAX_JSON_DEPTH);
    const examples = RECORD_TYPES.map((type, n) => ({
      id: recordId(n),
      type,
      data: RECORD_EXAMPLES[type],
      hlc: hlc(),
      deleted: false,
    }));
    expect(jsonNestingDepth(JSON.stringify({ cursor: 0, changes: examples }))).toBeLessThanOrEqual(documented);
  });
});
