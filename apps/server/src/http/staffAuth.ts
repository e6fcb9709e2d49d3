import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionStage, StaffRole } from '../db/schema.js';
import { AppError } from '../errors.js';
import type { StaffContext, StaffService } from '../staff/staffService.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by {@link requireStaff} on routes of the therapist workspace. */
    staff: StaffContext | null;
  }
}

/**
 * The session cookie. `__Host-`: only from this host, over HTTPS (browsers
 * treat http://localhost as secure too), for the whole path; httpOnly so no
 * script reads it; SameSite=Strict so no other site's page sends it.
 */
export const STAFF_COOKIE = '__Host-vk_staff';
export const CSRF_HEADER = 'x-csrf-token';

export const SESSION_COOKIE_OPTIONS = { path: '/', httpOnly: true, secure: true, sameSite: 'strict' } as const;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * An `onRequest` hook for cookie routes: a live session (401 otherwise), the
 * CSRF token on every state-changing request (403), the second factor done
 * unless `stage: 'password'` is allowed (401 `second_factor_required`), and
 * the role (403). `stage: 'any'` admits both stages (the session page,
 * sign-out). Runs before the body is read.
 */
export function requireStaff(staff: StaffService, options: { role?: StaffRole; stage?: SessionStage | 'any' } = {}) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const header = request.headers[CSRF_HEADER];
    const context = await staff.authenticate(request.cookies[STAFF_COOKIE], {
      check: !SAFE_METHODS.has(request.method),
      token: typeof header === 'string' ? header : undefined,
    });
    const stage = options.stage ?? 'full';
    if (stage === 'full' && context.stage !== 'full') {
      throw new AppError(401, 'second_factor_required', 'give the code of the authenticator app first');
    }
    if (stage === 'password' && context.stage !== 'password') {
      throw new AppError(409, 'already_signed_in', 'this session is already signed in');
    }
    if (options.role && context.staff.role !== options.role) {
      throw new AppError(
        403,
        'forbidden',
        `only a ${options.role === 'admin' ? 'practice administrator' : 'therapist'} may do this`,
      );
    }
    request.staff = context;
  };
}

/** The staff member of a request that passed {@link requireStaff}. */
export function staffOf(request: FastifyRequest): StaffContext {
  if (!request.staff) throw new Error('route is missing the requireStaff hook');
  return request.staff;
}
