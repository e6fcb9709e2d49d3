import { MAX_CHANGES_PER_PUSH, PULL_PAGE_SIZE } from '@veerkracht/contract';
import {
  calendarDayAt,
  clockDecides,
  compareHlc,
  type FieldIssue,
  type SyncRecord,
  validateSyncChange,
} from '@veerkracht/core';
import type { Clock } from '../clock.js';
import { AppError, invalidRequest } from '../errors.js';
import { PatientMissingError, type RecordRepository, type StoredRecord } from './recordRepository.js';

// The protocol limits live in the contract (packages/contract), which the app reads too.
export { MAX_CHANGES_PER_PUSH, PULL_PAGE_SIZE };

export type SyncRequest = { cursor: number; changes: readonly unknown[] };
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
 * Push and pull in one round trip, in one transaction. Every change is
 * validated (core rules) before anything is written; one invalid change
 * rejects the whole push. A change is applied only when its clock is later
 * than the stored one (last writer wins), so the same push twice changes
 * nothing. Each applied change gets the patient's next sequence number; the
 * pull returns records after the cursor in that order.
 */
export function createSyncService(deps: { records: RecordRepository; clock: Clock; pageSize?: number }): SyncService {
  const { records, clock } = deps;
  const pageSize = deps.pageSize ?? PULL_PAGE_SIZE;
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
      try {
        return await records.inPatientTransaction(
          patientId,
          async (tx) => {
            const stored = await tx.clocksOf(ids);
            let seq = tx.lastSeq;
            const applied: StoredRecord[] = [];
            for (const change of incoming.values()) {
              if (clockDecides(stored.get(change.id), change.hlc) === true) applied.push({ ...change, seq: ++seq });
            }
            if (applied.length > 0) await tx.write(applied, seq, updatedAt);

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
          // The stored clocks of the pushed ids come with the patient's lock.
          { clocksOf: ids },
        );
      } catch (error) {
        if (error instanceof PatientMissingError) {
          throw new AppError(401, 'unauthorized', 'the patient of this token no longer exists');
        }
        throw error;
      }
    },
  };
}

/**
 * Validates every change and keeps, per record id, the one with the latest
 * clock (a push may carry the same record twice; the later clock wins, in any
 * order). Throws 400 listing every problem, with nothing written.
 */
function validateChanges(changes: readonly unknown[], nowMs: number, today: string): Map<string, SyncRecord> {
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
  const byId = new Map<string, SyncRecord>();
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
    if (!seen || compareHlc(change.hlc, seen.hlc) > 0) byId.set(change.id, change);
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
