import { describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { migrateToLatest } from '../db/migrate.js';
import { createSqliteTestDatabase } from '../testing/databases.js';
import { checkIn } from '../testing/fixtures.js';

describe('logs', () => {
  it('are JSON lines and never contain a bearer token or a recovery code', async () => {
    const test = createSqliteTestDatabase();
    const lines: string[] = [];
    const app = buildApp({
      db: test.database,
      webDist: null,
      logger: { level: 'trace', stream: { write: (line) => lines.push(line) } },
    });
    try {
      await migrateToLatest(test.database.db);
      const created = (await app.inject({ method: 'POST', url: '/api/v1/patients' })).json<{
        token: string;
        recoveryCode: string;
      }>();
      const headers = { authorization: `Bearer ${created.token}` };
      await app.inject({ method: 'POST', url: '/api/v1/sync', headers, payload: { cursor: 0, changes: [checkIn(1)] } });
      await app.inject({ method: 'POST', url: '/api/v1/restore', payload: { recoveryCode: created.recoveryCode } });
      await app.inject({ method: 'POST', url: '/api/v1/sync', headers, payload: '{broken' });
      // Should a header ever be logged, it is redacted.
      app.log.info({ req: { headers: headers }, headers }, 'headers');
      expect(lines.length).toBeGreaterThan(4);
      for (const line of lines) {
        const entry = JSON.parse(line) as { level: number };
        expect(typeof entry.level).toBe('number');
      }
      const all = lines.join('\n');
      expect(all).not.toContain(created.token);
      expect(all).not.toContain(created.recoveryCode);
      expect(all).toContain('[redacted]');
    } finally {
      await app.close();
      await test.drop();
    }
  });

  it('show request paths without their query string', async () => {
    const test = createSqliteTestDatabase();
    const lines: string[] = [];
    const app = buildApp({
      db: test.database,
      webDist: null,
      logger: { level: 'info', stream: { write: (line) => lines.push(line) } },
    });
    try {
      await migrateToLatest(test.database.db);
      await app.inject({ method: 'GET', url: '/api/health?token=secret-in-query' });
      await app.inject({ method: 'GET', url: '/api/health?note=private-words' });
      await app.inject({ method: 'GET', url: '/some/page?access_token=another-secret' });
      const all = lines.join('\n');
      expect(all).toContain('"url":"/api/health"');
      expect(all).toContain('"url":"/some/page"');
      expect(all).not.toContain('secret-in-query');
      expect(all).not.toContain('private-words');
      expect(all).not.toContain('another-secret');
    } finally {
      await app.close();
      await test.drop();
    }
  });
});
