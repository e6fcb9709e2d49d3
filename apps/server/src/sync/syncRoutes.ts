import type { FastifyPluginAsync } from 'fastify';
import { patientOf, requirePatient } from '../http/auth.js';
import type { PatientService } from '../patients/patientService.js';
import { parseSyncRequest } from './syncSchemas.js';
import type { SyncService } from './syncService.js';

/** `POST /api/v1/sync`: push changes and pull what changed since the cursor. */
export const syncRoutes: FastifyPluginAsync<{ patients: PatientService; sync: SyncService }> = async (
  app,
  { patients, sync },
) => {
  app.post('/api/v1/sync', { onRequest: requirePatient(patients) }, async (request, reply) => {
    const body = parseSyncRequest(request.body);
    // The patient comes from the token, never from the body: a device reaches only its own records.
    const result = await sync.sync(patientOf(request).patientId, body);
    return reply.header('cache-control', 'no-store').send(result);
  });
};
