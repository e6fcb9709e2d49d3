import { CHECK_IN_LIMITS, RECORD_TYPES } from '@veerkracht/core';
import { z } from 'zod';
import { requestSchemas, responseSchemas } from '../http/apiSchemas.js';
import { MAX_CHANGES_PER_PUSH } from './syncService.js';

/**
 * `POST /api/v1/sync` as the server checks it at the boundary: the envelope
 * only. Each change is validated by the core (`validateSyncChange`), which
 * knows the record types and names the exact field.
 */
export const SyncRequest = z.strictObject({
  cursor: z.int().min(0),
  changes: z.array(z.unknown()).max(MAX_CHANGES_PER_PUSH).default([]),
});

// The schemas below describe records for the OpenAPI document. They are
// derived from the core's limits so the document cannot drift from the rules.
const CheckInData = z
  .object({
    date: z.iso.date().meta({ description: 'calendar day (Europe/Amsterdam), at most one day ahead of the server' }),
    pain: z.int().min(CHECK_IN_LIMITS.pain.min).max(CHECK_IN_LIMITS.pain.max),
    sleepHours: z
      .number()
      .min(CHECK_IN_LIMITS.sleepHours.min)
      .max(CHECK_IN_LIMITS.sleepHours.max)
      .multipleOf(CHECK_IN_LIMITS.sleepHours.step)
      .optional(),
    sleepQuality: z.int().min(CHECK_IN_LIMITS.sleepQuality.min).max(CHECK_IN_LIMITS.sleepQuality.max).optional(),
    stress: z.int().min(CHECK_IN_LIMITS.stress.min).max(CHECK_IN_LIMITS.stress.max).optional(),
    note: z.string().max(CHECK_IN_LIMITS.note.maxLength).optional(),
  })
  .strict();

export const SyncRecordSchema = z
  .object({
    id: z.string().meta({ description: 'lowercase UUID (v7), made by the device' }),
    type: z.enum(RECORD_TYPES as [string, ...string[]]),
    data: z.union([CheckInData, z.null()]).meta({ description: 'by type; null only when deleted' }),
    hlc: z.string().meta({
      description: 'hybrid logical clock, e.g. 2026-11-25T08:54:23.000Z-0000-0123456789abcdef; at most 1 hour ahead',
    }),
    deleted: z.boolean(),
  })
  .strict();
SyncRecordSchema.register(requestSchemas, { id: 'SyncRecord' });
SyncRecordSchema.register(responseSchemas, { id: 'SyncRecord' });

export const SyncRequestDocument = z
  .strictObject({
    cursor: z.int().min(0).meta({ description: 'the cursor of the previous answer; 0 the first time' }),
    changes: z.array(SyncRecordSchema).max(MAX_CHANGES_PER_PUSH).default([]),
  })
  .register(requestSchemas, { id: 'SyncRequest' });

export const SyncResponse = z
  .object({
    cursor: z.int().min(0).meta({ description: 'send it back next time' }),
    changes: z.array(SyncRecordSchema).meta({ description: 'records changed after the cursor, in order' }),
    more: z.boolean().meta({ description: 'true when more changes wait: sync again at once' }),
    serverTime: z.int().meta({ description: "the server's clock, ms since the Unix epoch" }),
  })
  .register(responseSchemas, { id: 'SyncResponse' });
