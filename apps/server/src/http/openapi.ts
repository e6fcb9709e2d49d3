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
        staffSession: {
          type: 'apiKey',
          in: 'cookie',
          name: '__Host-vk_staff',
          description: 'staff session cookie from sign-in; state-changing requests also send X-CSRF-Token',
        },
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
      '/api/v1/passkeys/options': {
        post: {
          operationId: 'patientPasskeyOptions',
          summary: 'WebAuthn options to add a discoverable passkey that can restore this backup',
          security: [{ bearer: [] }],
          requestBody: body('EmptyRequest', false),
          responses: {
            '200': { description: 'PublicKeyCredentialCreationOptionsJSON' },
            ...BODY_ERRORS,
            ...BEARER_ERRORS,
          },
        },
      },
      '/api/v1/passkeys': {
        post: {
          operationId: 'addPatientPasskey',
          summary: 'The new passkey, as the browser made it',
          security: [{ bearer: [] }],
          requestBody: body('AddPatientPasskeyRequest', true),
          responses: {
            '201': { description: 'added', content: json(ref('PatientPasskey')) },
            ...BODY_ERRORS,
            ...BEARER_ERRORS,
            '409': error('no_challenge: ask for options first (each answers once)'),
          },
        },
        get: {
          operationId: 'listPatientPasskeys',
          summary: "The patient's passkeys",
          security: [{ bearer: [] }],
          responses: {
            '200': { description: 'the passkeys', content: json(ref('PatientPasskeyList')) },
            ...BEARER_ERRORS,
          },
        },
      },
      '/api/v1/passkeys/{id}': {
        delete: {
          operationId: 'removePatientPasskey',
          summary: 'Remove a passkey: it can no longer restore this backup',
          security: [{ bearer: [] }],
          parameters: [
            { name: 'id', in: 'path', required: true, description: 'the credential id', schema: { type: 'string' } },
          ],
          responses: {
            '204': { description: 'removed' },
            ...BEARER_ERRORS,
            '404': error('passkey_unknown: this patient has no passkey with this id'),
          },
        },
      },
      '/api/v1/restore/passkey/options': {
        post: {
          operationId: 'passkeyRestoreOptions',
          summary: 'WebAuthn options to restore with a passkey, and the id of their challenge (once, 5 minutes)',
          requestBody: body('EmptyRequest', false),
          responses: {
            '200': { description: 'the options', content: json(ref('PasskeyRestoreOptions')) },
            ...SMALL_BODY_ERRORS,
            ...RATE_LIMITED,
          },
        },
      },
      '/api/v1/restore/passkey': {
        post: {
          operationId: 'restoreWithPasskey',
          summary: 'Get a new device token with a passkey instead of the recovery code',
          requestBody: body('PasskeyRestoreRequest', true),
          responses: {
            '200': { description: 'restored', content: json(ref('RestoreResponse')) },
            ...SMALL_BODY_ERRORS,
            '401': error('passkey_unknown: no patient has this passkey (any more)'),
            ...RATE_LIMITED,
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
      ...workspacePaths(),
    },
  };
}

const STAFF_ERRORS = {
  '401': error('unauthorized (no session, or it ended, expired or was idle 30 minutes) or second_factor_required'),
  '403': error('csrf_failed (X-CSRF-Token missing or wrong) or forbidden (another role)'),
  '503': error(DATABASE_FAULTS),
};

type Operation = {
  id: string;
  summary: string;
  body?: string;
  ok: string;
  okStatus?: string;
  auth: 'staff' | 'bearer' | 'none';
};

function operation(op: Operation): JsonObject {
  const auth =
    op.auth === 'staff'
      ? { security: [{ staffSession: [] }] }
      : op.auth === 'bearer'
        ? { security: [{ bearer: [] }] }
        : {};
  const errors = op.auth === 'staff' ? STAFF_ERRORS : op.auth === 'bearer' ? BEARER_ERRORS : RATE_LIMITED;
  const ok = op.ok === '' ? { description: 'done' } : { description: 'the answer', content: json(ref(op.ok)) };
  return {
    operationId: op.id,
    summary: op.summary,
    ...auth,
    ...(op.body ? { requestBody: body(op.body, true) } : {}),
    responses: {
      [op.okStatus ?? (op.ok === '' ? '204' : '200')]: ok,
      ...(op.body ? (op.auth === 'none' ? SMALL_BODY_ERRORS : BODY_ERRORS) : {}),
      ...errors,
      '404': error('not found (also for a patient that is not linked to this therapist)'),
    },
  };
}

/** An operation whose answer is a file to download (a PDF, a FHIR bundle) instead of a JSON schema of ours. */
function download(op: JsonObject, mediaType: string, schema: JsonObject, more: JsonObject = {}): JsonObject {
  const responses = op.responses as JsonObject;
  return {
    ...op,
    responses: {
      ...responses,
      ...more,
      '200': { description: 'the file, as an attachment', content: { [mediaType]: { schema } } },
    },
  };
}

/** The therapist workspace, linking and the access log (issue 13). */
function workspacePaths(): JsonObject {
  const staff = 'staff' as const;
  return {
    '/api/v1/staff/setup': {
      post: operation({
        id: 'staffSetup',
        summary: 'Set up an account with its one-time setup code and a password; answers the authenticator secret',
        body: 'StaffSetupRequest',
        ok: 'TotpEnrolment',
        auth: 'none',
      }),
    },
    '/api/v1/staff/setup/confirm': {
      post: operation({
        id: 'staffConfirmTotp',
        summary: "Confirm the authenticator app's first code; answers the recovery codes once",
        body: 'TotpConfirmRequest',
        ok: '',
        okStatus: '200',
        auth: staff,
      }),
    },
    '/api/v1/staff/sign-in': {
      post: operation({
        id: 'staffSignIn',
        summary: 'The password step: a session that still needs the second factor',
        body: 'StaffSignInRequest',
        ok: 'StaffSession',
        auth: 'none',
      }),
    },
    '/api/v1/staff/sign-in/second-factor': {
      post: operation({
        id: 'staffSecondFactor',
        summary: 'A TOTP code or a recovery code: the session is complete',
        body: 'SecondFactorRequest',
        ok: 'StaffSession',
        auth: staff,
      }),
    },
    '/api/v1/staff/sign-in/passkey/options': {
      post: operation({
        id: 'passkeySignInOptions',
        summary: "WebAuthn options to sign the second step with one of the account's passkeys",
        body: 'EmptyRequest',
        ok: '',
        okStatus: '200',
        auth: staff,
      }),
    },
    '/api/v1/staff/sign-in/passkey': {
      post: operation({
        id: 'passkeySignIn',
        summary: 'The signed WebAuthn answer: the session is complete',
        body: 'PasskeyResponseRequest',
        ok: 'StaffSession',
        auth: staff,
      }),
    },
    '/api/v1/staff/passkeys/options': {
      post: operation({
        id: 'passkeyRegistrationOptions',
        summary: 'WebAuthn options to add a passkey to this account',
        body: 'EmptyRequest',
        ok: '',
        okStatus: '200',
        auth: staff,
      }),
    },
    '/api/v1/staff/passkeys': {
      post: operation({
        id: 'addPasskey',
        summary: 'The new passkey, as the browser made it',
        body: 'PasskeyResponseRequest',
        ok: '',
        okStatus: '201',
        auth: staff,
      }),
    },
    '/api/v1/staff/session': {
      get: operation({
        id: 'staffSession',
        summary: 'Who is signed in, at which stage, with a new CSRF token',
        ok: 'StaffSession',
        auth: staff,
      }),
    },
    '/api/v1/staff/sign-out': {
      post: operation({
        id: 'staffSignOut',
        summary: 'End this session on the server',
        body: 'EmptyRequest',
        ok: '',
        auth: staff,
      }),
    },
    '/api/v1/practice/staff': {
      get: operation({
        id: 'listStaff',
        summary: "The practice's therapists and administrators (administrator only; no clinical data)",
        ok: '',
        okStatus: '200',
        auth: staff,
      }),
      post: operation({
        id: 'addStaff',
        summary: 'Add a therapist or administrator; answers a one-time setup code',
        body: 'AddStaffRequest',
        ok: 'StaffAdded',
        okStatus: '201',
        auth: staff,
      }),
    },
    '/api/v1/practice/staff/{id}': {
      delete: operation({
        id: 'removeStaff',
        summary: 'Remove an account: its sessions end at once',
        ok: '',
        auth: staff,
      }),
    },
    '/api/v1/practice/retention': {
      get: operation({
        id: 'getRetention',
        summary: "How long the data of the practice's unlinked or inactive patients is kept (administrator only)",
        ok: 'RetentionSettings',
        auth: staff,
      }),
      put: operation({
        id: 'setRetention',
        summary: 'Set the retention in days; the daily purge erases patients past it (administrator only)',
        body: 'RetentionRequest',
        ok: 'RetentionSettings',
        auth: staff,
      }),
    },
    '/api/v1/patients/me': {
      delete: operation({
        id: 'erasePatient',
        summary:
          "Erase everything the server holds of this patient in one transaction (records, devices, recovery code, links: every therapist's access ends); answered once committed. Access-log entries are kept, pseudonymised",
        ok: '',
        auth: 'bearer',
      }),
    },
    '/api/v1/therapist/invites': {
      post: operation({
        id: 'createInvite',
        summary: 'A short invite code (and QR code) for one patient; valid 7 days, used once',
        body: 'InviteRequest',
        ok: 'InviteCreated',
        okStatus: '201',
        auth: staff,
      }),
    },
    '/api/v1/therapist/patients': {
      get: operation({
        id: 'patientList',
        summary: 'Linked patients with attention flags and their facts, in the order of clinical §11 (access-logged)',
        ok: 'PatientList',
        auth: staff,
      }),
    },
    '/api/v1/therapist/patients/{patientId}': {
      get: operation({
        id: 'patientDetail',
        summary: "One linked patient's shared records and the practice's notes (access-logged)",
        ok: '',
        okStatus: '200',
        auth: staff,
      }),
    },
    '/api/v1/therapist/patients/{patientId}/fhir': {
      get: download(
        operation({
          id: 'fhirExport',
          summary:
            "One linked patient's shared data as a FHIR R4 Bundle (collection): a pseudonymous Patient, pain and sleep Observations, STarT Back and PSK QuestionnaireResponses, a CarePlan and Goal per plan and programme (access-logged)",
          ok: '',
          okStatus: '200',
          auth: staff,
        }),
        'application/fhir+json',
        { type: 'object', description: 'a FHIR R4 Bundle of type collection' },
      ),
    },
    '/api/v1/therapist/patients/{patientId}/report.pdf': {
      get: {
        ...download(
          operation({
            id: 'gpReport',
            summary:
              "A PDF report of one linked patient's course for their GP: pain, sleep and stress over 90 days, PSK, STarT Back, plans, exercises and safety checks (access-logged)",
            ok: '',
            okStatus: '200',
            auth: staff,
          }),
          'application/pdf',
          { type: 'string', format: 'binary' },
          { '400': error('invalid_request: lang is not nl or en') },
        ),
        parameters: [
          {
            name: 'lang',
            in: 'query',
            required: false,
            description: 'the language of the report (Dutch when absent)',
            schema: { type: 'string', enum: ['nl', 'en'], default: 'nl' },
          },
        ],
      },
    },
    '/api/v1/therapist/patients/{patientId}/concerns-read': {
      put: operation({
        id: 'markConcernsRead',
        summary: "Mark the patient's concerns read up to a moment (access-logged)",
        body: 'ConcernsReadRequest',
        ok: '',
        auth: staff,
      }),
    },
    '/api/v1/therapist/patients/{patientId}/plans/{planId}': {
      put: operation({
        id: 'changePlan',
        summary:
          "A new version of a patient's activity plan with the therapist's settings and reason; it syncs to the patient's devices (access-logged)",
        body: 'PlanSettingsRequest',
        ok: '',
        okStatus: '200',
        auth: staff,
      }),
    },
    '/api/v1/therapist/patients/{patientId}/programmes/{programmeId}': {
      put: operation({
        id: 'changeProgramme',
        summary:
          "A new version of a patient's exercise programme with the therapist's prescription and reason; it syncs to the patient's devices (access-logged)",
        body: 'ProgrammeSettingsRequest',
        ok: '',
        okStatus: '200',
        auth: staff,
      }),
    },
    '/api/v1/therapist/patients/{patientId}/resume': {
      post: operation({
        id: 'resumePlans',
        summary:
          'Plans may step up again after a safety pause: a clearance by the therapist, with a note of what was checked (access-logged)',
        body: 'ResumeRequest',
        ok: '',
        auth: staff,
      }),
    },
    '/api/v1/therapist/patients/{patientId}/notes': {
      post: operation({
        id: 'addNote',
        summary: 'A note only therapists read (access-logged)',
        body: 'NoteRequest',
        ok: '',
        okStatus: '201',
        auth: staff,
      }),
    },
    '/api/v1/therapist/patients/{patientId}/notes/{noteId}': {
      delete: operation({ id: 'deleteNote', summary: 'Remove a note (access-logged)', ok: '', auth: staff }),
    },
    '/api/v1/links/preview': {
      post: operation({
        id: 'previewLink',
        summary: 'Which practice and therapist an invite code is for, and what linking shares',
        body: 'LinkPreviewRequest',
        ok: 'LinkPreview',
        auth: 'bearer',
      }),
    },
    '/api/v1/links': {
      get: operation({
        id: 'listLinks',
        summary: "The patient's links, ended ones too",
        ok: '',
        okStatus: '200',
        auth: 'bearer',
      }),
      post: operation({
        id: 'link',
        summary: 'Link to the therapist of an invite code, with consent',
        body: 'LinkRequest',
        ok: 'Link',
        okStatus: '201',
        auth: 'bearer',
      }),
    },
    '/api/v1/links/{id}': {
      delete: operation({
        id: 'unlink',
        summary: "End a link: the therapist's access ends at once",
        ok: '',
        auth: 'bearer',
      }),
    },
    '/api/v1/access-log': {
      get: operation({
        id: 'accessLog',
        summary: 'Who read or changed what of this patient, newest first',
        ok: 'AccessLog',
        auth: 'bearer',
      }),
    },
  };
}
