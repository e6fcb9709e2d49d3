import type { FastifyInstance } from 'fastify';
import { generate } from 'otplib';
import { expect } from 'vitest';
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import { STAFF_COOKIE } from '../http/staffAuth.js';
import { addTherapistCommand, createPracticeCommand } from '../staff/staffCommands.js';
import type { TestClock } from './fixtures.js';

/** A staff member signed in through the API: the cookie and CSRF headers to send, and their TOTP secret. */
export type TestStaff = {
  email: string;
  password: string;
  secret: string;
  recoveryCodes: string[];
  /** Headers of a signed-in request: the cookie and the CSRF token. */
  headers: { cookie: string; 'x-csrf-token': string };
};

export const STAFF_PASSWORD = 'a long enough password';

/** The setup code printed by a CLI command. */
export function setupCodeOf(lines: readonly string[]): string {
  const match = lines.join('\n').match(/setup code ([0-9A-Z]{4}(?:-[0-9A-Z]{4}){3})/);
  if (!match?.[1]) throw new Error(`no setup code in: ${lines.join(' | ')}`);
  return match[1];
}

export function practiceIdOf(lines: readonly string[]): string {
  const match = lines[0]?.match(/created: (\S+)$/);
  if (!match?.[1]) throw new Error(`no practice id in: ${lines.join(' | ')}`);
  return match[1];
}

/** A TOTP code for `secret` at the clock's time. */
export function totpAt(secret: string, clock: Clock, stepsLater = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(clock.now() / 1000) + stepsLater * 30 });
}

function sessionCookie(response: { cookies: { name: string; value: string }[] }): string {
  const cookie = response.cookies.find((c) => c.name === STAFF_COOKIE);
  if (!cookie) throw new Error('no session cookie in the answer');
  return `${STAFF_COOKIE}=${cookie.value}`;
}

/** Sets an account up through the API (setup code, password, first TOTP code): a complete session. */
export async function setUpStaff(
  app: FastifyInstance,
  clock: Clock,
  email: string,
  setupCode: string,
): Promise<TestStaff> {
  const setup = await app.inject({
    method: 'POST',
    url: '/api/v1/staff/setup',
    payload: { email, setupCode, password: STAFF_PASSWORD },
  });
  expect(setup.statusCode, setup.body).toBe(200);
  const { secret, csrfToken } = setup.json<{ secret: string; csrfToken: string }>();
  const headers = { cookie: sessionCookie(setup), 'x-csrf-token': csrfToken };
  const confirm = await app.inject({
    method: 'POST',
    url: '/api/v1/staff/setup/confirm',
    headers,
    payload: { code: await totpAt(secret, clock) },
  });
  expect(confirm.statusCode, confirm.body).toBe(200);
  return {
    email,
    password: STAFF_PASSWORD,
    secret,
    recoveryCodes: confirm.json<{ recoveryCodes: string[] }>().recoveryCodes,
    headers,
  };
}

/**
 * Signs in with the password and the TOTP code of 30 seconds later: the
 * clock moves one step on, as a code is accepted only once.
 */
export async function signIn(app: FastifyInstance, clock: TestClock, staff: TestStaff): Promise<TestStaff> {
  clock.advance(30_000);
  const first = await app.inject({
    method: 'POST',
    url: '/api/v1/staff/sign-in',
    payload: { email: staff.email, password: staff.password },
  });
  expect(first.statusCode, first.body).toBe(200);
  const headers = { cookie: sessionCookie(first), 'x-csrf-token': first.json<{ csrfToken: string }>().csrfToken };
  const second = await app.inject({
    method: 'POST',
    url: '/api/v1/staff/sign-in/second-factor',
    headers,
    payload: { code: await totpAt(staff.secret, clock) },
  });
  expect(second.statusCode, second.body).toBe(200);
  return { ...staff, headers: { ...headers, 'x-csrf-token': second.json<{ csrfToken: string }>().csrfToken } };
}

/** A practice from the CLI command, with its administrator and `therapists` therapists, all set up. */
export async function practiceWithStaff(
  app: FastifyInstance,
  database: Database,
  clock: Clock,
  name: string,
  therapists: number,
): Promise<{ practiceId: string; admin: TestStaff; therapists: TestStaff[] }> {
  const slug = `${name.toLowerCase().replace(/\W+/g, '-')}-${clock.now()}`;
  const created = await createPracticeCommand(
    ['--name', name, '--admin-email', `admin@${slug}.test`, '--admin-name', `Admin ${name}`],
    database,
    clock,
  );
  const practiceId = practiceIdOf(created);
  const admin = await setUpStaff(app, clock, `admin@${slug}.test`, setupCodeOf(created));
  const staff: TestStaff[] = [];
  for (let i = 1; i <= therapists; i += 1) {
    const email = `therapist${i}@${slug}.test`;
    const added = await addTherapistCommand(
      ['--practice', practiceId, '--email', email, '--name', `Therapist ${i} ${name}`],
      database,
      clock,
    );
    staff.push(await setUpStaff(app, clock, email, setupCodeOf(added)));
  }
  return { practiceId, admin, therapists: staff };
}
