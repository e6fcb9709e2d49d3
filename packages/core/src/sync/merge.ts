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

/** The part of a record the merge rule compares. */
export type Write = Pick<SyncRecord, 'hlc' | 'type' | 'deleted' | 'data'>;

/** JSON with object keys in sorted order, so equal content is equal text whatever order a device wrote it in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Orders two writes of one record: by clock, and two writes with the same
 * clock (two devices that stamped the same instant and counter, or a copied
 * clock) by their content, so that every device and the server keep the same
 * one whatever order they see them in. Zero only for the same write.
 *
 * @example
 * compareWrites({ hlc: 'a', type: 'checkin', deleted: false, data: { pain: 2 } },
 *               { hlc: 'a', type: 'checkin', deleted: false, data: { pain: 3 } }) // < 0: the second wins
 */
export function compareWrites(a: Write, b: Write): number {
  const byClock = compareHlc(a.hlc, b.hlc);
  if (byClock !== 0) return byClock;
  const contentA = canonicalJson([a.type, a.deleted, a.data]);
  const contentB = canonicalJson([b.type, b.deleted, b.data]);
  return contentA < contentB ? -1 : contentA > contentB ? 1 : 0;
}

/**
 * The merge rule: last writer wins per record (`compareWrites`). A change
 * replaces what is stored only when it orders strictly after it, so applying
 * the same change twice, or an older one late, changes nothing, and devices
 * converge in any order.
 *
 * @example
 * shouldReplace(undefined, change) // true: nothing stored yet
 * shouldReplace(stored, { ...stored }) // false: the same write again
 */
export function shouldReplace(stored: Write | undefined, incoming: Write): boolean {
  return stored === undefined || compareWrites(incoming, stored) > 0;
}

/**
 * The clock-only form of the merge rule, for a store that has only the stored
 * clock at hand: true when the incoming clock is later, false when earlier.
 * With equal clocks the content decides (`compareWrites`), which this form
 * cannot see: it returns `undefined` and the caller reads the stored write.
 *
 * @example
 * clockDecides(undefined, '2026-…-0000-aa…') // true: nothing stored yet
 * clockDecides('2026-…-0001-aa…', '2026-…-0000-bb…') // false: stored is newer
 */
export function clockDecides(storedHlc: string | undefined, incomingHlc: string): boolean | undefined {
  if (storedHlc === undefined) return true;
  const byClock = compareHlc(incomingHlc, storedHlc);
  return byClock === 0 ? undefined : byClock > 0;
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
    if (shouldReplace(records.get(change.id), change)) {
      records.set(change.id, change);
      applied.push(change);
    }
  }
  return { records, applied };
}
