import { MAX_CHANGES_PER_PUSH, type SyncResponseBody } from '@veerkracht/contract';
import type { SyncRecord } from '@veerkracht/core';
import { migrateToLatest } from '@veerkracht/server/src/db/migrate';
import { createSqliteTestDatabase } from '@veerkracht/server/src/testing/databases';
import { TestClock, testApp } from '@veerkracht/server/src/testing/fixtures';
import { expect, onTestFinished } from 'vitest';
import type { FetchLike } from '../sync/api';

/** One request as it went over the wire. */
export type WireRequest = { path: string; body: unknown; token: string | null };

type App = ReturnType<typeof testApp>;
type RateLimits = NonNullable<Parameters<typeof testApp>[1]>['rateLimits'];

const BASE = '/api/v1';

/** The device's and the server's clock at the start of a test: noon (UTC) on 2026-11-25. */
export const START_MS = Date.parse('2026-11-25T12:00:00.000Z');

/**
 * The real Veerkracht server (apps/server, the same `buildApp` as in
 * production) on a fresh SQLite database, reached in-process through
 * Fastify's `inject`. The app's `createApi` gets {@link fetch}, which plays the
 * network: it logs each request, and lets a test cut the connection
 * (`offline`) or answer in the server's place (`intercept`) for faults the
 * server cannot produce on demand (a proxy's 503, a lost answer). Everything
 * else is the server's own answer.
 */
export class TestServer {
  readonly requests: WireRequest[] = [];
  /** Runs while a request is "on the wire": it may act, throw (a lost connection) or return a fault answer. */
  intercept: ((path: string, body: unknown) => Promise<Response | undefined> | Response | undefined) | undefined;
  offline = false;
  readonly #app: App;
  readonly #clock: TestClock;

  private constructor(app: App, clock: TestClock) {
    this.#app = app;
    this.#clock = clock;
  }

  /** Starts a server for the current test; it is closed and its database removed when the test ends. */
  static async start(options: { nowMs?: number; rateLimits?: RateLimits } = {}): Promise<TestServer> {
    const test = createSqliteTestDatabase();
    await migrateToLatest(test.database.db);
    const clock = new TestClock(options.nowMs ?? START_MS);
    const app = testApp(test.database, { clock, ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}) });
    await app.ready();
    onTestFinished(async () => {
      await app.close();
      await test.drop();
    });
    return new TestServer(app, clock);
  }

  /** The server's clock (ms since the epoch); tests set it to put the server ahead of or behind a phone. */
  get nowMs(): number {
    return this.#clock.ms;
  }
  set nowMs(ms: number) {
    this.#clock.ms = ms;
  }

  fetch: FetchLike = async (input, init) => {
    if (this.offline) throw new TypeError('Failed to fetch');
    const path = input.startsWith(BASE) ? input.slice(BASE.length) : input;
    const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : null;
    const headers = Object.fromEntries(new Headers(init.headers));
    const authorization = headers.authorization;
    this.requests.push({
      path,
      body,
      token: authorization?.startsWith('Bearer ') ? authorization.slice('Bearer '.length) : null,
    });
    const intercepted = await this.intercept?.(path, body);
    if (intercepted) return intercepted;
    const response = await this.#app.inject({
      method: init.method === 'PUT' || init.method === 'DELETE' || init.method === 'GET' ? init.method : 'POST',
      url: input,
      headers,
      ...(typeof init.body === 'string' ? { payload: init.body } : {}),
    });
    const answer = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      if (value !== undefined) answer.set(name, Array.isArray(value) ? value.join(', ') : String(value));
    }
    // The Date header comes from the system clock (Node's HTTP layer, which `inject` imitates), not from the
    // server's Clock; in production both are the same clock. Here the server's clock is the test clock, so the
    // header says its time, as a phone would see it from a real server.
    answer.set('date', new Date(this.#clock.ms).toUTCString());
    const empty = response.statusCode === 204 || response.rawPayload.length === 0;
    return new Response(empty ? null : new Uint8Array(response.rawPayload), {
      status: response.statusCode,
      headers: answer,
    });
  };

  /** `POST /api/v1/sync` straight to the server, past the wire log and faults (another device's request). */
  async #sync(token: string, cursor: number, changes: readonly SyncRecord[] = []) {
    return this.#app.inject({
      method: 'POST',
      url: `${BASE}/sync`,
      headers: { authorization: `Bearer ${token}` },
      payload: { cursor, changes },
    });
  }

  /** Puts records on the server as another device of the patient of `token` would. */
  async push(token: string, records: readonly SyncRecord[]): Promise<void> {
    for (let start = 0; start < records.length; start += MAX_CHANGES_PER_PUSH) {
      const response = await this.#sync(token, 0, records.slice(start, start + MAX_CHANGES_PER_PUSH));
      expect(response.statusCode, response.body).toBe(200);
    }
  }

  /** Every record the server holds for the patient of `token`, read as a new device would, page by page. */
  async recordsOf(token: string): Promise<SyncRecord[]> {
    const records: SyncRecord[] = [];
    let cursor = 0;
    for (;;) {
      const response = await this.#sync(token, cursor);
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json<SyncResponseBody>();
      records.push(...page.changes);
      cursor = page.cursor;
      if (!page.more) return records;
    }
  }

  /** Signs a device out on the server, as that device (or the person, elsewhere) would. */
  async revoke(token: string): Promise<void> {
    const response = await this.#app.inject({
      method: 'POST',
      url: `${BASE}/devices/revoke`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.statusCode, response.body).toBe(204);
  }

  /** Whether the server still accepts `token`. */
  async accepts(token: string): Promise<boolean> {
    const response = await this.#sync(token, 0);
    return response.statusCode === 200;
  }
}
