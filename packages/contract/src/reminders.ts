import { z } from 'zod';
import { requestSchemas, responseSchemas } from './registries.js';

const Lang = z.enum(['nl', 'en']).meta({ description: 'the language of the reminders’ words' });
const Instant = z.iso.datetime();

/** `POST /api/v1/reminders/push-subscriptions`: the browser's PushSubscription (its JSON) and the device's language. */
export const PushSubscriptionRequest = z
  .object({
    endpoint: z.string().max(2000).meta({
      description: 'the push service URL; only the browsers’ push services are accepted (REMINDER_PUSH_SERVICES)',
    }),
    keys: z.object({
      p256dh: z.string().max(200).meta({ description: 'the browser’s P-256 public key, base64url' }),
      auth: z.string().max(200).meta({ description: 'the auth secret, base64url' }),
    }),
    lang: Lang,
  })
  .register(requestSchemas, { id: 'PushSubscriptionRequest' });

export const PushSubscriptionCreated = z
  .object({ id: z.string() })
  .register(responseSchemas, { id: 'PushSubscriptionCreated' });

export const PushKey = z
  .object({
    publicKey: z.string().meta({ description: 'the server’s VAPID public key (base64url), for PushManager.subscribe' }),
  })
  .register(responseSchemas, { id: 'PushKey' });

/** `GET /api/v1/reminders`: whether each channel works and when it last did. */
export const ReminderStatus = z
  .object({
    push: z.array(
      z.object({
        id: z.string(),
        deviceId: z.string().meta({ description: 'the device that subscribed (GET /api/v1/devices)' }),
        createdAt: Instant,
        lastSuccessAt: Instant.nullable(),
        lastFailureAt: Instant.nullable(),
        deadAt: Instant.nullable().meta({ description: 'set when the push service said this subscription is gone' }),
      }),
    ),
    calendar: z.object({ createdAt: Instant, lastFetchedAt: Instant.nullable() }).nullable(),
    lastSent: z.object({ kind: z.string(), at: Instant }).nullable(),
    next: z.array(z.object({ kind: z.string(), at: Instant })).meta({ description: 'the next reminders planned' }),
  })
  .register(responseSchemas, { id: 'ReminderStatus' });

export const CalendarFeedRequest = z.object({ lang: Lang }).register(requestSchemas, { id: 'CalendarFeedRequest' });

export const CalendarFeedCreated = z
  .object({
    path: z.string().meta({ description: 'shown once: /api/v1/calendar/<token>.ics; the token is stored hashed' }),
  })
  .register(responseSchemas, { id: 'CalendarFeedCreated' });

export type ReminderStatusResponse = z.output<typeof ReminderStatus>;
export type PushKeyBody = z.output<typeof PushKey>;
export type PushSubscriptionRequestBody = z.input<typeof PushSubscriptionRequest>;
export type CalendarFeedCreatedBody = z.output<typeof CalendarFeedCreated>;
