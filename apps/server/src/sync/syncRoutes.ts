import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { patientOf, requirePatient } from '../http/auth.js';
import type { PatientService } from '../patients/patientService.js';
import type { SyncAdmission } from './syncAdmission.js';
import { parseSyncRequest } from './syncSchemas.js';
import type { SyncService } from './syncService.js';

export type SyncRoutesOptions = {
  patients: PatientService;
  sync: SyncService;
  admission: SyncAdmission;
  /** Told which record types a sync carried: reminders plan again, the therapist's list makes its flags again. */
  listeners: readonly { afterSync(patientId: string, types: readonly string[]): Promise<void> }[];
};

/**
 * An `onRequest` hook after {@link requirePatient}: admits the sync or answers
 * 429 before the body is read. The slot is given back when the response is
 * over, whether it was sent or the client went away ('close' comes either way), or at once when the client
 * went away before the slot was taken.
 */
function admitSync(admission: SyncAdmission) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const release = admission.admit(patientOf(request));
    // The client may have gone while the token was checked (on PostgreSQL a round trip): its 'close' has passed,
    // and a listener added now would never hear it, keeping the slot taken until the server restarts.
    if (request.raw.destroyed || request.raw.socket?.destroyed === true) {
      release();
      return;
    }
    reply.raw.once('close', release);
  };
}

/** The type a change names (validated later, by the sync itself; here only read). */
function typeOfChange(change: unknown): string {
  const type = typeof change === 'object' && change !== null ? (change as { type?: unknown }).type : undefined;
  return typeof type === 'string' ? type : '';
}

/** `POST /api/v1/sync`: push changes and pull what changed since the cursor. */
export const syncRoutes: FastifyPluginAsync<SyncRoutesOptions> = async (
  app,
  { patients, sync, admission, listeners },
) => {
  app.post('/api/v1/sync', { onRequest: [requirePatient(patients), admitSync(admission)] }, async (request, reply) => {
    const body = parseSyncRequest(request.body);
    // The patient comes from the token, never from the body: a device reaches only its own records.
    const patientId = patientOf(request).patientId;
    const result = await sync.sync(patientId, body);
    // After the commit, and never failing the sync: the changes are stored; planning also runs on its own schedule.
    if (body.changes.length > 0) {
      const types = [...new Set(body.changes.map((change) => typeOfChange(change)))];
      for (const listener of listeners) {
        await listener
          .afterSync(patientId, types)
          .catch((error: unknown) =>
            request.log.warn({ err: error }, 'a follower of the sync failed; it catches up later'),
          );
      }
    }
    return reply.header('cache-control', 'no-store').send(result);
  });
};
