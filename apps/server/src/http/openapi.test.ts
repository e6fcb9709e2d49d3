import { RECORD_TYPES } from '@veerkracht/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteTestDatabase, type TestDatabase } from '../testing/databases.js';
import { testApp } from '../testing/fixtures.js';

type Document = {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, unknown> };
};

describe('the OpenAPI document', () => {
  let test: TestDatabase;
  let app: FastifyInstance;
  const routes: string[] = [];

  beforeAll(() => {
    test = createSqliteTestDatabase();
    app = testApp(test.database);
    app.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods) {
        if (method !== 'HEAD' && route.url.startsWith('/api')) routes.push(`${method.toLowerCase()} ${route.url}`);
      }
    });
  });
  afterAll(async () => {
    await app.close();
    await test.drop();
  });

  it('is OpenAPI 3.1, served at /api/openapi.json', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    expect(response.json<Document>().openapi).toBe('3.1.0');
  });

  it('covers every /api route the server has', async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<Document>();
    expect(routes.length).toBeGreaterThanOrEqual(7);
    const documented = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method} ${path}`),
    );
    expect(documented.sort()).toEqual([...routes].sort());
  });

  it('refers only to schemas it defines, built from the zod schemas', async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<Document>();
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(document.components.schemas, ref).toHaveProperty(ref as string);
    expect(document.components.schemas.SyncRequest).toMatchObject({
      type: 'object',
      required: ['cursor'],
      properties: { changes: { maxItems: 500 } },
    });
    expect(document.components.schemas.SyncRecord).toMatchObject({
      properties: { type: { enum: RECORD_TYPES } },
    });
  });
});
