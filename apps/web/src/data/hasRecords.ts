import type { RecordType } from '@veerkracht/core';
import { useRecords } from './app';

/** Whether the device holds any not-deleted record of one of these types (cheap: stops at the first). */
export function useHasRecordsOf(types: readonly RecordType[]): boolean {
  const wanted = new Set<string>(types);
  for (const record of useRecords().checked.values()) if (!record.deleted && wanted.has(record.type)) return true;
  return false;
}
