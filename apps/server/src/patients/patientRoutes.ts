import { EmptyRequest, RestoreRequest } from '@veerkracht/contract';
import type { FastifyPluginAsync } from 'fastify';
import { patientOf, requirePatient } from '../http/auth.js';
import { parseInput } from '../http/validation.js';
import type { RateLimit, RateLimiter } from '../rateLimits/rateLimiter.js';
import type { PatientService } from './patientService.js';

export type { RateLimit };

export type PatientRoutesOptions = {
  patients: PatientService;
  limiter: RateLimiter;
  rateLimits: { createPatient: RateLimit; restore: RateLimit };
};

/**
 * `POST /api/v1/patients`, `POST /api/v1/restore` (both rate-limited per IP,
 * in the database) and `POST /api/v1/devices/revoke` (bearer token).
 */
export const patientRoutes: FastifyPluginAsync<PatientRoutesOptions> = async (
  app,
  { patients, limiter, rateLimits },
) => {
  app.post(
    '/api/v1/patients',
    // onRequest: a limited client is refused before its body is read.
    { onRequest: limiter.perAddress('create-patient', rateLimits.createPatient) },
    async (request, reply) => {
      parseInput(EmptyRequest, request.body);
      return reply
        .code(201)
        .header('cache-control', 'no-store')
        .send(await patients.createPatient());
    },
  );

  app.post(
    '/api/v1/restore',
    { onRequest: limiter.perAddress('restore', rateLimits.restore) },
    async (request, reply) => {
      const { recoveryCode } = parseInput(RestoreRequest, request.body);
      return reply.header('cache-control', 'no-store').send(await patients.restore(recoveryCode));
    },
  );

  app.post('/api/v1/devices/revoke', { onRequest: requirePatient(patients) }, async (request, reply) => {
    parseInput(EmptyRequest, request.body);
    await patients.revokeDevice(patientOf(request));
    return reply.code(204).send();
  });
};
