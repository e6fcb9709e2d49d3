import { RECORD_TYPES, type RecordType } from '@veerkracht/core';
import { z } from 'zod';
import { MAX_CHANGES_PER_PUSH, MAX_CLOCK_LEAD_MS } from './limits.js';
import { RECORD_DATA_SCHEMAS, recordSchemaName } from './recordData.js';
import { requestSchemas, responseSchemas } from './registries.js';

/**
 * `POST /api/v1/sync` as the server checks it at the boundary: the envelope
 * only. Each change is validated by the core (`validateSyncChange`), which
 * knows the record types and names the exact field.
 */
export const SyncRequest = z.strictObject({
  cursor: z.int().min(0),
  changes: z.array(z.unknown()).max(MAX_CHANGES_PER_PUSH).default([]),
});

const HOURS_AHEAD = MAX_CLOCK_LEAD_MS / 3_600_000;

/** One change of one record type: the envelope, with that type's `data` (`null` only when deleted). */
function changeOf<T extends RecordType>(type: T) {
  const change = z.strictObject({
    id: z.string().meta({ description: 'lowercase UUID (v7), made by the device' }),
    type: z.literal(type),
    data: RECORD_DATA_SCHEMAS[type].nullable().meta({ description: 'null only when deleted' }),
    hlc: z.string().meta({
      description: `hybrid logical clock, e.g. 2026-11-25T08:54:23.000Z-0000-0123456789abcdef; at most ${HOURS_AHEAD} hour(s) ahead of the server`,
    }),
    deleted: z.boolean(),
  });
  const meta = { id: changeSchemaId(type) };
  change.register(requestSchemas, meta);
  change.register(responseSchemas, meta);
  return change;
}

/** The OpenAPI component of a change of one type, e.g. `ActivityPlanChange`. */
export function changeSchemaId(type: RecordType): string {
  return `${recordSchemaName(type)}Change`;
}

const CHANGES = RECORD_TYPES.map((type) => changeOf(type));

/** A record as it syncs, discriminated by `type`. */
export const SyncRecordSchema = z.discriminatedUnion(
  'type',
  CHANGES as [(typeof CHANGES)[number], ...(typeof CHANGES)[number][]],
);
SyncRecordSchema.register(requestSchemas, { id: 'SyncRecord' });
SyncRecordSchema.register(responseSchemas, { id: 'SyncRecord' });

/** The request as the OpenAPI document describes it (the server parses it with {@link SyncRequest}). */
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

/**
 * What a client sends. Each change is held as `unknown` because the server
 * checks it with the core, not with this schema; {@link SyncRecordSchema}
 * documents what a valid one looks like.
 */
export type SyncRequestBody = z.input<typeof SyncRequest>;
export type SyncResponseBody = z.output<typeof SyncResponse>;
export type SyncRecordBody = z.output<typeof SyncRecordSchema>;
