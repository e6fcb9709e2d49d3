import { compareHlc } from './hlc.js';

/**
 * One synced record as it travels between device and server. The owning
 * patient is not in the record: the server takes it from the token.
 */
export type SyncRecord<T = unknown> = {
  id: string;
  type: string;
  /** The record's content; `null` only for a deleted record. */
  data: T | null;
  hlc: string;
  deleted: boolean;
};

/**
 * The merge rule: last writer wins per record. A change replaces what is
 * stored only when its clock is strictly later, so applying the same change
 * twice, or an older one late, changes nothing.
 *
 * @example
 * shouldApply(undefined, '2026-…-0000-aa…') // true: nothing stored yet
 * shouldApply('2026-…-0001-aa…', '2026-…-0000-bb…') // false: stored is newer
 */
export function shouldApply(storedHlc: string | undefined, incomingHlc: string): boolean {
  return storedHlc === undefined || compareHlc(incomingHlc, storedHlc) > 0;
}

/**
 * Applies changes to a set of records by the merge rule, returning a new map
 * (keyed by id) and the changes that took effect. Order of `changes` does not
 * matter for the result: that is what makes devices converge.
 *
 * @example
 * const { records, applied } = mergeChanges(new Map(), [change]);
 * records.get(change.id) === change; applied.length === 1;
 */
export function mergeChanges<T>(
  current: ReadonlyMap<string, SyncRecord<T>>,
  changes: readonly SyncRecord<T>[],
): { records: Map<string, SyncRecord<T>>; applied: SyncRecord<T>[] } {
  const records = new Map(current);
  const applied: SyncRecord<T>[] = [];
  for (const change of changes) {
    if (shouldApply(records.get(change.id)?.hlc, change.hlc)) {
      records.set(change.id, change);
      applied.push(change);
    }
  }
  return { records, applied };
}
