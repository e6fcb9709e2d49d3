import { InviteRequest, LinkPreviewRequest, LinkRequest } from '@veerkracht/contract';
import type { FastifyPluginAsync } from 'fastify';
import type { AccessLog } from '../accessLog/accessLog.js';
import { patientOf, requirePatient } from '../http/auth.js';
import { requireStaff, staffOf } from '../http/staffAuth.js';
import { parseInput } from '../http/validation.js';
import type { PatientService } from '../patients/patientService.js';
import type { RateLimit, RateLimiter } from '../rateLimits/rateLimiter.js';
import type { StaffService } from '../staff/staffService.js';
import type { LinkService } from './linkService.js';

export type LinkRoutesOptions = {
  patients: PatientService;
  staff: StaffService;
  links: LinkService;
  accessLog: AccessLog;
  limiter: RateLimiter;
  rateLimits: { inviteCode: RateLimit };
};

/**
 * For the patient (bearer token): preview an invite, link with consent, the
 * links, unlink, and their own access log. For the therapist: a new invite.
 */
export const linkRoutes: FastifyPluginAsync<LinkRoutesOptions> = async (
  app,
  { patients, staff, links, accessLog, limiter, rateLimits },
) => {
  const bearer = requirePatient(patients);
  const guarded = { onRequest: [bearer, limiter.perAddress('invite-code', rateLimits.inviteCode)] };

  app.post('/api/v1/links/preview', guarded, async (request, reply) => {
    const { code } = parseInput(LinkPreviewRequest, request.body);
    return reply.header('cache-control', 'no-store').send(await links.preview(patientOf(request).patientId, code));
  });

  app.post('/api/v1/links', guarded, async (request, reply) => {
    const { code } = parseInput(LinkRequest, request.body);
    return reply
      .code(201)
      .header('cache-control', 'no-store')
      .send(await links.link(patientOf(request).patientId, code));
  });

  app.get('/api/v1/links', { onRequest: bearer }, async (request, reply) => {
    return reply.header('cache-control', 'no-store').send(await links.links(patientOf(request).patientId));
  });

  app.delete<{ Params: { id: string } }>('/api/v1/links/:id', { onRequest: bearer }, async (request, reply) => {
    await links.unlink(patientOf(request).patientId, request.params.id);
    return reply.code(204).send();
  });

  app.get('/api/v1/access-log', { onRequest: bearer }, async (request, reply) => {
    const rows = await accessLog.ofPatient(patientOf(request).patientId);
    return reply.header('cache-control', 'no-store').send({
      entries: rows.map((row) => ({
        at: row.at,
        actor: row.actorName,
        actorKind: row.actorKind,
        onBehalfOf: row.onBehalfOf,
        action: row.action,
        what: row.what,
      })),
    });
  });

  app.post(
    '/api/v1/therapist/invites',
    { onRequest: requireStaff(staff, { role: 'therapist' }) },
    async (request, reply) => {
      const { label } = parseInput(InviteRequest, request.body);
      const base = `${request.protocol}://${request.host}`;
      return reply
        .code(201)
        .header('cache-control', 'no-store')
        .send(await links.createInvite(staffOf(request), label, base));
    },
  );
};
