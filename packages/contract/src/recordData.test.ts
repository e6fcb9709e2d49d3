import { RECORD_TYPES, SYNC_BATCH_SIZE, utf8Length, validateRecordData } from '@veerkracht/core';
import { describe, expect, it } from 'vitest';
import { RECORD_EXAMPLES } from './examples.js';
import { MAX_BODY_BYTES, MAX_CHANGES_PER_PUSH, MAX_PUSH_BYTES } from './limits.js';
import { RECORD_DATA_SCHEMAS } from './recordData.js';
import { SyncRecordSchema } from './sync.js';

describe('the documented record data', () => {
  it('has a schema and an example for every record type of the core registry, and nothing else', () => {
    expect(Object.keys(RECORD_DATA_SCHEMAS).sort()).toEqual([...RECORD_TYPES].sort());
    expect(Object.keys(RECORD_EXAMPLES).sort()).toEqual([...RECORD_TYPES].sort());
  });

  it.each(RECORD_TYPES)('shows a %s example that the core validator and the documented schema both accept', (type) => {
    const example = RECORD_EXAMPLES[type];
    expect(validateRecordData(type, example, { today: '2026-11-25' })).toEqual({ ok: true, value: example });
    expect(RECORD_DATA_SCHEMAS[type].safeParse(example).error).toBeUndefined();
  });

  it('tells the record types apart by type, with data null only for a deleted record', () => {
    const change = {
      id: '019a0000-0000-7000-8000-000000000001',
      hlc: '2026-11-25T12:00:00.000Z-0000-0123456789abcdef',
      deleted: false,
    };
    expect(SyncRecordSchema.safeParse({ ...change, type: 'concern', data: RECORD_EXAMPLES.concern }).success).toBe(
      true,
    );
    expect(SyncRecordSchema.safeParse({ ...change, type: 'concern', data: RECORD_EXAMPLES.checkin }).success).toBe(
      false,
    );
    expect(SyncRecordSchema.safeParse({ ...change, type: 'concern', data: null, deleted: true }).success).toBe(true);
  });

  it('lets fields a newer app added pass through', () => {
    const newer = { ...RECORD_EXAMPLES.checkin, mood: 'calm' };
    expect(RECORD_DATA_SCHEMAS.checkin.parse(newer)).toEqual(newer);
  });
});

describe('the protocol limits', () => {
  it('let the device send what the server takes: its batch size, and its largest push inside the body limit', () => {
    expect(MAX_CHANGES_PER_PUSH).toBe(SYNC_BATCH_SIZE);
    const envelope = utf8Length(JSON.stringify({ cursor: Number.MAX_SAFE_INTEGER, changes: [] }));
    expect(MAX_PUSH_BYTES + envelope).toBeLessThan(MAX_BODY_BYTES);
  });
});
