import { type FieldIssue, isRecordType, validateRecordData } from '@veerkracht/core';
import type { RecordWrite } from './store';

/**
 * One write checked through the core registry: the checked copy to store, or
 * the issues. Its own module so the store can load it on demand: it pulls in
 * the validator of every record type.
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
