import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import type { Authenticated, PatientService } from '../patients/patientService.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by {@link requirePatient} on routes that need a bearer token. */
    patient: Authenticated | null;
  }
}

/** Declares the `patient` property on requests once, before any route uses it. */
export function installAuth(app: FastifyInstance): void {
  app.decorateRequest('patient', null);
}

/**
 * An `onRequest` hook that admits only requests with a valid bearer token. It
 * runs before the body is read, so an unauthenticated client gets 401 and
 * cannot make the server parse a megabyte of JSON.
 */
export function requirePatient(patients: PatientService) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    try {
      request.patient = await patients.authenticate(request.headers.authorization);
    } catch (error) {
      // RFC 6750: a 401 for a bearer-protected resource names the scheme.
      if (error instanceof AppError && error.status === 401) reply.header('www-authenticate', 'Bearer');
      throw error;
    }
  };
}

/** The authenticated patient of a request that passed {@link requirePatient}. */
export function patientOf(request: FastifyRequest): Authenticated {
  if (!request.patient) throw new Error('route is missing the requirePatient hook');
  return request.patient;
}
