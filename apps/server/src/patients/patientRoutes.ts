import { CreatePatientRequest, EmptyRequest, RestoreRequest } from '@veerkracht/contract';
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
 * in the database), and with a bearer token: `POST /api/v1/devices/revoke`
 * (this device), `GET /api/v1/devices`, `POST /api/v1/devices/{id}/revoke`
 * (any device of the patient) and `POST /api/v1/recovery-code` (renew).
 */
export const patientRoutes: FastifyPluginAsync<PatientRoutesOptions> = async (
  app,
  { patients, limiter, rateLimits },
) => {
  const bearer = { onRequest: requirePatient(patients) };

  app.post(
    '/api/v1/patients',
    // onRequest: a limited client is refused before its body is read.
    { onRequest: limiter.perAddress('create-patient', rateLimits.createPatient) },
    async (request, reply) => {
      const body = parseInput(CreatePatientRequest, request.body);
      return reply
        .code(201)
        .header('cache-control', 'no-store')
        .send(await patients.createPatient({ deviceName: body?.deviceName }));
    },
  );

  app.post(
    '/api/v1/restore',
    { onRequest: limiter.perAddress('restore', rateLimits.restore) },
    async (request, reply) => {
      const { recoveryCode, deviceName, endOtherDevices } = parseInput(RestoreRequest, request.body);
      return reply
        .header('cache-control', 'no-store')
        .send(await patients.restore(recoveryCode, { deviceName, endOtherDevices }));
    },
  );

  // Kept for old clients: signs out the device that asks.
  app.post('/api/v1/devices/revoke', bearer, async (request, reply) => {
    parseInput(EmptyRequest, request.body);
    await patients.revokeDevice(patientOf(request));
    return reply.code(204).send();
  });

  app.get('/api/v1/devices', bearer, async (request, reply) => {
    // Who is linked and when they were seen is the person's own business: no cache keeps it.
    return reply.header('cache-control', 'no-store').send(await patients.listDevices(patientOf(request)));
  });

  app.post<{ Params: { id: string } }>('/api/v1/devices/:id/revoke', bearer, async (request, reply) => {
    parseInput(EmptyRequest, request.body);
    await patients.endDevice(patientOf(request), request.params.id);
    return reply.code(204).send();
  });

  app.post('/api/v1/recovery-code', bearer, async (request, reply) => {
    parseInput(EmptyRequest, request.body);
    return reply.header('cache-control', 'no-store').send(await patients.renewRecoveryCode(patientOf(request)));
  });
};
