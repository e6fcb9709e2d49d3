import { changeSchemaId, dataSchemaId, MAX_CHANGES_PER_PUSH, RECORD_EXAMPLES } from '@veerkracht/contract';
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
        // Fastify writes a path parameter as :id, OpenAPI as {id}.
        const path = route.url.replace(/:(\w+)/g, '{$1}');
        if (method !== 'HEAD' && route.url.startsWith('/api')) routes.push(`${method.toLowerCase()} ${path}`);
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
    expect(routes.length).toBeGreaterThanOrEqual(10);
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
      properties: { changes: { maxItems: MAX_CHANGES_PER_PUSH } },
    });
  });

  it("shows every record type's data, the change told apart by type", async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<Document>();
    const { schemas } = document.components;
    const refTo = (id: string) => ({ $ref: `#/components/schemas/${id}` });
    expect(schemas.SyncRecord).toEqual({
      oneOf: RECORD_TYPES.map((type) => refTo(changeSchemaId(type))),
      discriminator: {
        propertyName: 'type',
        mapping: Object.fromEntries(RECORD_TYPES.map((type) => [type, refTo(changeSchemaId(type)).$ref])),
      },
    });
    for (const type of RECORD_TYPES) {
      expect(schemas[changeSchemaId(type)], type).toMatchObject({
        properties: { type: { const: type }, data: { anyOf: [refTo(dataSchemaId(type)), { type: 'null' }] } },
        required: ['id', 'type', 'data', 'hlc', 'deleted'],
      });
      expect(schemas[dataSchemaId(type)], type).toMatchObject({
        type: 'object',
        properties: expect.any(Object),
        required: expect.any(Array),
        examples: [RECORD_EXAMPLES[type]],
      });
    }
    // Not a check-in for every type any more: each names its own fields.
    expect(schemas.ActivityPlanData).toMatchObject({ properties: { levels: { type: 'array' } } });
    expect(schemas.CheckinData).toMatchObject({ required: ['date', 'pain'] });
  });
});
