import { MAX_CHANGES_PER_PUSH, PULL_PAGE_SIZE } from '@veerkracht/contract';
import {
  calendarDayAt,
  clockDecides,
  compareWrites,
  type FieldIssue,
  type SyncRecord,
  shouldReplace,
  typeChangeIssue,
  validateSyncChange,
} from '@veerkracht/core';
import type { Clock } from '../clock.js';
import { AppError, invalidRequest } from '../errors.js';
import {
  dataSize,
  PatientMissingError,
  type RecordRepository,
  type StorageUsage,
  type StoredHead,
  type StoredRecord,
} from './recordRepository.js';

// The protocol limits live in the contract (packages/contract), which the app reads too.
export { MAX_CHANGES_PER_PUSH, PULL_PAGE_SIZE };

export type SyncRequest = {
  cursor: number;
  changes: readonly unknown[];
  /** `false`: write only, pull nothing (the server's own writes, e.g. a therapist's plan version). */
  pull?: boolean;
};
export type SyncResult = {
  /** Pass this back as `cursor` on the next sync. */
  cursor: number;
  changes: SyncRecord[];
  more: boolean;
  /** The server's clock (ms since the epoch), so a device can see how far its own clock is off. */
  serverTime: number;
};

export interface SyncService {
  sync(patientId: string, request: SyncRequest): Promise<SyncResult>;
}

/**
 * The therapist's attention source (the workspace's flags) is made from records of `types`. A push that applies one
 * of them marks a linked patient's source stale inside its own transaction, so no commit can leave a source that
 * looks current without its records; after the commit, `markedStale` is told, to make the source again. An unlinked
 * patient has no source, and the mark costs nothing more than one statement in a transaction already open.
 */
export type AttentionFollower = {
  types: ReadonlySet<string>;
  markedStale(patientId: string): void;
};

/** Most a patient may store: records, and characters of JSON in their data. */
export type StorageQuota = StorageUsage;

/**
 * Far above what years of daily use need (a year of heavy use is about 10,000
 * records and 3 MB), low enough that one token cannot fill the server's disk
 * (docs/architecture.md, "Faults"; decision 0025).
 */
export const DEFAULT_STORAGE_QUOTA: StorageQuota = { records: 100_000, size: 50_000_000 };

/**
 * Push and pull in one round trip, in one transaction. Every change is
 * validated (core rules) before anything is written; one invalid change
 * rejects the whole push, as does a change to a record's type. A change is
 * applied only when it orders after the stored write (`compareWrites`: the
 * later clock, or on equal clocks the larger content), so the same push twice
 * changes nothing and device and server pick the same winner. A push that
 * would take the patient over the storage quota is refused whole (413). Each
 * applied change gets the patient's next sequence number; the pull returns
 * records after the cursor in that order.
 */
export function createSyncService(deps: {
  records: RecordRepository;
  clock: Clock;
  pageSize?: number;
  quota?: StorageQuota;
  attention?: AttentionFollower;
}): SyncService {
  const { records, clock } = deps;
  const pageSize = deps.pageSize ?? PULL_PAGE_SIZE;
  const quota = deps.quota ?? DEFAULT_STORAGE_QUOTA;
  const today = todayCache();

  return {
    /**
     * Applies `request.changes` for `patientId` (from the token, never from
     * the body) and returns the records after `request.cursor`.
     */
    async sync(patientId, request) {
      const nowMs = clock.now();
      const incoming = validateChanges(request.changes, nowMs, today(nowMs));
      const updatedAt = new Date(nowMs).toISOString();
      const ids = [...incoming.keys()];
      const attention = deps.attention;
      let attentionMarked = false;
      try {
        const result = await records.inPatientTransaction(
          patientId,
          async (tx) => {
            const heads = await tx.headsOf(ids);
            refuseTypeChanges(incoming, heads);
            const applied = await winners(incoming, heads, tx);
            let seq = tx.lastSeq;
            for (const record of applied) record.seq = ++seq;
            if (applied.length > 0) {
              const usage = usageAfter(tx.usage, applied, heads);
              ensureWithinQuota(tx.usage, usage, quota);
              const markAttentionStale = attention !== undefined && applied.some((r) => attention.types.has(r.type));
              attentionMarked = await tx.write(applied, seq, updatedAt, usage, { markAttentionStale });
            }

            if (request.pull === false) return { cursor: tx.lastSeq, changes: [], more: false, serverTime: nowMs };
            const from = pullFrom(request.cursor, tx.lastSeq);
            // A device that was up to date gets back exactly what it just pushed
            // and was applied: no need to read it again.
            const page = from === tx.lastSeq ? applied.slice(0, pageSize + 1) : await tx.since(from, pageSize + 1);
            const more = page.length > pageSize;
            const returned = more ? page.slice(0, pageSize) : page;
            return {
              cursor: returned.at(-1)?.seq ?? from,
              changes: returned.map(({ seq: _seq, ...record }) => record),
              more,
              serverTime: nowMs,
            };
          },
          // The stored heads of the pushed ids come with the patient's lock.
          { headsOf: ids },
        );
        // Committed (and, on SQLite, on disk): only now may the source be made again from the records.
        if (attentionMarked) attention?.markedStale(patientId);
        return result;
      } catch (error) {
        if (error instanceof PatientMissingError) {
          throw new AppError(401, 'unauthorized', 'the patient of this token no longer exists');
        }
        throw error;
      }
    },
  };
}

/** A valid change and where it was in the push (for field names in errors). */
type Incoming = { change: SyncRecord; index: number };

/**
 * The changes that win over what is stored, in push order, each still
 * without its sequence number. The clock decides; on a clock tie (rare: two
 * devices, one clock value) the stored write is read and the content decides.
 */
async function winners(
  incoming: ReadonlyMap<string, Incoming>,
  heads: ReadonlyMap<string, StoredHead>,
  tx: { recordsOf(ids: readonly string[]): Promise<Map<string, SyncRecord>> },
): Promise<StoredRecord[]> {
  const tied: string[] = [];
  for (const { change } of incoming.values()) {
    if (clockDecides(heads.get(change.id)?.hlc, change.hlc) === undefined) tied.push(change.id);
  }
  const storedTied = tied.length > 0 ? await tx.recordsOf(tied) : new Map<string, SyncRecord>();
  const applied: StoredRecord[] = [];
  for (const { change } of incoming.values()) {
    const decided =
      clockDecides(heads.get(change.id)?.hlc, change.hlc) ?? shouldReplace(storedTied.get(change.id), change);
    if (decided) applied.push({ ...change, seq: 0 });
  }
  return applied;
}

/** 400 `type_changed` for every change that would change a stored record's type; nothing is written. */
function refuseTypeChanges(incoming: ReadonlyMap<string, Incoming>, heads: ReadonlyMap<string, StoredHead>): void {
  const issues: FieldIssue[] = [];
  for (const { change, index } of incoming.values()) {
    const issue = typeChangeIssue(heads.get(change.id)?.type, change.type, `changes.${index}.type`);
    if (issue) issues.push(issue);
  }
  if (issues.length > 0) {
    throw invalidRequest(
      issues,
      `${issues.length} of ${incoming.size} changes would change a record's type; nothing was saved`,
    );
  }
}

/** The patient's usage once `applied` is written over `heads`. */
function usageAfter(
  before: StorageUsage,
  applied: readonly StoredRecord[],
  heads: ReadonlyMap<string, StoredHead>,
): StorageUsage {
  let { records, size } = before;
  for (const record of applied) {
    const head = heads.get(record.id);
    if (!head) records += 1;
    size += dataSize(record.data) - (head?.size ?? 0);
  }
  return { records, size: Math.max(0, size) };
}

/** 413 when a push would take the patient over the quota. A push that shrinks what is stored always passes. */
function ensureWithinQuota(before: StorageUsage, after: StorageUsage, quota: StorageQuota): void {
  const tooMany = after.records > quota.records && after.records > before.records;
  const tooLarge = after.size > quota.size && after.size > before.size;
  if (!tooMany && !tooLarge) return;
  throw new AppError(
    413,
    'storage_quota_exceeded',
    `this patient may store at most ${quota.records} records and ${Math.round(quota.size / 1_000_000)} MB of data; ` +
      'this push would go over that; nothing was saved',
  );
}

/**
 * Validates every change and keeps, per record id, the one that orders last
 * (`compareWrites`: a push may carry the same record twice; the later clock
 * wins, in any order). Throws 400 listing every problem, with nothing
 * written; one record with two types in one push is a problem too.
 */
function validateChanges(changes: readonly unknown[], nowMs: number, today: string): Map<string, Incoming> {
  if (changes.length > MAX_CHANGES_PER_PUSH) {
    throw invalidRequest([
      {
        field: 'changes',
        code: 'too_many',
        message: `changes may hold at most ${MAX_CHANGES_PER_PUSH} changes per push`,
        max: MAX_CHANGES_PER_PUSH,
      },
    ]);
  }
  const issues: FieldIssue[] = [];
  const byId = new Map<string, Incoming>();
  changes.forEach((input, index) => {
    const result = validateSyncChange(input, { nowMs, today });
    if (!result.ok) {
      for (const issue of result.issues) {
        issues.push({ ...issue, field: issue.field ? `changes.${index}.${issue.field}` : `changes.${index}` });
      }
      return;
    }
    const change = result.value;
    const seen = byId.get(change.id);
    const typeIssue = typeChangeIssue(seen?.change.type, change.type, `changes.${index}.type`);
    if (typeIssue) issues.push(typeIssue);
    else if (!seen || compareWrites(change, seen.change) > 0) byId.set(change.id, { change, index });
  });
  if (issues.length > 0) {
    const bad = new Set(issues.map((issue) => issue.field.split('.')[1])).size;
    throw invalidRequest(issues, `${bad} of ${changes.length} changes are invalid; nothing was saved`);
  }
  return byId;
}

const MS_PER_MINUTE = 60_000;

/**
 * `calendarDayAt` for the instants of one minute, computed once per minute
 * (it formats a date in a time zone, which costs more than the rest of a
 * small push's validation). Exact: time zones change day at a whole minute.
 */
function todayCache(): (nowMs: number) => string {
  let minute = Number.NaN;
  let day = '';
  return (nowMs) => {
    const current = Math.floor(nowMs / MS_PER_MINUTE);
    if (current !== minute) {
      minute = current;
      day = calendarDayAt(new Date(current * MS_PER_MINUTE));
    }
    return day;
  };
}

/**
 * Where the pull starts. A cursor beyond the patient's last sequence number
 * cannot come from this database (it was restored from an older backup, or the
 * device synced with another server): then the device gets everything again
 * from 0 rather than silently missing what is written from now on.
 */
function pullFrom(cursor: number, lastSeq: number): number {
  return cursor > lastSeq ? 0 : cursor;
}
