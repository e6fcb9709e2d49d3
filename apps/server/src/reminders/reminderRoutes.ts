import type { FastifyPluginAsync } from 'fastify';
import { AppError } from '../errors.js';
import { patientOf, requirePatient } from '../http/auth.js';
import type { PatientService } from '../patients/patientService.js';
import type { ReminderService } from './reminderService.js';

export type ReminderRoutesOptions = { patients: PatientService; reminders: ReminderService };

/** Where a calendar feed lives; its last segment is the secret token (never logged: querySecrets.ts). */
export const CALENDAR_FEED_PATH = '/api/v1/calendar/';

/**
 * Reminders (decision 0031): the VAPID key and push subscriptions of a
 * device, the reminder status the app shows (when each channel last
 * worked), and the private calendar feed, created, revoked and fetched.
 */
export const reminderRoutes: FastifyPluginAsync<ReminderRoutesOptions> = async (app, { patients, reminders }) => {
  const auth = { onRequest: requirePatient(patients) };

  app.get('/api/v1/reminders/push-key', auth, async () => ({ publicKey: await reminders.pushKey() }));

  app.post('/api/v1/reminders/push-subscriptions', auth, async (request, reply) => {
    const patient = patientOf(request);
    const id = await reminders.subscribe(patient.patientId, patient.deviceId, request.body);
    return reply.code(201).send({ id });
  });

  app.delete<{ Params: { id: string } }>('/api/v1/reminders/push-subscriptions/:id', auth, async (request, reply) => {
    await reminders.unsubscribe(patientOf(request).patientId, request.params.id);
    return reply.code(204).send();
  });

  app.get('/api/v1/reminders', auth, async (request, reply) =>
    reply.header('cache-control', 'no-store').send(await reminders.status(patientOf(request).patientId)),
  );

  app.put('/api/v1/reminders/calendar', auth, async (request, reply) => {
    const token = await reminders.createFeed(patientOf(request).patientId, request.body);
    return reply
      .code(201)
      .header('cache-control', 'no-store')
      .send({ path: `${CALENDAR_FEED_PATH}${token}.ics` });
  });

  app.delete('/api/v1/reminders/calendar', auth, async (request, reply) => {
    await reminders.revokeFeed(patientOf(request).patientId);
    return reply.code(204).send();
  });

  app.get<{ Params: { feed: string } }>(`${CALENDAR_FEED_PATH}:feed`, async (request, reply) => {
    const token = request.params.feed.endsWith('.ics') ? request.params.feed.slice(0, -4) : '';
    const calendar = token ? await reminders.feed(token, `${request.protocol}://${request.host}`) : undefined;
    if (calendar === undefined) throw new AppError(404, 'not_found', 'no calendar at this address');
    return reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('cache-control', 'private, no-store')
      .send(calendar);
  });
};
