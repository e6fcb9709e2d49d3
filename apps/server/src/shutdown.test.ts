import type { FastifyInstance } from 'fastify';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { ACCEPT_GRACE_MS } from './http/drain.js';
import { closeGracefully, DATABASE_CLOSE_GRACE_MS } from './shutdown.js';
import { describeEachDatabase } from './testing/databases.js';
import { createPatient, NO_RATE_LIMITS, NO_SYNC_LIMITS, TestClock, type TestPatient } from './testing/fixtures.js';
import { listen, rawClient, requestHead, wait } from './testing/sockets.js';

const BODY = JSON.stringify({ cursor: 0, changes: [] });

/** Stands in for the database in `closeGracefully`, so the suite's database stays open for the next test. */
function databaseSpy(close: () => Promise<void> = async () => {}) {
  const spy = {
    closedAt: null as number | null,
    close: async () => {
      await close();
      spy.closedAt = Date.now();
    },
  };
  return spy;
}

describeEachDatabase('a graceful shutdown', ({ database }) => {
  let app: FastifyInstance;
  let port: number;
  let patient: TestPatient;

  beforeAll(async () => {
    const setup = buildApp({ db: database(), clock: new TestClock(), logger: false, webDist: null });
    patient = await createPatient(setup);
    await setup.close();
  });
  afterEach(async () => {
    // Closing twice is harmless; a test that failed half-way leaves nothing listening.
    await app.close();
  });

  async function start(): Promise<void> {
    app = buildApp({
      db: database(),
      clock: new TestClock(),
      logger: false,
      webDist: null,
      rateLimits: NO_RATE_LIMITS,
      syncLimits: NO_SYNC_LIMITS,
    });
    port = await listen(app);
  }

  /** A sync push with its headers and half its body sent. */
  async function halfSentPush() {
    const client = rawClient(port);
    await client.connected;
    client.write(
      requestHead('POST', '/api/v1/sync', {
        ...patient.auth,
        'content-type': 'application/json',
        'content-length': String(BODY.length),
      }),
    );
    client.write(BODY.slice(0, 10));
    return { client, finish: () => client.write(BODY.slice(10)) };
  }

  it('answers requests in flight, closes idle keep-alive connections at once, then closes the database', async () => {
    await start();
    const idle = rawClient(port);
    await idle.connected;
    idle.write(requestHead('GET', '/api/health'));
    expect(await idle.answer()).toBe(200);
    const pushes = await Promise.all([halfSentPush(), halfSentPush(), halfSentPush()]);
    await wait(50);

    const started = Date.now();
    const spy = databaseSpy();
    const closing = closeGracefully(app, spy, 5000);
    await idle.closed;
    expect(Date.now() - started).toBeLessThan(ACCEPT_GRACE_MS);
    // After the signal, the rest of each body arrives.
    for (const push of pushes) push.finish();
    const outcome = await closing;

    for (const { client } of pushes) {
      expect(await client.answer()).toBe(200);
      expect(client.received().toLowerCase()).toContain('connection: close');
      await client.closed;
    }
    expect(outcome).toEqual({ cutConnections: 0, databaseClosed: true });
    expect(spy.closedAt).not.toBeNull();
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('answers requests on connections opened just before it began', async () => {
    await start();
    const clients = Array.from({ length: 8 }, () => rawClient(port));
    for (const client of clients) {
      void client.connected.then(() =>
        client.write(
          requestHead('POST', '/api/v1/sync', {
            ...patient.auth,
            'content-type': 'application/json',
            'content-length': String(BODY.length),
          }) + BODY,
        ),
      );
    }
    const closing = closeGracefully(app, databaseSpy(), 5000);
    const statuses = await Promise.all(clients.map((client) => client.answer()));
    expect(statuses).toEqual(clients.map(() => 200));
    await closing;
  });

  it('refuses new connections once the listener has closed', async () => {
    await start();
    await closeGracefully(app, databaseSpy(), 5000);
    const late = rawClient(port);
    await expect(late.connected).rejects.toThrow(/ECONNREFUSED/);
  });

  it('cuts the connections still open at the deadline, and still closes the database', async () => {
    await start();
    const stalled = await halfSentPush();
    await wait(50);
    const started = Date.now();
    const spy = databaseSpy();
    const outcome = await closeGracefully(app, spy, 300);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(Date.now() - started).toBeLessThan(2000);
    await stalled.client.closed;
    expect(outcome).toEqual({ cutConnections: 1, databaseClosed: true });
  });

  it('gives up on a database that does not close', async () => {
    await start();
    const hanging = databaseSpy(() => new Promise<void>(() => {}));
    const started = Date.now();
    const outcome = await closeGracefully(app, hanging, 1000);
    expect(outcome.databaseClosed).toBe(false);
    expect(Date.now() - started).toBeLessThan(DATABASE_CLOSE_GRACE_MS + 1500);
  });
});
