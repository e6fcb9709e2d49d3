import type { FastifyInstance } from 'fastify';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { describeEachDatabase } from '../testing/databases.js';
import { createPatient, NO_RATE_LIMITS, TestClock, type TestPatient } from '../testing/fixtures.js';
import { listen, rawClient, requestHead, wait } from '../testing/sockets.js';
import { type ConnectionLimits, DEFAULT_CONNECTION_LIMITS } from './connections.js';

/** Short enough to watch in a test; the timer that checks them runs every 100 ms at these values. */
const FAST: Partial<ConnectionLimits> = { requestTimeoutMs: 800, headersTimeoutMs: 400 };

describeEachDatabase('slow and greedy clients', ({ database }) => {
  let app: FastifyInstance | undefined;
  let patient: TestPatient;

  function start(connections: Partial<ConnectionLimits>): Promise<number> {
    app = buildApp({
      db: database(),
      clock: new TestClock(),
      logger: false,
      webDist: null,
      rateLimits: NO_RATE_LIMITS,
      connections,
    });
    return listen(app);
  }

  beforeAll(async () => {
    const setup = buildApp({ db: database(), clock: new TestClock(), logger: false, webDist: null });
    patient = await createPatient(setup);
    await setup.close();
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('answers 408 and closes the connection when a body trickles in slower than the request timeout', async () => {
    const port = await start(FAST);
    const client = rawClient(port);
    await client.connected;
    const body = JSON.stringify({ cursor: 0, changes: [] });
    client.write(
      requestHead('POST', '/api/v1/sync', {
        ...patient.auth,
        'content-type': 'application/json',
        'content-length': String(body.length + 10),
      }),
    );
    client.write(body);
    const trickle = setInterval(() => client.write(' '), 100);
    const started = Date.now();
    await client.closed;
    clearInterval(trickle);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(client.status()).toBe(408);
    expect(client.received()).toContain('"error":"request_timeout"');
    expect(client.received()).toContain('the whole request within 0.8 s');
  });

  it('answers 408 and closes the connection when the headers do not arrive within the header timeout', async () => {
    const port = await start(FAST);
    const client = rawClient(port);
    await client.connected;
    client.write('GET /api/health HTTP/1.1\r\nhost: localhost\r\n');
    const started = Date.now();
    await client.closed;
    expect(Date.now() - started).toBeLessThan(2500);
    expect(client.status()).toBe(408);
    expect(client.received()).toContain('headers within 0.4 s');
  });

  it('closes a connection that never sends a byte after the header timeout', async () => {
    const port = await start(FAST);
    const client = rawClient(port);
    await client.connected;
    await client.closed;
    expect(client.isClosed()).toBe(true);
  });

  it('answers a request that is not HTTP with a 400 in the API error format', async () => {
    const port = await start(FAST);
    const client = rawClient(port);
    await client.connected;
    client.write('HELLO THERE\r\n\r\n');
    await client.closed;
    expect(client.status()).toBe(400);
    expect(client.received()).toContain('"error":"invalid_request"');
  });

  it('refuses connections from one address beyond the limit, while another address is served', async () => {
    const port = await start({ maxConnectionsPerAddress: 3 });
    const held = [rawClient(port), rawClient(port), rawClient(port)];
    await Promise.all(held.map((client) => client.connected));
    const extra = rawClient(port);
    await extra.closed;
    expect(extra.received()).toBe('');

    const other = rawClient(port, '127.0.0.2');
    await other.connected;
    other.write(requestHead('GET', '/api/health', { connection: 'close' }));
    expect(await other.answer()).toBe(200);

    // A freed place can be taken again.
    held[0]?.destroy();
    await held[0]?.closed;
    await wait(50);
    const again = rawClient(port);
    await again.connected;
    again.write(requestHead('GET', '/api/health', { connection: 'close' }));
    expect(await again.answer()).toBe(200);
    for (const client of held) client.destroy();
  });

  it('does not limit connections per address when the limit is 0', async () => {
    const port = await start({ maxConnectionsPerAddress: 0 });
    const clients = Array.from({ length: 20 }, () => rawClient(port));
    await Promise.all(clients.map((client) => client.connected));
    const last = clients[19];
    last?.write(requestHead('GET', '/api/health', { connection: 'close' }));
    expect(await last?.answer()).toBe(200);
    for (const client of clients) client.destroy();
  });

  it('has defaults that time out slow requests within a minute', () => {
    expect(DEFAULT_CONNECTION_LIMITS.requestTimeoutMs).toBeGreaterThan(0);
    expect(DEFAULT_CONNECTION_LIMITS.requestTimeoutMs).toBeLessThanOrEqual(60_000);
    expect(DEFAULT_CONNECTION_LIMITS.headersTimeoutMs).toBeLessThanOrEqual(DEFAULT_CONNECTION_LIMITS.requestTimeoutMs);
    expect(DEFAULT_CONNECTION_LIMITS.maxConnectionsPerAddress).toBeGreaterThan(0);
  });
});
