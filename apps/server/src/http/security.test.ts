import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type TrustProxy } from '../app.js';
import { migrateToLatest } from '../db/migrate.js';
import { createSqliteTestDatabase, type TestDatabase } from '../testing/databases.js';
import type { HstsMode } from './security.js';

const HSTS = 'strict-transport-security';

describe('Strict-Transport-Security', () => {
  let test: TestDatabase;
  const apps: FastifyInstance[] = [];

  beforeAll(async () => {
    test = createSqliteTestDatabase();
    await migrateToLatest(test.database.db);
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await test.drop();
  });

  function app(options: { trustProxy?: TrustProxy; hsts?: HstsMode } = {}): FastifyInstance {
    const built = buildApp({ db: test.database, logger: false, webDist: null, ...options });
    apps.push(built);
    return built;
  }

  const health = (target: FastifyInstance, headers: Record<string, string> = {}) =>
    target.inject({ method: 'GET', url: '/api/health', headers });

  it('is not sent over plain HTTP, while the other security headers are', async () => {
    const response = await health(app());
    expect(response.headers[HSTS]).toBeUndefined();
    expect(response.headers['content-security-policy']).toBeDefined();
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('is sent when a trusted proxy says the request came over https', async () => {
    const response = await health(app({ trustProxy: 1 }), { 'x-forwarded-proto': 'https' });
    expect(response.headers[HSTS]).toMatch(/^max-age=\d+/);
    expect((await health(app({ trustProxy: 1 }), { 'x-forwarded-proto': 'http' })).headers[HSTS]).toBeUndefined();
  });

  it('is not sent when a client claims https but no proxy is trusted', async () => {
    expect((await health(app(), { 'x-forwarded-proto': 'https' })).headers[HSTS]).toBeUndefined();
  });

  it('is sent on every response with HSTS=always, and never with HSTS=off', async () => {
    expect((await health(app({ hsts: 'always' }))).headers[HSTS]).toMatch(/^max-age=\d+/);
    const off = app({ hsts: 'off', trustProxy: 1 });
    expect((await health(off, { 'x-forwarded-proto': 'https' })).headers[HSTS]).toBeUndefined();
  });
});
