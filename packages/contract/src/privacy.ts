import { z } from 'zod';
import { requestSchemas, responseSchemas } from './registries.js';

/**
 * The practice's retention (issue 14): how long the data of an unlinked or
 * inactive patient is kept after their last sign of life, in days.
 */
export const RETENTION_MIN_DAYS = 90;
export const RETENTION_MAX_DAYS = 3650;

/** `PUT /api/v1/practice/retention` (administrator). */
export const RetentionRequest = z
  .strictObject({
    days: z
      .int()
      .min(RETENTION_MIN_DAYS)
      .max(RETENTION_MAX_DAYS)
      .meta({
        description: `days a patient's data is kept after their last sign of life (${RETENTION_MIN_DAYS} to ${RETENTION_MAX_DAYS})`,
      }),
  })
  .register(requestSchemas, { id: 'RetentionRequest' });

/** `GET` and `PUT /api/v1/practice/retention` answer this. */
export const RetentionSettings = z
  .object({
    days: z.int().meta({ description: 'the retention in force for this practice, in days' }),
    isDefault: z.boolean().meta({ description: 'true when the practice never set it: days is the default' }),
    defaultDays: z.int(),
    minDays: z.int(),
    maxDays: z.int(),
    unlinkedDays: z.int().meta({
      description: "the server's retention for patients who never linked to a practice (RETENTION_UNLINKED_DAYS)",
    }),
    changedAt: z.string().nullable().meta({ description: 'when an administrator last set it (ISO 8601 UTC)' }),
  })
  .register(responseSchemas, { id: 'RetentionSettings' });

export type RetentionRequestBody = z.input<typeof RetentionRequest>;
export type RetentionSettingsBody = z.output<typeof RetentionSettings>;
