import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase, dumpData } from '../testing/databases.js';
import { createPatient, type TestPatient, testApp } from '../testing/fixtures.js';
import { loggedPath, pathOf, secretQueryParameter, serializeRequest } from './querySecrets.js';

describeEachDatabase('secrets in the query string', ({ database }) => {
  let app: FastifyInstance;
  let patient: TestPatient;

  beforeAll(async () => {
    app = testApp(database());
    patient = await createPatient(app);
  });
  afterAll(() => app.close());

  it('are refused on any /api route with a 400 naming the parameter, before anything else happens', async () => {
    const before = await dumpData(database());
    const cases = [
      { method: 'POST' as const, url: `/api/v1/sync?token=${patient.token}`, name: 'token' },
      { method: 'GET' as const, url: '/api/health?access_token=abc', name: 'access_token' },
      { method: 'POST' as const, url: '/api/v1/restore?recoveryCode=ABCD', name: 'recoveryCode' },
      { method: 'GET' as const, url: '/api/no-such-route?x=1&Access_Token=abc', name: 'Access_Token' },
      { method: 'GET' as const, url: '/api?%74oken=abc', name: 'token' },
    ];
    for (const { method, url, name } of cases) {
      const response = await app.inject({
        method,
        url,
        headers: patient.auth,
        payload: method === 'POST' ? {} : undefined,
      });
      expect(response.statusCode, url).toBe(400);
      const body = response.json<{ error: string; message: string; issues: { field: string }[] }>();
      expect(body.error).toBe('invalid_request');
      expect(body.message).toContain(`"${name}"`);
      expect(body.message).toContain('Authorization header');
      expect(body.issues[0]?.field).toBe(`query.${name}`);
    }
    expect(await dumpData(database())).toBe(before);
  });

  it('leave other query parameters and pages outside /api alone', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/health?verbose=1' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/health?tokens=1&my_token=2' })).statusCode).toBe(200);
    // No web app in tests: the page answers 404, not a 400 about the query.
    expect((await app.inject({ method: 'GET', url: '/apiary?token=abc' })).statusCode).toBe(404);
  });
});

it('finds a secret parameter in a URL, and the path without its query', () => {
  expect(secretQueryParameter('/api/v1/sync?cursor=0&TOKEN=x')).toBe('TOKEN');
  expect(secretQueryParameter('/api/v1/sync?cursor=0')).toBeUndefined();
  expect(secretQueryParameter('/api/v1/sync')).toBeUndefined();
  expect(pathOf('/api/v1/sync?token=x')).toBe('/api/v1/sync');
  expect(pathOf('/api/v1/sync')).toBe('/api/v1/sync');
});

describe('a calendar feed address in the log', () => {
  it('is logged without its token, and other paths as they are', () => {
    expect(loggedPath('/api/v1/calendar/AbC_123-xyz.ics')).toBe('/api/v1/calendar/[redacted]');
    expect(serializeRequest({ method: 'GET', url: '/api/v1/calendar/AbC_123-xyz.ics?x=1' }).url).toBe(
      '/api/v1/calendar/[redacted]',
    );
    expect(loggedPath('/api/v1/sync?x=1')).toBe('/api/v1/sync');
  });
});
