import { createHash } from 'node:crypto';
import { uuidv7 } from '@veerkracht/core';
import type { AccessLog } from '../accessLog/accessLog.js';
import type { Clock } from '../clock.js';
import type { SessionStage, StaffRole } from '../db/schema.js';
import { AppError } from '../errors.js';
import { staffActor } from '../links/linkService.js';
import { hashSecret, type RandomBytes, secureRandom } from '../patients/secrets.js';
import type { RateLimit, RateLimiter } from '../rateLimits/rateLimiter.js';
import {
  hashPassword,
  newTotpSecret,
  normaliseCode,
  passwordMatches,
  totpEnrolment,
  totpStep,
  typeableCode,
  unknownAccountHash,
} from './credentials.js';
import { optionalInteger, type StaffRepository, type StaffRow } from './staffRepository.js';

/** A session without activity for this long ends. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
/** A session ends after this, active or not: sign in again each working day. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** Between the password and the second factor. */
export const PASSWORD_STAGE_MS = 10 * 60 * 1000;
/** A setup code from the CLI or an administrator is valid this long. */
export const SETUP_CODE_MS = 7 * 24 * 60 * 60 * 1000;
/** Recovery codes given when the authenticator app is set up. */
export const RECOVERY_CODES = 10;
/** `last_seen_at` is written at most this often: not a write per request. */
const TOUCH_EVERY_MS = 60 * 1000;

export type StaffMember = {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  practice: { id: string; name: string };
};

/** An authenticated staff request: who, in which session. */
export type StaffContext = { staff: StaffMember; sessionId: string; stage: SessionStage; expiresAt: string };

/** A new session: the secrets go to the browser once (cookie and CSRF token); only their hashes are kept. */
export type NewSession = { token: string; csrfToken: string; context: StaffContext };

export type StaffLimits = { secondFactorFailures: RateLimit; signInFailuresPerEmail: RateLimit };

export const DEFAULT_STAFF_LIMITS: StaffLimits = {
  secondFactorFailures: { max: 5, timeWindowMs: 15 * 60 * 1000 },
  signInFailuresPerEmail: { max: 10, timeWindowMs: 60 * 60 * 1000 },
};

const ISSUER = 'Veerkracht';

/**
 * The CSRF token of a session: derived from its cookie token, so every tab of
 * the session gets the same one (a reloaded page asks for it again) and none
 * is stored in clear. A page of another site cannot read the httpOnly cookie,
 * so it cannot make the token either.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update(`veerkracht-csrf:${sessionToken}`, 'utf8').digest('base64url');
}

const secret = (random: RandomBytes) => Buffer.from(random(32)).toString('base64url');

function memberOf(row: StaffRow): StaffMember {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    practice: { id: row.practice_id, name: row.practice_name },
  };
}

const signInFailed = () => new AppError(401, 'sign_in_failed', 'the e-mail address or the password is not right');

/**
 * Practices, staff accounts and their sessions: setup with a one-time code,
 * sign-in with password and a second factor (TOTP or a recovery code),
 * sessions with idle and absolute expiry, revocable on the server.
 */
export function createStaffService(deps: {
  repo: StaffRepository;
  /** Removing an account ends its links: the access log says so. */
  accessLog: AccessLog;
  clock: Clock;
  limiter: RateLimiter;
  limits?: Partial<StaffLimits>;
  random?: RandomBytes;
}) {
  const { repo, clock, limiter } = deps;
  const random = deps.random ?? secureRandom;
  const limits: StaffLimits = { ...DEFAULT_STAFF_LIMITS, ...deps.limits };
  const iso = (ms: number) => new Date(ms).toISOString();
  const newId = () => uuidv7(clock.now(), random(10));

  async function newSession(row: StaffRow, stage: SessionStage): Promise<NewSession> {
    const token = secret(random);
    const csrfToken = csrfTokenFor(token);
    const now = clock.now();
    const expiresAt = iso(now + (stage === 'full' ? SESSION_ABSOLUTE_MS : PASSWORD_STAGE_MS));
    const id = newId();
    await repo.createSession({
      id,
      tokenHash: hashSecret(token),
      csrfHash: hashSecret(csrfToken),
      staffId: row.id,
      stage,
      createdAt: iso(now),
      expiresAt,
    });
    return { token, csrfToken, context: { staff: memberOf(row), sessionId: id, stage, expiresAt } };
  }

  async function addStaff(
    practiceId: string,
    input: { email: string; name: string; role: StaffRole },
  ): Promise<{ id: string; setupCode: string; setupExpiresAt: string }> {
    const setupCode = typeableCode(random, 4);
    const id = newId();
    const setupExpiresAt = iso(clock.now() + SETUP_CODE_MS);
    const added = await repo.addStaff({
      id,
      practiceId,
      role: input.role,
      email: input.email,
      name: input.name,
      setupCodeHash: hashSecret(normaliseCode(setupCode)),
      setupExpiresAt,
      createdAt: iso(clock.now()),
    });
    if (!added) throw new AppError(409, 'email_taken', 'email is already used by another account');
    return { id, setupCode, setupExpiresAt };
  }

  return {
    async createPractice(input: { name: string; admin: { email: string; name: string } }) {
      const practiceId = newId();
      await repo.createPractice({ id: practiceId, name: input.name, createdAt: iso(clock.now()) });
      const admin = await addStaff(practiceId, { ...input.admin, role: 'admin' });
      return { practiceId, admin };
    },

    async addStaff(practiceId: string, input: { email: string; name: string; role: StaffRole }) {
      if (!(await repo.practiceExists(practiceId))) {
        throw new AppError(404, 'practice_not_found', `there is no practice with id ${practiceId}`);
      }
      return addStaff(practiceId, input);
    },

    async listStaff(practiceId: string) {
      return (await repo.staffOfPractice(practiceId)).map((row) => ({
        ...memberOf(row),
        setUp: row.totp_confirmed_at !== null,
        removedAt: row.removed_at,
      }));
    },

    async removeStaff(by: StaffContext, staffId: string): Promise<void> {
      const row = await repo.staffById(staffId);
      if (!row || row.practice_id !== by.staff.practice.id || row.removed_at !== null) {
        throw new AppError(404, 'staff_not_found', 'there is no such account in this practice');
      }
      if (row.id === by.staff.id)
        throw new AppError(409, 'cannot_remove_self', 'an administrator cannot remove their own account');
      await repo.removeStaff(staffId, iso(clock.now()), async (patientIds, trx) => {
        await deps.accessLog.append(
          staffActor(by),
          patientIds.map((patientId) => ({ patientId, action: 'unlink' as const, what: 'link' })),
          trx,
        );
      });
    },

    /**
     * The first step of a new account: the setup code and a password. Answers
     * a session at stage `password` and the authenticator secret to scan; the
     * account works once the first code is confirmed.
     */
    async setUp(input: { email: string; setupCode: string; password: string }) {
      const row = await repo.staffByEmail(input.email);
      const codeHash = hashSecret(normaliseCode(input.setupCode));
      const valid =
        row !== undefined &&
        row.removed_at === null &&
        row.setup_code_hash === codeHash &&
        row.setup_expires_at !== null &&
        Date.parse(row.setup_expires_at) > clock.now();
      if (!valid) {
        throw new AppError(
          401,
          'setup_code_invalid',
          'this setup code is not right for this e-mail address, or it has expired',
        );
      }
      const totpSecret = newTotpSecret();
      await repo.completeSetup(row.id, await hashPassword(input.password), totpSecret);
      const session = await newSession(row, 'password');
      return { session, enrolment: { secret: totpSecret, ...totpEnrolment(totpSecret, ISSUER, row.email) } };
    },

    /** The authenticator app's first code: the second factor is in force; answers the recovery codes, once. */
    async confirmTotp(context: StaffContext, code: string): Promise<{ recoveryCodes: string[] }> {
      const row = await repo.staffById(context.staff.id);
      if (!row?.totp_secret || row.totp_confirmed_at !== null) {
        throw new AppError(409, 'already_set_up', 'the authenticator app is already set up for this account');
      }
      await limiter.ensureBelow(`2fa:${row.id}`, limits.secondFactorFailures, tooManyCodes);
      const step = await totpStep(row.totp_secret, code, clock.now(), null);
      if (step === null) {
        await limiter.record(`2fa:${row.id}`, limits.secondFactorFailures);
        throw new AppError(400, 'invalid_request', 'code is not right: type the 6 digits the app shows now', [
          { field: 'code', code: 'wrong_code', message: 'code is not the code the authenticator app shows now' },
        ]);
      }
      const recoveryCodes = Array.from({ length: RECOVERY_CODES }, () => typeableCode(random, 3));
      await repo.confirmTotp(
        row.id,
        iso(clock.now()),
        step,
        recoveryCodes.map((c) => hashSecret(normaliseCode(c))),
      );
      await repo.promoteSession(context.sessionId, iso(clock.now() + SESSION_ABSOLUTE_MS), iso(clock.now()));
      return { recoveryCodes };
    },

    /**
     * The password step. Answers a session at stage `password`, and the
     * authenticator secret again when it was never confirmed (setup left half-way).
     * Unknown e-mail and wrong password get the same answer in the same time.
     */
    async signIn(input: { email: string; password: string }) {
      const failuresKey = `sign-in-fail:${hashSecret(input.email)}`;
      await limiter.ensureBelow(failuresKey, limits.signInFailuresPerEmail, tooManySignIns);
      const row = await repo.staffByEmail(input.email);
      const usable = row !== undefined && row.removed_at === null && row.password_hash !== null;
      const matches = await passwordMatches(
        usable ? (row.password_hash as string) : await unknownAccountHash(),
        input.password,
      );
      if (!usable || !matches) {
        await limiter.record(failuresKey, limits.signInFailuresPerEmail);
        throw signInFailed();
      }
      const session = await newSession(row, 'password');
      const enrolment =
        row.totp_confirmed_at === null && row.totp_secret
          ? { secret: row.totp_secret, ...totpEnrolment(row.totp_secret, ISSUER, row.email) }
          : undefined;
      return { session, enrolment };
    },

    /** The second step: a code from the app (once per 30 s step) or an unused recovery code. */
    async secondFactor(
      context: StaffContext,
      input: { code: string } | { recoveryCode: string },
    ): Promise<StaffContext> {
      const row = await repo.staffById(context.staff.id);
      if (!row?.totp_secret || row.totp_confirmed_at === null) {
        throw new AppError(409, 'setup_incomplete', 'set up the authenticator app first');
      }
      const key = `2fa:${row.id}`;
      await limiter.ensureBelow(key, limits.secondFactorFailures, tooManyCodes);
      let accepted = false;
      if ('code' in input) {
        const step = await totpStep(row.totp_secret, input.code, clock.now(), optionalInteger(row.totp_last_step));
        accepted = step !== null && (await repo.acceptTotpStep(row.id, step));
      } else {
        accepted = await repo.useRecoveryCode(row.id, hashSecret(normaliseCode(input.recoveryCode)), iso(clock.now()));
      }
      if (!accepted) {
        await limiter.record(key, limits.secondFactorFailures);
        const field = 'code' in input ? 'code' : 'recoveryCode';
        throw new AppError(400, 'invalid_request', `${field} is not right, or was already used`, [
          { field, code: 'wrong_code', message: `${field} is not right, or was already used` },
        ]);
      }
      const expiresAt = iso(clock.now() + SESSION_ABSOLUTE_MS);
      await repo.promoteSession(context.sessionId, expiresAt, iso(clock.now()));
      return { ...context, stage: 'full', expiresAt };
    },

    /** The second step is done (a passkey answered): the session becomes complete. */
    async promote(context: StaffContext): Promise<StaffContext> {
      const expiresAt = iso(clock.now() + SESSION_ABSOLUTE_MS);
      await repo.promoteSession(context.sessionId, expiresAt, iso(clock.now()));
      return { ...context, stage: 'full', expiresAt };
    },

    /**
     * The session of a cookie token, or a 401: unknown, revoked, past its
     * absolute end, idle too long, or its account removed. `csrfToken` is
     * checked for state-changing requests (403 without the right one).
     */
    async authenticate(
      token: string | undefined,
      csrf: { check: boolean; token: string | undefined },
    ): Promise<StaffContext> {
      const unauthorized = (why: string) => new AppError(401, 'unauthorized', why);
      if (!token || !/^[A-Za-z0-9_-]{43}$/.test(token)) throw unauthorized('sign in first');
      const session = await repo.sessionByTokenHash(hashSecret(token));
      const now = clock.now();
      if (!session || session.revoked_at !== null) throw unauthorized('this session has ended; sign in again');
      if (Date.parse(session.expires_at) <= now) throw unauthorized('this session has expired; sign in again');
      if (session.stage === 'full' && Date.parse(session.last_seen_at) + SESSION_IDLE_MS <= now) {
        throw unauthorized('this session was idle too long; sign in again');
      }
      const row = await repo.staffById(session.staff_id);
      if (!row || row.removed_at !== null) throw unauthorized('this account no longer exists');
      if (csrf.check && (!csrf.token || hashSecret(csrf.token) !== session.csrf_hash)) {
        throw new AppError(403, 'csrf_failed', 'the X-CSRF-Token header is missing or not right; reload the page');
      }
      if (now - Date.parse(session.last_seen_at) >= TOUCH_EVERY_MS) await repo.touchSession(session.id, iso(now));
      return { staff: memberOf(row), sessionId: session.id, stage: session.stage, expiresAt: session.expires_at };
    },

    async signOut(context: StaffContext): Promise<void> {
      await repo.revokeSession(context.sessionId, iso(clock.now()));
    },
  };
}

export type StaffService = ReturnType<typeof createStaffService>;

const tooManyCodes = (max: number) => `${max} wrong codes in a row`;
const tooManySignIns = (max: number) => `${max} failed sign-ins for this e-mail address`;
