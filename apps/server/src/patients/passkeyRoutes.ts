import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { AddPatientPasskeyRequest, EmptyRequest, PasskeyRestoreRequest } from '@veerkracht/contract';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { patientOf, requirePatient } from '../http/auth.js';
import { parseInput } from '../http/validation.js';
import type { RelyingParty } from '../http/webauthn.js';
import type { RateLimit, RateLimiter } from '../rateLimits/rateLimiter.js';
import type { PatientPasskeyService } from './patientPasskeys.js';
import type { PatientService } from './patientService.js';

export type PasskeyRoutesOptions = {
  patients: PatientService;
  passkeys: PatientPasskeyService;
  limiter: RateLimiter;
  rateLimits: { restore: RateLimit };
};

/** The relying party as the browser sees it (behind a proxy, TRUST_PROXY makes these the public ones). */
function relyingParty(request: FastifyRequest): RelyingParty {
  return { id: request.hostname, origin: `${request.protocol}://${request.host}` };
}

/**
 * A patient's passkeys (decision 0037). With a bearer token:
 * `POST /api/v1/passkeys/options`, `POST /api/v1/passkeys` (add),
 * `GET /api/v1/passkeys`, `DELETE /api/v1/passkeys/{id}`. Anonymous and
 * rate-limited per IP with the recovery-code restore's limit:
 * `POST /api/v1/restore/passkey/options` and `POST /api/v1/restore/passkey`.
 */
export const passkeyRoutes: FastifyPluginAsync<PasskeyRoutesOptions> = async (
  app,
  { patients, passkeys, limiter, rateLimits },
) => {
  const bearer = { onRequest: requirePatient(patients) };
  const limited = { onRequest: limiter.perAddress('restore', rateLimits.restore) };

  app.post('/api/v1/passkeys/options', bearer, async (request, reply) => {
    parseInput(EmptyRequest, request.body);
    return reply
      .header('cache-control', 'no-store')
      .send(await passkeys.registrationOptions(patientOf(request), relyingParty(request)));
  });

  app.post('/api/v1/passkeys', bearer, async (request, reply) => {
    const { response } = parseInput(AddPatientPasskeyRequest, request.body);
    // The envelope is checked here; the library checks the rest and refuses what does not hold (400 passkey_failed).
    const added = await passkeys.register(
      patientOf(request),
      response as unknown as RegistrationResponseJSON,
      relyingParty(request),
    );
    return reply.code(201).header('cache-control', 'no-store').send(added);
  });

  app.get('/api/v1/passkeys', bearer, async (request, reply) => {
    return reply.header('cache-control', 'no-store').send(await passkeys.list(patientOf(request)));
  });

  app.delete<{ Params: { id: string } }>('/api/v1/passkeys/:id', bearer, async (request, reply) => {
    await passkeys.remove(patientOf(request), request.params.id);
    return reply.code(204).send();
  });

  app.post('/api/v1/restore/passkey/options', limited, async (request, reply) => {
    parseInput(EmptyRequest, request.body);
    return reply.header('cache-control', 'no-store').send(await passkeys.restoreOptions(relyingParty(request)));
  });

  app.post('/api/v1/restore/passkey', limited, async (request, reply) => {
    const { challengeId, response, deviceName, endOtherDevices } = parseInput(PasskeyRestoreRequest, request.body);
    const restored = await passkeys.restore(
      challengeId,
      response as unknown as AuthenticationResponseJSON,
      relyingParty(request),
      { deviceName, endOtherDevices },
    );
    return reply.header('cache-control', 'no-store').send(restored);
  });
};
