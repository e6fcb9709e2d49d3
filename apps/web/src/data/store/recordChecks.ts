import { type FieldIssue, isRecordType, readTolerantly, type SyncRecord, validateRecordData } from '@veerkracht/core';
import type { RecordCheck } from './db';
import { RECORD_RULES } from './recordRules';
import type { RecordWrite } from './store';

/*
 * The device's use of the core registry, in its own module so the store loads it on demand: it pulls in the
 * validator of every record type. Only writes and records no current check covers need it (docs/architecture.md,
 * "Checked once, read many times"); reading the checked records needs no validator.
 */

/**
 * One write checked through the core registry: the checked copy to store, or
 * the issues.
 *
 * @example
 * checkWrite({ type: RECORD.psk, data: { date: 'gisteren' } }, '2026-11-29') // { ok: false, issues: [{ field: 'date', … }] }
 */
export function checkWrite(
  write: RecordWrite,
  today: string,
): { ok: true; write: RecordWrite } | { ok: false; issues: readonly FieldIssue[] } {
  if (!isRecordType(write.type)) {
    return {
      ok: false,
      issues: [{ field: 'type', code: 'unknown_type', message: 'type is not a record type this app knows' }],
    };
  }
  if (write.deleted && write.data === null) return { ok: true, write };
  const result = validateRecordData(write.type, write.data, { today });
  return result.ok ? { ok: true, write: { ...write, data: result.value } as RecordWrite } : result;
}

/**
 * This version's check of a stored record, as the readers use it: read the
 * tolerant way (fields a newer app added are left out; any other problem, or
 * a type this version does not know, refuses it). A deleted record is never
 * read, so it passes as it is. Without `today`: a date ahead of this device's
 * clock was accepted by its writer and still counts.
 *
 * @example
 * checkStored({ id, type: 'psk', hlc, deleted: false, data: { …psk, mood: 'calm' } })
 * // { id, hlc, by: RECORD_RULES, ok: true, data: { …psk } }
 */
export function checkStored(record: SyncRecord): RecordCheck {
  const check = { id: record.id, hlc: record.hlc, by: RECORD_RULES };
  if (record.deleted) return { ...check, ok: true };
  const { type } = record;
  if (!isRecordType(type)) return { ...check, ok: false };
  const read = readTolerantly((data) => validateRecordData(type, data), record.data);
  if (!read.ok) return { ...check, ok: false };
  // Stored only where it differs: the device's own writes are checked copies already.
  return JSON.stringify(read.value) === JSON.stringify(record.data)
    ? { ...check, ok: true }
    : { ...check, ok: true, data: read.value };
}
