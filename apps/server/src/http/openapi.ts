import { changeSchemaId, MAX_BODY_BYTES, MAX_JSON_DEPTH, requestSchemas, responseSchemas } from '@veerkracht/contract';
import { RECORD_TYPES } from '@veerkracht/core';
import { z } from 'zod';

type JsonObject = Record<string, unknown>;

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (schema: JsonObject) => ({ 'application/json': { schema } });
const error = (description: string) => ({ description, content: json(ref('Error')) });
const body = (id: string, required: boolean) => ({ required, content: json(ref(id)) });

const DATABASE_FAULTS =
  "database_unavailable, storage_full or database_busy: not the caller's fault and nothing was saved; " +
  'send the same request again after Retry-After seconds';

/** Answers every JSON route can give for a bad body. */
const BODY_ERRORS = {
  '400': error(
    `invalid_json (also for arrays and objects nested more than ${MAX_JSON_DEPTH} levels deep), ` +
      'or invalid_request with issues naming each field',
  ),
  '413': error(`body_too_large: more than ${MAX_BODY_BYTES / (1024 * 1024)} MB`),
  '415': error('unsupported_media_type: the body is not application/json'),
};
/** The two routes without a token take small bodies only (http/bodyAdmission.ts). */
const SMALL_BODY_ERRORS = { ...BODY_ERRORS, '413': error('body_too_large: more than 4 KB') };
const BEARER_ERRORS = {
  '401': error(
    'unauthorized (missing, malformed or unknown token), token_revoked (this device was signed out) or ' +
      'token_expired (not used for 180 days): restore with the recovery code',
  ),
  '503': error(DATABASE_FAULTS),
};
const RATE_LIMITED = {
  '429': error(
    'rate_limited: too many attempts from this address (or with this recovery code); wait Retry-After seconds',
  ),
  '503': error(`rate_limit_unavailable (the rate limits cannot be checked right now), or ${DATABASE_FAULTS}`),
};

function components(registry: typeof requestSchemas, io: 'input' | 'output'): Record<string, JsonObject> {
  const { schemas } = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    io,
    unrepresentable: 'any',
  });
  const result: Record<string, JsonObject> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    // Components are plain schemas inside the document: no $schema or $id of their own.
    const { $schema: _schema, $id: _id, ...rest } = schema as JsonObject;
    result[id] = rest;
  }
  return result;
}

/**
 * A change is one of the record types, told apart by `type` (OpenAPI's
 * discriminator, which JSON Schema has no word for; tools use it to pick the
 * `data` schema).
 */
function withDiscriminator(schemas: Record<string, JsonObject>): Record<string, JsonObject> {
  const mapping = Object.fromEntries(RECORD_TYPES.map((type) => [type, ref(changeSchemaId(type)).$ref]));
  const record = schemas.SyncRecord;
  return record ? { ...schemas, SyncRecord: { ...record, discriminator: { propertyName: 'type', mapping } } } : schemas;
}

/**
 * The OpenAPI 3.1 document of the API, built from the same zod schemas the
 * routes use (OpenAPI 3.1 schemas are JSON Schema 2020-12, which is what
 * `z.toJSONSchema` writes). A test checks that every /api route is in it.
 */
export function buildOpenApiDocument(version: string): JsonObject {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Veerkracht API',
      version,
      description:
        'Anonymous patient identity (no e-mail or name), local-first sync with last-writer-wins, health. ' +
        'Every error is { error, message, issues? }.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'device token from create or restore' },
      },
      schemas: withDiscriminator({ ...components(requestSchemas, 'input'), ...components(responseSchemas, 'output') }),
    },
    paths: {
      '/api/v1/patients': {
        post: {
          operationId: 'createPatient',
          summary: 'Create an anonymous patient; returns its first device token and its recovery code (shown once)',
          requestBody: body('CreatePatientRequest', false),
          responses: {
            '201': { description: 'created', content: json(ref('CreatePatientResponse')) },
            ...SMALL_BODY_ERRORS,
            ...RATE_LIMITED,
          },
        },
      },
      '/api/v1/restore': {
        post: {
          operationId: 'restore',
          summary: 'Get a new device token with the recovery code; optionally sign out every other device',
          requestBody: body('RestoreRequest', true),
          responses: {
            '200': { description: 'restored', content: json(ref('RestoreResponse')) },
            ...SMALL_BODY_ERRORS,
            '401': error('recovery_code_unknown'),
            ...RATE_LIMITED,
          },
        },
      },
      '/api/v1/devices/revoke': {
        post: {
          operationId: 'revokeDevice',
          summary: "Sign this device out: revoke the request's own bearer token",
          security: [{ bearer: [] }],
          requestBody: body('EmptyRequest', false),
          responses: { '204': { description: 'revoked' }, ...BODY_ERRORS, ...BEARER_ERRORS },
        },
      },
      '/api/v1/devices': {
        get: {
          operationId: 'listDevices',
          summary: "The patient's devices that can back up (not signed out, not expired), this one first",
          security: [{ bearer: [] }],
          responses: { '200': { description: 'the devices', content: json(ref('DeviceList')) }, ...BEARER_ERRORS },
        },
      },
      '/api/v1/devices/{id}/revoke': {
        post: {
          operationId: 'endDevice',
          summary: "Sign out any of the patient's devices (this one too) by its id from the list",
          security: [{ bearer: [] }],
          parameters: [
            {
              name: 'id',
              in: 'path',
              required: true,
              description: 'the device id from GET /api/v1/devices',
              schema: { type: 'string', format: 'uuid' },
            },
          ],
          requestBody: body('EmptyRequest', false),
          responses: {
            '204': { description: 'signed out (also when it already was)' },
            ...BODY_ERRORS,
            ...BEARER_ERRORS,
            '404': error('device_unknown: this patient has no device with this id'),
          },
        },
      },
      '/api/v1/recovery-code': {
        post: {
          operationId: 'renewRecoveryCode',
          summary: 'Renew the recovery code: the new one is shown once, the old one stops working at once',
          security: [{ bearer: [] }],
          requestBody: body('EmptyRequest', false),
          responses: {
            '200': { description: 'renewed', content: json(ref('RenewRecoveryCodeResponse')) },
            ...BODY_ERRORS,
            ...BEARER_ERRORS,
          },
        },
      },
      '/api/v1/sync': {
        post: {
          operationId: 'sync',
          summary: 'Push changes (all or nothing) and pull what changed after the cursor',
          security: [{ bearer: [] }],
          requestBody: body('SyncRequest', true),
          responses: {
            '200': { description: 'synced', content: json(ref('SyncResponse')) },
            ...BODY_ERRORS,
            ...BEARER_ERRORS,
            '413': error(
              `body_too_large (more than ${MAX_BODY_BYTES / (1024 * 1024)} MB), or storage_quota_exceeded: this push ` +
                'would take the patient over its storage quota, nothing was saved',
            ),
            '429': error(
              'too_many_syncs: this device (or this patient) already syncs, or syncs too often; wait Retry-After seconds',
            ),
          },
        },
      },
      '/api/v1/reminders': {
        get: {
          operationId: 'reminderStatus',
          summary: 'Whether each reminder channel works and when it last did, the last reminder sent and the next ones',
          security: [{ bearer: [] }],
          responses: { '200': { description: 'the status', content: json(ref('ReminderStatus')) }, ...BEARER_ERRORS },
        },
      },
      '/api/v1/reminders/push-key': {
        get: {
          operationId: 'pushKey',
          summary: 'The VAPID public key a device subscribes to Web Push with',
          security: [{ bearer: [] }],
          responses: { '200': { description: 'the key', content: json(ref('PushKey')) }, ...BEARER_ERRORS },
        },
      },
      '/api/v1/reminders/push-subscriptions': {
        post: {
          operationId: 'subscribeToPush',
          summary: 'Store this device’s push subscription; the same endpoint again replaces it',
          security: [{ bearer: [] }],
          requestBody: body('PushSubscriptionRequest', true),
          responses: {
            '201': { description: 'stored', content: json(ref('PushSubscriptionCreated')) },
            ...BODY_ERRORS,
            ...BEARER_ERRORS,
          },
        },
      },
      '/api/v1/reminders/push-subscriptions/{id}': {
        delete: {
          operationId: 'unsubscribeFromPush',
          summary: 'Remove one of the patient’s push subscriptions',
          security: [{ bearer: [] }],
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '204': { description: 'removed' },
            ...BEARER_ERRORS,
            '404': error('not_found: this patient has no push subscription with this id'),
          },
        },
      },
      '/api/v1/reminders/calendar': {
        put: {
          operationId: 'makeCalendarFeed',
          summary: 'A new private calendar address (the earlier one stops working); shown once',
          security: [{ bearer: [] }],
          requestBody: body('CalendarFeedRequest', true),
          responses: {
            '201': { description: 'made', content: json(ref('CalendarFeedCreated')) },
            ...BODY_ERRORS,
            ...BEARER_ERRORS,
          },
        },
        delete: {
          operationId: 'endCalendarFeed',
          summary: 'End the private calendar address',
          security: [{ bearer: [] }],
          responses: { '204': { description: 'ended (also when there was none)' }, ...BEARER_ERRORS },
        },
      },
      '/api/v1/calendar/{feed}': {
        get: {
          operationId: 'calendarFeed',
          summary: 'The patient’s reminders as iCalendar (RFC 5545), for any calendar app; no health data',
          parameters: [
            {
              name: 'feed',
              in: 'path',
              required: true,
              description: '<token>.ics from PUT /api/v1/reminders/calendar',
              schema: { type: 'string' },
            },
          ],
          responses: {
            '200': { description: 'the calendar', content: { 'text/calendar': { schema: { type: 'string' } } } },
            '404': error('not_found: no calendar at this address (unknown or ended)'),
            '503': error(DATABASE_FAULTS),
          },
        },
      },
      '/api/health': {
        get: {
          operationId: 'health',
          summary: 'Liveness, after a real query to the database',
          responses: {
            '200': { description: 'ok', content: json(ref('Health')) },
            '503': { description: 'the database does not answer', content: json(ref('Health')) },
          },
        },
      },
      '/api/ready': {
        get: {
          operationId: 'ready',
          summary: 'Readiness: the database answers and is fully migrated',
          responses: {
            '200': { description: 'ready', content: json(ref('Health')) },
            '503': { description: 'not ready', content: json(ref('Health')) },
          },
        },
      },
      '/api/openapi.json': {
        get: {
          operationId: 'openapi',
          summary: 'This document',
          responses: { '200': { description: 'OpenAPI 3.1', content: json({ type: 'object' }) } },
        },
      },
    },
  };
}
