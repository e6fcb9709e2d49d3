import { formatHlc, type SyncRecord } from '@veerkracht/core';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { buildApp, type RateLimits, type TrustProxy } from '../app.js';
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import type { RandomBytes } from '../patients/secrets.js';

/** Noon in Amsterdam's winter, a fixed "now" for tests. */
export const NOW = Date.parse('2026-11-25T11:00:00.000Z');
export const TODAY = '2026-11-25';

/** A clock tests can set and move. */
export class TestClock implements Clock {
  constructor(public ms: number = NOW) {}
  now(): number {
    return this.ms;
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

/** A lowercase UUID v7 made from a number, so tests read well. */
export function recordId(n: number): string {
  return `01935a2e-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** A clock value `offsetMs` after {@link NOW}, on device `node`. */
export function hlc(offsetMs = 0, counter = 0, node = '0123456789abcdef'): string {
  return formatHlc({ millis: NOW + offsetMs, counter, node });
}

/** A valid check-in change. */
export function checkIn(
  n: number,
  options: { at?: number; pain?: number; date?: string; node?: string; deleted?: boolean } = {},
): SyncRecord {
  return {
    id: recordId(n),
    type: 'checkin',
    data: { date: options.date ?? TODAY, pain: options.pain ?? 3 },
    hlc: hlc(options.at ?? 0, 0, options.node),
    deleted: options.deleted ?? false,
  };
}

/** Limits high enough that only the rate-limit tests ever meet them. */
export const NO_RATE_LIMITS: RateLimits = {
  restore: { max: 100_000, timeWindowMs: 60_000 },
  createPatient: { max: 100_000, timeWindowMs: 60_000 },
  restoreFailuresPerCode: { max: 100_000, timeWindowMs: 60_000 },
  staffSignIn: { max: 100_000, timeWindowMs: 60_000 },
  inviteCode: { max: 100_000, timeWindowMs: 60_000 },
};

/** Sync limits that only the sync admission tests ever meet. */
export const NO_SYNC_LIMITS = {
  concurrentPerToken: 10_000,
  concurrentPerPatient: 10_000,
  burstPerToken: 1_000_000,
  refillPerSecond: 1_000,
};

/** The app on `database`, silent, without a web app, with a test clock. */
export function testApp(
  database: Database,
  options: { clock?: Clock; rateLimits?: Partial<RateLimits>; trustProxy?: TrustProxy; random?: RandomBytes } = {},
) {
  return buildApp({
    db: database,
    clock: options.clock ?? new TestClock(),
    logger: false,
    webDist: null,
    rateLimits: { ...NO_RATE_LIMITS, ...options.rateLimits },
    syncLimits: NO_SYNC_LIMITS,
    ...(options.trustProxy === undefined ? {} : { trustProxy: options.trustProxy }),
    ...(options.random ? { random: options.random } : {}),
  });
}

export type TestPatient = { patientId: string; token: string; recoveryCode: string; auth: { authorization: string } };

/** Creates a patient through the API. */
export async function createPatient(app: FastifyInstance): Promise<TestPatient> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/patients' });
  expect(response.statusCode).toBe(201);
  const body = response.json<Omit<TestPatient, 'auth'>>();
  return { ...body, auth: { authorization: `Bearer ${body.token}` } };
}

/** `POST /api/v1/sync` as a patient. */
export function syncAs(app: FastifyInstance, patient: TestPatient, body: unknown) {
  return app.inject({ method: 'POST', url: '/api/v1/sync', headers: patient.auth, payload: body as object });
}
