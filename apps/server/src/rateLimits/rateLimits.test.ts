import { randomBytes } from 'node:crypto';
import { recoveryCodeFromBytes } from '@veerkracht/core';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { expect, it } from 'vitest';
import type { RateLimits } from '../app.js';
import { describeEachDatabase } from '../testing/databases.js';
import { TestClock, testApp } from '../testing/fixtures.js';

const HOUR = 60 * 60 * 1000;
/** The shipped defaults' shape: 10 restores per address per 15 minutes, 10 failures per code per hour. */
const LIMITS: Partial<RateLimits> = {
  restore: { max: 10, timeWindowMs: 15 * 60 * 1000 },
  restoreFailuresPerCode: { max: 10, timeWindowMs: HOUR },
};

let codeCounter = 0;
/** A well-formed recovery code no patient has, different in every test (the database is shared by the file). */
function unknownCode(): string {
  codeCounter++;
  return `ZZZZ-ZZZZ-ZZZZ-ZZZZ-${codeCounter.toString().padStart(4, '0')}`;
}

function guess(app: FastifyInstance, recoveryCode: string, request: Partial<InjectOptions> = {}) {
  return app.inject({ method: 'POST', url: '/api/v1/restore', payload: { recoveryCode }, ...request });
}

/** How many of `attempts` were answered (evaluated: 200 or 401) rather than refused with 429. */
async function answered(attempts: Promise<{ statusCode: number }>[]): Promise<number> {
  const responses = await Promise.all(attempts);
  for (const response of responses) expect([200, 401, 429]).toContain(response.statusCode);
  return responses.filter((response) => response.statusCode !== 429).length;
}

describeEachDatabase('rate limits kept in the database', ({ database, reopen }) => {
  it('hold across a restart of the app on the same database: 10 of 12 guesses before, 0 of 12 after', async () => {
    const clock = new TestClock();
    const code = unknownCode();
    const from = { remoteAddress: '198.51.100.1' };
    const first = testApp(database(), { clock, rateLimits: LIMITS });
    const before = await answered(Array.from({ length: 12 }, () => guess(first, code, from)));
    await first.close();
    // The restarted server opens the database anew, as a new process would.
    const reopened = reopen();
    const second = testApp(reopened, { clock, rateLimits: LIMITS });
    try {
      const after = await answered(Array.from({ length: 12 }, () => guess(second, unknownCode(), from)));
      expect([before, after]).toEqual([10, 0]);
      const refused = await guess(second, unknownCode(), from);
      expect(refused.statusCode).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
      // When the window ends, the address may try again.
      clock.advance(15 * 60 * 1000);
      expect((await guess(second, unknownCode(), from)).statusCode).toBe(401);
    } finally {
      await second.close();
      await reopened.close();
    }
  });

  it('are shared by two app instances on one database: 10 of 24 guesses answered between them', async () => {
    const clock = new TestClock();
    const other = reopen();
    const apps = [testApp(database(), { clock, rateLimits: LIMITS }), testApp(other, { clock, rateLimits: LIMITS })];
    try {
      const from = { remoteAddress: '198.51.100.2' };
      const attempts = Array.from({ length: 24 }, (_, i) => guess(apps[i % 2] as FastifyInstance, unknownCode(), from));
      expect(await answered(attempts)).toBe(10);
    } finally {
      for (const app of apps) await app.close();
      await other.close();
    }
  });

  it('key on the rightmost untrusted address with TRUST_PROXY=1: 10 of 40 spoofed guesses answered, not 40', async () => {
    const app = testApp(database(), { rateLimits: LIMITS, trustProxy: 1 });
    try {
      // Behind one proxy (10.0.0.1), the client 203.0.113.9 makes up a new X-Forwarded-For entry for every guess.
      const spoofed = Array.from({ length: 40 }, (_, i) =>
        guess(app, unknownCode(), {
          remoteAddress: '10.0.0.1',
          headers: { 'x-forwarded-for': `192.0.2.${i + 1}, 203.0.113.9` },
        }),
      );
      expect(await answered(spoofed)).toBe(10);
      // Another client behind the same proxy has its own count.
      const other = await guess(app, unknownCode(), {
        remoteAddress: '10.0.0.1',
        headers: { 'x-forwarded-for': '203.0.113.10' },
      });
      expect(other.statusCode).toBe(401);
    } finally {
      await app.close();
    }
  });

  it('ignore X-Forwarded-For from an address that is not a listed proxy', async () => {
    const app = testApp(database(), { rateLimits: LIMITS, trustProxy: ['10.0.0.1'] });
    try {
      const direct = Array.from({ length: 12 }, (_, i) =>
        guess(app, unknownCode(), {
          remoteAddress: '203.0.113.20',
          headers: { 'x-forwarded-for': `192.0.2.${i + 1}` },
        }),
      );
      expect(await answered(direct)).toBe(10);
    } finally {
      await app.close();
    }
  });

  it('cap failed restores per recovery code from five addresses: 10 of 75 answered, then 429 even for the right code', async () => {
    const clock = new TestClock();
    // The code the next patient will get: the random source is fixed for the 20 bytes of a recovery code.
    const codeBytes = randomBytes(20);
    const random = (size: number) => (size === 20 ? new Uint8Array(codeBytes) : new Uint8Array(randomBytes(size)));
    const code = recoveryCodeFromBytes(codeBytes);
    const app = testApp(database(), { clock, rateLimits: LIMITS, random });
    try {
      const addresses = ['198.51.100.11', '198.51.100.12', '198.51.100.13', '198.51.100.14', '198.51.100.15'];
      // 15 guesses of the same code from each of five addresses, before any patient has it.
      let total = 0;
      for (const remoteAddress of addresses) {
        total += await answered(Array.from({ length: 15 }, () => guess(app, code, { remoteAddress })));
      }
      expect(total).toBe(10);
      // Now a patient has that code: it still waits, whoever asks, while other codes work.
      const created = await app.inject({ method: 'POST', url: '/api/v1/patients', remoteAddress: '198.51.100.16' });
      expect(created.json()).toMatchObject({ recoveryCode: code });
      const refused = await guess(app, code, { remoteAddress: '198.51.100.17' });
      expect(refused.statusCode).toBe(429);
      expect(refused.json()).toEqual({
        error: 'rate_limited',
        message: expect.stringMatching(/too many failed restores with this recovery code.*try again in/),
      });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(15 * 60);
      expect((await guess(app, unknownCode(), { remoteAddress: '198.51.100.17' })).statusCode).toBe(401);
      // After the hour, the right code restores.
      clock.advance(HOUR);
      expect((await guess(app, code, { remoteAddress: '198.51.100.18' })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('do not let a successful restore reset the failures counted on other codes', async () => {
    const app = testApp(database(), {
      rateLimits: { ...LIMITS, restoreFailuresPerCode: { max: 3, timeWindowMs: HOUR } },
    });
    try {
      const guessed = unknownCode();
      for (let i = 0; i < 3; i++)
        expect((await guess(app, guessed, { remoteAddress: '198.51.100.21' })).statusCode).toBe(401);
      const patient = (
        await app.inject({ method: 'POST', url: '/api/v1/patients', remoteAddress: '198.51.100.22' })
      ).json<{ recoveryCode: string }>();
      expect((await guess(app, patient.recoveryCode, { remoteAddress: '198.51.100.21' })).statusCode).toBe(200);
      expect((await guess(app, guessed, { remoteAddress: '198.51.100.23' })).statusCode).toBe(429);
    } finally {
      await app.close();
    }
  });

  it('answer 503 with Retry-After, and keep running, when the database cannot be reached', async () => {
    const broken = reopen();
    await broken.close();
    const app = testApp(broken, { rateLimits: LIMITS });
    try {
      const response = await guess(app, unknownCode(), { remoteAddress: '198.51.100.31' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({ error: 'rate_limit_unavailable', message: expect.any(String) });
      expect(response.headers['retry-after']).toBe('5');
      const create = await app.inject({ method: 'POST', url: '/api/v1/patients', remoteAddress: '198.51.100.31' });
      expect(create.statusCode).toBe(503);
    } finally {
      await app.close();
    }
  });
});
