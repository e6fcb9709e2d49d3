import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/browser';
import type {
  AccessLogBody,
  CalendarFeedCreatedBody,
  CreatePatientRequestBody,
  CreatePatientResponseBody,
  DeviceListBody,
  ErrorBody,
  LinkBody,
  LinkPreviewBody,
  PasskeyRestoreRequestBody,
  PatientPasskeyBody,
  PushKeyBody,
  PushSubscriptionRequestBody,
  ReminderStatusResponse,
  RenewRecoveryCodeResponseBody,
  RestoreRequestBody,
  RestoreResponseBody,
  SyncRequestBody,
  SyncResponseBody,
} from '@veerkracht/contract';

// Types only: the contract's zod schemas stay on the server, out of the app's bundle.

/** The answer of one API call, reduced to what the app acts on. */
export type ApiResult<T> =
  | { ok: true; value: T; timing: Timing }
  | { ok: false; kind: 'network' }
  | { ok: false; kind: 'http'; status: number; body: ApiErrorBody; timing: Timing };

/** When the request left and the answer came (device clock), and the server's clock if it said. */
export type Timing = { sentAt: number; receivedAt: number; serverTimeMs: number | null };

/** The server's error body; any field may be missing when a proxy answered instead. */
export type ApiErrorBody = Partial<ErrorBody>;

export type SyncRequest = SyncRequestBody;
export type SyncResponse = SyncResponseBody;

export type DeviceList = DeviceListBody;
export type RestoreOptions = { deviceName?: string; endOtherDevices?: boolean };

/** WebAuthn options and answers in their JSON form; `@simplewebauthn/browser` (loaded when used) gives and takes them. */
export type PasskeyCreationOptions = PublicKeyCredentialCreationOptionsJSON;
export type PasskeyRequestOptions = PublicKeyCredentialRequestOptionsJSON;
export type PasskeyCreated = RegistrationResponseJSON;
export type PasskeyAnswer = AuthenticationResponseJSON;

export type Api = {
  createPatient(deviceName?: string): Promise<ApiResult<CreatePatientResponseBody>>;
  restore(recoveryCode: string, options?: RestoreOptions): Promise<ApiResult<RestoreResponseBody>>;
  /** Passkeys (decision 0037): options to add one, the browser's answer, and restoring with one instead of the code. */
  passkeyOptions(token: string): Promise<ApiResult<PasskeyCreationOptions>>;
  addPasskey(token: string, response: PasskeyCreated): Promise<ApiResult<PatientPasskeyBody>>;
  passkeyRestoreOptions(): Promise<ApiResult<{ challengeId: string; options: PasskeyRequestOptions }>>;
  restoreWithPasskey(
    challengeId: string,
    response: PasskeyAnswer,
    options?: RestoreOptions,
  ): Promise<ApiResult<RestoreResponseBody>>;
  /** Signs out the device whose token this is. */
  revoke(token: string): Promise<ApiResult<null>>;
  listDevices(token: string): Promise<ApiResult<DeviceList>>;
  /** Signs out any device of the patient, by its id from {@link Api.listDevices}. */
  endDevice(token: string, deviceId: string): Promise<ApiResult<null>>;
  renewRecoveryCode(token: string): Promise<ApiResult<RenewRecoveryCodeResponseBody>>;
  sync(token: string, request: SyncRequest): Promise<ApiResult<SyncResponse>>;
  /** Reminders (decision 0031): whether each channel works, push subscriptions, the private calendar address. */
  reminderStatus(token: string): Promise<ApiResult<ReminderStatusResponse>>;
  pushKey(token: string): Promise<ApiResult<PushKeyBody>>;
  subscribePush(token: string, subscription: PushSubscriptionRequestBody): Promise<ApiResult<{ id: string }>>;
  unsubscribePush(token: string, id: string): Promise<ApiResult<null>>;
  makeCalendarFeed(token: string, lang: 'nl' | 'en'): Promise<ApiResult<CalendarFeedCreatedBody>>;
  endCalendarFeed(token: string): Promise<ApiResult<null>>;
  /** Linking to a practice (issue 13): preview an invite, link with consent, the links, unlink, the access log. */
  previewLink(token: string, code: string): Promise<ApiResult<LinkPreviewBody>>;
  link(token: string, code: string): Promise<ApiResult<LinkBody>>;
  links(token: string): Promise<ApiResult<{ links: LinkBody[] }>>;
  unlink(token: string, id: string): Promise<ApiResult<null>>;
  accessLog(token: string): Promise<ApiResult<AccessLogBody>>;
  /** Erases everything the server holds of this person (issue 14); answered once it is done. */
  erasePatient(token: string): Promise<ApiResult<null>>;
};

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** The server's clock: `serverTime` (ms since the epoch) of a sync answer, else the Date header. */
function serverTime(body: unknown, response: Response): number | null {
  const fromBody =
    typeof body === 'object' && body !== null ? (body as Partial<SyncResponseBody>).serverTime : undefined;
  if (typeof fromBody === 'number' && Number.isFinite(fromBody)) return fromBody;
  // Errors carry no serverTime; the Date header (whole seconds) is good enough to correct a clock an hour off.
  const header = response.headers.get('date');
  const parsed = header ? Date.parse(header) : Number.NaN;
  return Number.isFinite(parsed) ? parsed : null;
}

/**
 * One JSON request: the answer as a value, never an exception (a network
 * failure is `kind: 'network'`, an error answer `kind: 'http'` with its body).
 * Shared by the patient's API below and the therapist area's.
 */
export async function jsonCall<T>(
  fetchFn: FetchLike,
  now: () => number,
  url: string,
  init: { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; headers: Record<string, string>; body?: unknown },
): Promise<ApiResult<T>> {
  const headers = init.body === undefined ? init.headers : { ...init.headers, 'content-type': 'application/json' };
  const sentAt = now();
  let response: Response;
  try {
    response = await fetchFn(url, {
      method: init.method,
      headers,
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      cache: 'no-store',
    });
  } catch {
    return { ok: false, kind: 'network' };
  }
  let parsed: unknown = null;
  try {
    const text = await response.text();
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // A proxy's HTML error page or a cut-off body: treat as no body.
    parsed = null;
  }
  const timing: Timing = { sentAt, receivedAt: now(), serverTimeMs: serverTime(parsed, response) };
  // Typed by the contract, not checked again here: records are checked by the core when the app reads them.
  if (response.ok) return { ok: true, value: parsed as T, timing };
  const errorBody = typeof parsed === 'object' && parsed !== null ? (parsed as ApiErrorBody) : {};
  return { ok: false, kind: 'http', status: response.status, body: errorBody, timing };
}

/** The HTTP edge of the app: JSON in, JSON out, network failures as values instead of exceptions. */
export function createApi(fetchFn: FetchLike, now: () => number = Date.now, base = '/api/v1'): Api {
  /** A POST with a JSON body, or a GET (`body` undefined); PUT and DELETE when `method` says so. */
  function call<T>(path: string, body: unknown, token?: string, method?: 'PUT' | 'DELETE'): Promise<ApiResult<T>> {
    return jsonCall<T>(fetchFn, now, `${base}${path}`, {
      method: method ?? (body === undefined ? 'GET' : 'POST'),
      headers: token ? { authorization: `Bearer ${token}` } : {},
      ...(body === undefined ? {} : { body }),
    });
  }
  return {
    createPatient: (deviceName) =>
      call('/patients', (deviceName ? { deviceName } : {}) satisfies CreatePatientRequestBody),
    restore: (recoveryCode, options = {}) =>
      call('/restore', {
        recoveryCode,
        ...(options.deviceName ? { deviceName: options.deviceName } : {}),
        ...(options.endOtherDevices ? { endOtherDevices: true } : {}),
      } satisfies RestoreRequestBody),
    passkeyOptions: (token) => call('/passkeys/options', {}, token),
    addPasskey: (token, response) => call('/passkeys', { response }, token),
    passkeyRestoreOptions: () => call('/restore/passkey/options', {}),
    restoreWithPasskey: (challengeId, response, options = {}) =>
      call('/restore/passkey', {
        challengeId,
        response,
        ...(options.deviceName ? { deviceName: options.deviceName } : {}),
        ...(options.endOtherDevices ? { endOtherDevices: true } : {}),
      } satisfies Omit<PasskeyRestoreRequestBody, 'response'> & { response: PasskeyAnswer }),
    revoke: (token) => call('/devices/revoke', {}, token),
    listDevices: (token) => call('/devices', undefined, token),
    endDevice: (token, deviceId) => call(`/devices/${encodeURIComponent(deviceId)}/revoke`, {}, token),
    renewRecoveryCode: (token) => call('/recovery-code', {}, token),
    sync: (token, request) => call('/sync', request, token),
    reminderStatus: (token) => call('/reminders', undefined, token),
    pushKey: (token) => call('/reminders/push-key', undefined, token),
    subscribePush: (token, subscription) => call('/reminders/push-subscriptions', subscription, token),
    unsubscribePush: (token, id) =>
      call(`/reminders/push-subscriptions/${encodeURIComponent(id)}`, undefined, token, 'DELETE'),
    makeCalendarFeed: (token, lang) => call('/reminders/calendar', { lang }, token, 'PUT'),
    endCalendarFeed: (token) => call('/reminders/calendar', undefined, token, 'DELETE'),
    previewLink: (token, code) => call('/links/preview', { code }, token),
    link: (token, code) => call('/links', { code, consent: true }, token),
    links: (token) => call('/links', undefined, token),
    unlink: (token, id) => call(`/links/${encodeURIComponent(id)}`, undefined, token, 'DELETE'),
    accessLog: (token) => call('/access-log', undefined, token),
    erasePatient: (token) => call('/patients/me', undefined, token, 'DELETE'),
  };
}
