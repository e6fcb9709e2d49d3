import { EmptyRequest, RestoreRequest } from '@veerkracht/contract';
import type { FastifyPluginAsync } from 'fastify';
import { patientOf, requirePatient } from '../http/auth.js';
import { parseInput } from '../http/validation.js';
import type { PatientService } from './patientService.js';

export type RateLimit = { max: number; timeWindowMs: number };

export type PatientRoutesOptions = {
  patients: PatientService;
  rateLimits: { createPatient: RateLimit; restore: RateLimit };
};

/**
 * `POST /api/v1/patients`, `POST /api/v1/restore` (both rate-limited per IP)
 * and `POST /api/v1/devices/revoke` (bearer token).
 */
export const patientRoutes: FastifyPluginAsync<PatientRoutesOptions> = async (app, { patients, rateLimits }) => {
  app.post(
    '/api/v1/patients',
    { config: { rateLimit: { max: rateLimits.createPatient.max, timeWindow: rateLimits.createPatient.timeWindowMs } } },
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
    { config: { rateLimit: { max: rateLimits.restore.max, timeWindow: rateLimits.restore.timeWindowMs } } },
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
