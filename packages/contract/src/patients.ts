import { z } from 'zod';
import { MAX_RECOVERY_CODE_LENGTH } from './limits.js';
import { requestSchemas, responseSchemas } from './registries.js';

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
  })
  .register(requestSchemas, { id: 'RestoreRequest' });

export const RestoreResponse = z
  .object({
    patientId: z.string(),
    token: z.string().meta({ description: 'a new bearer token for this device' }),
  })
  .register(responseSchemas, { id: 'RestoreResponse' });

export type CreatePatientResponseBody = z.output<typeof CreatePatientResponse>;
export type RestoreRequestBody = z.input<typeof RestoreRequest>;
export type RestoreResponseBody = z.output<typeof RestoreResponse>;
