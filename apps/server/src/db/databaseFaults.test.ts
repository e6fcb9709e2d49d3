import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createPostgresTestDatabase, createSqliteTestDatabase, type TestDatabase } from '../testing/databases.js';
import { checkIn, createPatient, NO_RATE_LIMITS, NO_SYNC_LIMITS, syncAs, TestClock } from '../testing/fixtures.js';
import { createDatabase, type Database } from './database.js';
import { migrateToLatest } from './migrate.js';

// Database faults are not the caller's: 503 with Retry-After, never 500, the
// process lives on, nothing half-written, and it recovers by itself
// (docs/architecture.md, "Faults"). The chaos scripts cause the same faults
// under load with a real full disk and a real PostgreSQL shutdown.

function appOn(database: Database, options: { sqliteLockWaitMs?: number } = {}) {
  return buildApp({
    db: database,
    clock: new TestClock(),
    logger: false,
    webDist: null,
    rateLimits: NO_RATE_LIMITS,
    syncLimits: NO_SYNC_LIMITS,
    ...options,
  });
}

const bigPush = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({
    ...checkIn(from + i),
    data: { date: '2026-11-20', pain: 3, note: `a note long enough to take room ${'x'.repeat(400)}` },
  }));

async function recordCount(database: Database): Promise<number> {
  const { rows } = await sql<{ n: number | string }>`select count(*) as n from records`.execute(database.db);
  return Number(rows[0]?.n ?? 0);
}

describe('a full SQLite database', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = createSqliteTestDatabase();
    await migrateToLatest(test.database.db);
  });
  afterAll(() => test.drop());

  // SQLite reports SQLITE_FULL when a file would grow past max_page_count, as on a full disk.
  const limitPages = (extra: number) => {
    const native = test.database.sqlite;
    if (!native) throw new Error('SQLite only');
    const { page_count: pages } = native.prepare('pragma page_count').get() as { page_count: number };
    native.prepare(`pragma max_page_count = ${pages + extra}`).get();
  };

  it('answers a push with 503 storage_full and Retry-After, stores none of it, and says so in health', async () => {
    const app = appOn(test.database);
    try {
      const patient = await createPatient(app);
      expect((await syncAs(app, patient, { cursor: 0, changes: bigPush(1, 2) })).statusCode).toBe(200);
      limitPages(2);
      const full = await syncAs(app, patient, { cursor: 0, changes: bigPush(100, 300) });
      expect(full.statusCode).toBe(503);
      expect(full.json()).toMatchObject({
        error: 'storage_full',
        message: expect.stringContaining('nothing was saved'),
      });
      expect(Number(full.headers['retry-after'])).toBeGreaterThan(0);
      expect(await recordCount(test.database)).toBe(2);

      for (const url of ['/api/health', '/api/ready']) {
        const probe = await app.inject({ method: 'GET', url });
        expect(probe.statusCode).toBe(503);
        expect(probe.json()).toMatchObject({ status: 'unavailable', message: expect.stringContaining('disk is full') });
      }

      // Room again: the same push goes through, and health is well again.
      limitPages(100_000);
      expect((await syncAs(app, patient, { cursor: 0, changes: bigPush(100, 300) })).statusCode).toBe(200);
      expect(await recordCount(test.database)).toBe(302);
      expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('a SQLite write lock held by another process', () => {
  let test: TestDatabase;
  let other: Database;
  beforeAll(async () => {
    test = createSqliteTestDatabase();
    await migrateToLatest(test.database.db);
    other = test.reopen();
  });
  afterAll(async () => {
    await other.close();
    await test.drop();
  });

  const otherNative = () => {
    if (!other.sqlite) throw new Error('SQLite only');
    return other.sqlite;
  };

  it('keeps health answering while a push waits, then answers the push 503 database_busy', async () => {
    const app = appOn(test.database, { sqliteLockWaitMs: 300 });
    try {
      const patient = await createPatient(app);
      otherNative().prepare('begin immediate').run();
      let ticks = 0;
      const ticker = setInterval(() => ticks++, 10);
      const order: string[] = [];
      const push = syncAs(app, patient, { cursor: 0, changes: [checkIn(1)] }).then((response) => {
        order.push('push');
        return response;
      });
      const health = app.inject({ method: 'GET', url: '/api/health' }).then((response) => {
        order.push('health');
        return response;
      });
      const [pushed, probed] = await Promise.all([push, health]);
      clearInterval(ticker);
      otherNative().prepare('rollback').run();

      expect(probed.statusCode).toBe(200);
      expect(order).toEqual(['health', 'push']);
      // The event loop ran while the push waited for the lock (a synchronous busy wait would give 0 ticks).
      expect(ticks).toBeGreaterThan(5);
      expect(pushed.statusCode).toBe(503);
      expect(pushed.json()).toMatchObject({ error: 'database_busy' });
      expect(pushed.headers['retry-after']).toBe('1');
      expect(await recordCount(test.database)).toBe(0);

      // Lock released: the same push is stored.
      expect((await syncAs(app, patient, { cursor: 0, changes: [checkIn(1)] })).statusCode).toBe(200);
      expect(await recordCount(test.database)).toBe(1);
    } finally {
      await app.close();
    }
  });

  it('stores a push that waited while the lock was held briefly', async () => {
    const app = appOn(test.database, { sqliteLockWaitMs: 2_000 });
    try {
      const patient = await createPatient(app);
      otherNative().prepare('begin immediate').run();
      setTimeout(() => otherNative().prepare('rollback').run(), 150);
      const response = await syncAs(app, patient, { cursor: 0, changes: [checkIn(7)] });
      expect(response.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('answers another write (a new patient) 503, not 500, while the lock is held', async () => {
    const app = appOn(test.database);
    try {
      otherNative().prepare('begin immediate').run();
      const response = await app.inject({ method: 'POST', url: '/api/v1/patients' });
      otherNative().prepare('rollback').run();
      expect(response.statusCode).toBe(503);
      // The rate limit's counter is the first write this request makes.
      expect(response.json().error).toMatch(/^(database_busy|rate_limit_unavailable)$/);
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await app.close();
    }
  });
});

describe('PostgreSQL that does not answer', () => {
  it('answers create, restore and sync with 503 database_unavailable and Retry-After', async () => {
    const database = createDatabase({ databaseUrl: 'postgres://nobody@127.0.0.1:1/none', dataDir: '(unused)' });
    const app = appOn(database);
    try {
      const requests = [
        { method: 'POST' as const, url: '/api/v1/patients' },
        { method: 'POST' as const, url: '/api/v1/restore', payload: { recoveryCode: '7K3M-Q9XD-2F8H-W0PZ-R5TN' } },
        {
          method: 'POST' as const,
          url: '/api/v1/sync',
          headers: { authorization: `Bearer ${'a'.repeat(43)}` },
          payload: { cursor: 0, changes: [] },
        },
      ];
      for (const request of requests) {
        const response = await app.inject(request);
        expect(response.statusCode, request.url).toBe(503);
        expect(response.headers['retry-after'], request.url).toBeDefined();
        expect(response.json().error, request.url).toMatch(/^(database_unavailable|rate_limit_unavailable)$/);
      }
    } finally {
      await app.close();
      await database.close();
    }
  });
});

const postgresUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!postgresUrl)('PostgreSQL connections cut while in use', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createPostgresTestDatabase(postgresUrl ?? '');
    await migrateToLatest(test.database.db);
  });
  afterAll(() => test.drop());

  async function terminateBackends(): Promise<number> {
    const name = new URL(test.database.location).pathname.slice(1);
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    try {
      const { rowCount } = await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [name],
      );
      return rowCount ?? 0;
    } finally {
      await admin.end();
    }
  }

  it('answers health on a connection of its own while syncs hold the whole pool', async () => {
    const app = appOn(test.database);
    try {
      const order: string[] = [];
      // The test pool has 5 connections: all of them busy for a second.
      const busy = Promise.all(
        Array.from({ length: 5 }, () =>
          sql`select pg_sleep(1)`.execute(test.database.db).then(() => order.push('sleep over')),
        ),
      );
      await new Promise((resume) => setTimeout(resume, 200));
      const health = await app.inject({ method: 'GET', url: '/api/health' });
      order.push('health');
      await busy;
      expect(health.statusCode).toBe(200);
      // Health did not wait for a pooled connection to come free.
      expect(order[0]).toBe('health');
    } finally {
      await app.close();
    }
  });

  it('fails only the queries that were running, keeps the process alive and recovers by itself', async () => {
    const app = appOn(test.database);
    try {
      const patient = await createPatient(app);
      // Connections checked out of the pool, mid-query, when their backends end:
      // before the fix each emitted an 'error' nobody heard, which ends the process.
      const running = Promise.allSettled(
        Array.from({ length: 3 }, () => sql`select pg_sleep(5)`.execute(test.database.db)),
      );
      await new Promise((resume) => setTimeout(resume, 300));
      expect(await terminateBackends()).toBeGreaterThanOrEqual(3);
      const results = await running;
      expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected', 'rejected']);

      // Under load: every answer is 200 or 503 with Retry-After, and every 200 was stored.
      const pushes = Array.from({ length: 8 }, (_, i) =>
        syncAs(app, patient, { cursor: 0, changes: bigPush(i * 50 + 1, 50) }),
      );
      await terminateBackends();
      const answers = await Promise.all(pushes);
      const acknowledged: number[] = [];
      answers.forEach((answer, i) => {
        expect([200, 503]).toContain(answer.statusCode);
        if (answer.statusCode === 503) expect(answer.headers['retry-after']).toBeDefined();
        else acknowledged.push(i);
      });

      const after = await syncAs(app, patient, { cursor: 0, changes: [checkIn(10_000)] });
      expect(after.statusCode).toBe(200);
      const { rows } = await sql<{ id: string }>`select id from records`.execute(test.database.db);
      const stored = new Set(rows.map((row) => row.id));
      for (const i of acknowledged) {
        for (const change of bigPush(i * 50 + 1, 50)) expect(stored.has(change.id)).toBe(true);
      }
    } finally {
      await app.close();
    }
  });
});
