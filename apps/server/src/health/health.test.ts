import { afterAll, describe, expect, it } from 'vitest';
import { serverVersion } from '../app.js';
import { createDatabase } from '../db/database.js';
import { LATEST_MIGRATION } from '../db/migrations/index.js';
import { createSqliteTestDatabase, describeEachDatabase } from '../testing/databases.js';
import { testApp } from '../testing/fixtures.js';

describeEachDatabase('health and readiness', ({ database, dialect }) => {
  it('answer 200 with status, version, database and the last migration after a real query', async () => {
    const app = testApp(database());
    try {
      for (const url of ['/api/health', '/api/ready']) {
        const response = await app.inject({ method: 'GET', url });
        expect(response.statusCode).toBe(200);
        expect(response.json()).toEqual({
          status: 'ok',
          version: serverVersion(),
          database: dialect,
          migration: LATEST_MIGRATION,
        });
        expect(response.headers['cache-control']).toBe('no-store');
      }
    } finally {
      await app.close();
    }
  });
});

describe('health when the database is gone', () => {
  it('answers 503 unavailable for PostgreSQL that does not answer', async () => {
    const database = createDatabase({ databaseUrl: 'postgres://nobody@127.0.0.1:1/none', dataDir: '(unused)' });
    const app = testApp(database);
    try {
      for (const url of ['/api/health', '/api/ready']) {
        const response = await app.inject({ method: 'GET', url });
        expect(response.statusCode).toBe(503);
        expect(response.json()).toMatchObject({ status: 'unavailable', database: 'postgres', migration: null });
      }
    } finally {
      await app.close();
      await database.close();
    }
  });

  it('answers 503 for a closed SQLite database', async () => {
    const test = createSqliteTestDatabase();
    const app = testApp(test.database);
    await test.drop();
    try {
      const response = await app.inject({ method: 'GET', url: '/api/health' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ status: 'unavailable', database: 'sqlite' });
    } finally {
      await app.close();
    }
  });
});

describe('readiness before migrations', () => {
  const test = createSqliteTestDatabase();
  afterAll(() => test.drop());

  it('answers 503 while health is 200: the database answers but is not migrated', async () => {
    const app = testApp(test.database);
    try {
      expect((await app.inject({ method: 'GET', url: '/api/health' })).json()).toMatchObject({
        status: 'ok',
        migration: null,
      });
      const ready = await app.inject({ method: 'GET', url: '/api/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({ status: 'unavailable', message: expect.stringContaining('migrat') });
    } finally {
      await app.close();
    }
  });
});
