import { z } from 'zod';
import { MAX_DEVICE_NAME_LENGTH, MAX_RECOVERY_CODE_LENGTH } from './limits.js';
import { requestSchemas, responseSchemas } from './registries.js';

/**
 * A short name for a device, so a person can tell their phones apart in the
 * list of devices. Trimmed; control characters (new lines, tabs, …) are
 * refused rather than silently removed, so the client learns what it sent.
 */
export const DeviceName = z
  .string()
  .trim()
  .max(MAX_DEVICE_NAME_LENGTH)
  // Regexes rather than min(1), so the answer says why in words ("deviceName is not valid: it is empty; …").
  .regex(/./su, { message: 'it is empty; leave deviceName out when there is no name' })
  .regex(/^[^\p{Cc}]*$/u, { message: 'it contains a control character, such as a new line' })
  .meta({
    description: `a short name for this device, e.g. "Android phone · Chrome" (trimmed, 1 to ${MAX_DEVICE_NAME_LENGTH} characters)`,
  });

/** `POST /api/v1/patients`: no body, `{}`, or the name of this first device. */
export const CreatePatientRequest = z
  .strictObject({ deviceName: DeviceName.optional() })
  .optional()
  .register(requestSchemas, { id: 'CreatePatientRequest' });

/** `POST /api/v1/patients` answers this (201). */
export const CreatePatientResponse = z
  .object({
    patientId: z.string().meta({ description: 'UUID v7 of the new anonymous patient' }),
    token: z.string().meta({ description: 'bearer token for this device (43 characters, base64url)' }),
    recoveryCode: z
      .string()
      .meta({ description: 'shown once: 20 characters in 5 groups of 4, e.g. 7K3M-Q9XD-2F8H-W0PZ-R5TN' }),
  })
  .register(responseSchemas, { id: 'CreatePatientResponse' });

/** `POST /api/v1/restore`. Length is capped here; the format is checked by the core rule. */
export const RestoreRequest = z
  .strictObject({
    recoveryCode: z
      .string()
      .max(MAX_RECOVERY_CODE_LENGTH)
      .meta({ description: 'case, spaces and dashes do not matter; O is read as 0, I and L as 1' }),
    deviceName: DeviceName.optional(),
    endOtherDevices: z
      .boolean()
      .default(false)
      .meta({ description: "true: every other device of this patient is signed out at once (e.g. a lost phone's)" }),
  })
  .register(requestSchemas, { id: 'RestoreRequest' });

export const RestoreResponse = z
  .object({
    patientId: z.string(),
    token: z.string().meta({ description: 'a new bearer token for this device' }),
    endedDevices: z.int().min(0).meta({ description: 'how many other devices were signed out (0 unless asked)' }),
  })
  .register(responseSchemas, { id: 'RestoreResponse' });

/** One device that can back up for the patient: `GET /api/v1/devices` lists these. */
export const Device = z
  .object({
    id: z.string().meta({ description: 'stable public id of the device (not its token); use it to end the device' }),
    name: z.string().nullable().meta({ description: 'the name the device gave itself; null when it gave none' }),
    createdAt: z.string().meta({ description: 'when the device was linked (ISO 8601 UTC)' }),
    lastSeenAt: z
      .string()
      .meta({ description: 'when the device last used its token (ISO 8601 UTC, accurate to about an hour)' }),
    current: z.boolean().meta({ description: 'true for the device that asks' }),
  })
  .register(responseSchemas, { id: 'Device' });

/** `GET /api/v1/devices`: the patient's devices that are signed in (not ended, not expired). */
export const DeviceList = z
  .object({
    devices: z.array(Device).meta({ description: 'the asking device first, then the most recently seen' }),
    recoveryCodeRenewedAt: z.string().nullable().meta({
      description: 'when the recovery code was last renewed (ISO 8601 UTC); null when it never was',
    }),
  })
  .register(responseSchemas, { id: 'DeviceList' });

/** `POST /api/v1/recovery-code` answers this: the new code, shown once; the old one no longer works. */
export const RenewRecoveryCodeResponse = z
  .object({
    recoveryCode: z
      .string()
      .meta({ description: 'shown once: 20 characters in 5 groups of 4; the previous code stopped working' }),
    renewedAt: z.string().meta({ description: 'when the code was renewed (ISO 8601 UTC)' }),
  })
  .register(responseSchemas, { id: 'RenewRecoveryCodeResponse' });

export type CreatePatientRequestBody = z.input<typeof CreatePatientRequest>;
export type CreatePatientResponseBody = z.output<typeof CreatePatientResponse>;
export type RestoreRequestBody = z.input<typeof RestoreRequest>;
export type RestoreResponseBody = z.output<typeof RestoreResponse>;
export type DeviceBody = z.output<typeof Device>;
export type DeviceListBody = z.output<typeof DeviceList>;
export type RenewRecoveryCodeResponseBody = z.output<typeof RenewRecoveryCodeResponse>;

/** The browser's WebAuthn answer (its JSON form, as `@simplewebauthn/browser` gives it); the server checks the rest. */
const PatientPasskeyAnswer = z
  .looseObject({
    id: z.string().min(1).max(1024),
    rawId: z.string().max(1024),
    type: z.literal('public-key'),
    response: z.looseObject({}),
  })
  .meta({ description: 'what navigator.credentials.create/get answered, as @simplewebauthn/browser gives it' });

/** `POST /api/v1/passkeys`: the answer to the registration options of `POST /api/v1/passkeys/options`. */
export const AddPatientPasskeyRequest = z
  .strictObject({ response: PatientPasskeyAnswer })
  .register(requestSchemas, { id: 'AddPatientPasskeyRequest' });

/** One of the patient's passkeys. */
export const PatientPasskey = z
  .object({
    id: z.string().meta({ description: 'the credential id (base64url)' }),
    createdAt: z.string().meta({ description: 'when it was added (ISO 8601 UTC)' }),
    lastUsedAt: z.string().nullable().meta({ description: 'when it last restored a device; null when never' }),
  })
  .register(responseSchemas, { id: 'PatientPasskey' });

/** `GET /api/v1/passkeys`. */
export const PatientPasskeyList = z
  .object({ passkeys: z.array(PatientPasskey) })
  .register(responseSchemas, { id: 'PatientPasskeyList' });

/** `POST /api/v1/restore/passkey/options` answers this: the WebAuthn options and the id of their challenge. */
export const PasskeyRestoreOptions = z
  .object({
    challengeId: z.string().meta({ description: 'send it back with the answer; it works once, for 5 minutes' }),
    options: z.looseObject({}).meta({ description: 'PublicKeyCredentialRequestOptionsJSON for the browser' }),
  })
  .register(responseSchemas, { id: 'PasskeyRestoreOptions' });

/** `POST /api/v1/restore/passkey`: the passkey's answer to the challenge; answers a `RestoreResponse`. */
export const PasskeyRestoreRequest = z
  .strictObject({
    challengeId: z.string().min(1).max(64).meta({ description: 'from POST /api/v1/restore/passkey/options' }),
    response: PatientPasskeyAnswer,
    deviceName: DeviceName.optional(),
    endOtherDevices: z
      .boolean()
      .default(false)
      .meta({ description: "true: every other device of this patient is signed out at once (e.g. a lost phone's)" }),
  })
  .register(requestSchemas, { id: 'PasskeyRestoreRequest' });

export type AddPatientPasskeyRequestBody = z.input<typeof AddPatientPasskeyRequest>;
export type PatientPasskeyBody = z.output<typeof PatientPasskey>;
export type PatientPasskeyListBody = z.output<typeof PatientPasskeyList>;
export type PasskeyRestoreOptionsBody = z.output<typeof PasskeyRestoreOptions>;
export type PasskeyRestoreRequestBody = z.input<typeof PasskeyRestoreRequest>;
