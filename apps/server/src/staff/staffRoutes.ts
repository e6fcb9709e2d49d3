import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import {
  AddStaffRequest,
  EmptyRequest,
  PasskeyResponseRequest,
  SecondFactorRequest,
  StaffSetupRequest,
  StaffSignInRequest,
  TotpConfirmRequest,
} from '@veerkracht/contract';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { requireStaff, SESSION_COOKIE_OPTIONS, STAFF_COOKIE, staffOf } from '../http/staffAuth.js';
import { parseInput } from '../http/validation.js';
import type { RelyingParty } from '../http/webauthn.js';
import type { RateLimit, RateLimiter } from '../rateLimits/rateLimiter.js';
import type { PasskeyService } from './passkeys.js';
import { csrfTokenFor, type NewSession, type StaffContext, type StaffService } from './staffService.js';

export type StaffRoutesOptions = {
  staff: StaffService;
  passkeys: PasskeyService;
  limiter: RateLimiter;
  rateLimits: { signIn: RateLimit };
};

function sessionBody(context: StaffContext, csrfToken: string) {
  return { staff: context.staff, stage: context.stage, csrfToken, expiresAt: context.expiresAt };
}

/**
 * The relying party as the browser sees it: the host name (WebAuthn's RP id)
 * and the origin. Behind a proxy, TRUST_PROXY makes these the public ones.
 */
function relyingParty(request: FastifyRequest): RelyingParty {
  return { id: request.hostname, origin: `${request.protocol}://${request.host}` };
}

/** The CSRF token of the request's session (it passed requireStaff, so the cookie is there). */
function csrfOf(request: FastifyRequest): string {
  return csrfTokenFor(request.cookies[STAFF_COOKIE] ?? '');
}

function startSession(reply: FastifyReply, session: NewSession): void {
  reply.setCookie(STAFF_COOKIE, session.token, SESSION_COOKIE_OPTIONS).header('cache-control', 'no-store');
}

/**
 * Staff accounts: setup with a one-time code, sign-in with a password and a
 * second factor, the session, sign-out; and for a practice administrator,
 * the practice's staff (adding gives a setup code; removing ends sessions).
 */
export const staffRoutes: FastifyPluginAsync<StaffRoutesOptions> = async (
  app,
  { staff, passkeys, limiter, rateLimits },
) => {
  const perAddress = { onRequest: limiter.perAddress('staff-sign-in', rateLimits.signIn) };

  app.post('/api/v1/staff/setup', perAddress, async (request, reply) => {
    const body = parseInput(StaffSetupRequest, request.body);
    const { session, enrolment } = await staff.setUp(body);
    startSession(reply, session);
    return reply.send({ ...enrolment, csrfToken: session.csrfToken });
  });

  app.post(
    '/api/v1/staff/setup/confirm',
    { onRequest: requireStaff(staff, { stage: 'password' }) },
    async (request, reply) => {
      const { code } = parseInput(TotpConfirmRequest, request.body);
      return reply.header('cache-control', 'no-store').send(await staff.confirmTotp(staffOf(request), code));
    },
  );

  app.post('/api/v1/staff/sign-in', perAddress, async (request, reply) => {
    const body = parseInput(StaffSignInRequest, request.body);
    const { session, enrolment } = await staff.signIn(body);
    startSession(reply, session);
    return reply.send({
      ...sessionBody(session.context, session.csrfToken),
      passkeys: await passkeys.count(session.context.staff.id),
      ...(enrolment ? { enrolment } : {}),
    });
  });

  app.post(
    '/api/v1/staff/sign-in/second-factor',
    { onRequest: requireStaff(staff, { stage: 'password' }) },
    async (request, reply) => {
      const body = parseInput(SecondFactorRequest, request.body);
      const context = await staff.secondFactor(staffOf(request), body);
      return reply.header('cache-control', 'no-store').send(sessionBody(context, csrfOf(request)));
    },
  );

  const passwordStage = { onRequest: requireStaff(staff, { stage: 'password' }) };
  const signedIn = { onRequest: requireStaff(staff) };

  app.post('/api/v1/staff/sign-in/passkey/options', passwordStage, async (request, reply) => {
    parseInput(EmptyRequest, request.body);
    return reply
      .header('cache-control', 'no-store')
      .send(await passkeys.signInOptions(staffOf(request), relyingParty(request)));
  });

  app.post('/api/v1/staff/sign-in/passkey', passwordStage, async (request, reply) => {
    const { response } = parseInput(PasskeyResponseRequest, request.body);
    // The envelope is checked here; the library checks the rest and refuses what does not hold (400 passkey_failed).
    const context = await passkeys.signIn(
      staffOf(request),
      response as unknown as AuthenticationResponseJSON,
      relyingParty(request),
    );
    return reply.header('cache-control', 'no-store').send(sessionBody(context, csrfOf(request)));
  });

  app.post('/api/v1/staff/passkeys/options', signedIn, async (request, reply) => {
    parseInput(EmptyRequest, request.body);
    return reply
      .header('cache-control', 'no-store')
      .send(await passkeys.registrationOptions(staffOf(request), relyingParty(request)));
  });

  app.post('/api/v1/staff/passkeys', signedIn, async (request, reply) => {
    const { response } = parseInput(PasskeyResponseRequest, request.body);
    await passkeys.register(staffOf(request), response as unknown as RegistrationResponseJSON, relyingParty(request));
    return reply.code(201).send({ passkeys: await passkeys.count(staffOf(request).staff.id) });
  });

  // Any stage: a page reloaded half-way through signing in learns where it is, and its CSRF token.
  app.get('/api/v1/staff/session', { onRequest: requireStaff(staff, { stage: 'any' }) }, async (request, reply) => {
    const context = staffOf(request);
    return reply
      .header('cache-control', 'no-store')
      .send({ ...sessionBody(context, csrfOf(request)), passkeys: await passkeys.count(context.staff.id) });
  });

  app.post('/api/v1/staff/sign-out', { onRequest: requireStaff(staff, { stage: 'any' }) }, async (request, reply) => {
    parseInput(EmptyRequest, request.body);
    await staff.signOut(staffOf(request));
    return reply.clearCookie(STAFF_COOKIE, SESSION_COOKIE_OPTIONS).code(204).send();
  });

  const admin = { onRequest: requireStaff(staff, { role: 'admin' }) };

  app.get('/api/v1/practice/staff', admin, async (request, reply) => {
    return reply
      .header('cache-control', 'no-store')
      .send({ staff: await staff.listStaff(staffOf(request).staff.practice.id) });
  });

  app.post('/api/v1/practice/staff', admin, async (request, reply) => {
    const body = parseInput(AddStaffRequest, request.body);
    return reply
      .code(201)
      .header('cache-control', 'no-store')
      .send(await staff.addStaff(staffOf(request).staff.practice.id, body));
  });

  app.delete<{ Params: { id: string } }>('/api/v1/practice/staff/:id', admin, async (request, reply) => {
    await staff.removeStaff(staffOf(request), request.params.id);
    return reply.code(204).send();
  });
};
