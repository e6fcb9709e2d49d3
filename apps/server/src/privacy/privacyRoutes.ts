import { RetentionRequest } from '@veerkracht/contract';
import type { FastifyPluginAsync } from 'fastify';
import { patientOf, requirePatient } from '../http/auth.js';
import { requireStaff, staffOf } from '../http/staffAuth.js';
import { parseInput } from '../http/validation.js';
import type { PatientService } from '../patients/patientService.js';
import type { StaffService } from '../staff/staffService.js';
import type { PrivacyService } from './privacyService.js';

export type PrivacyRoutesOptions = { patients: PatientService; staff: StaffService; privacy: PrivacyService };

/**
 * The person's erasure and the practice's retention (issue 14):
 * `DELETE /api/v1/patients/me` (bearer: everything of this patient, in one
 * transaction, answered once committed), and for the administrator
 * `GET` / `PUT /api/v1/practice/retention` (cookie session with CSRF).
 */
export const privacyRoutes: FastifyPluginAsync<PrivacyRoutesOptions> = async (app, { patients, staff, privacy }) => {
  app.delete('/api/v1/patients/me', { onRequest: requirePatient(patients) }, async (request, reply) => {
    await privacy.erasePatient(patientOf(request).patientId);
    return reply.code(204).header('cache-control', 'no-store').send();
  });

  const admin = { onRequest: requireStaff(staff, { role: 'admin' }) };

  app.get('/api/v1/practice/retention', admin, async (request, reply) => {
    return reply
      .header('cache-control', 'no-store')
      .send(await privacy.retentionOf(staffOf(request).staff.practice.id));
  });

  app.put('/api/v1/practice/retention', admin, async (request, reply) => {
    const { days } = parseInput(RetentionRequest, request.body);
    return reply.header('cache-control', 'no-store').send(await privacy.setRetention(staffOf(request), days));
  });
};
