import { createHash } from 'node:crypto';
import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { Clock } from '../clock.js';
import { type AccessLogTable, type Schema, toSafeInteger } from '../db/schema.js';

/**
 * The access log per NEN 7513 (docs/architecture.md, "Access log"): every
 * read or change of a patient's data by anyone but the patient, with who,
 * when, which patient, what, on whose behalf and from which session.
 * Append-only and hash-chained: each entry's hash covers its fields and the
 * hash of the entry before, so changing or removing an entry breaks every
 * link after it (`verifyAccessLog`).
 */

export type ActorKind = 'therapist' | 'admin' | 'system';
/** `read` a view or records; `change` something of the patient's; `link` / `unlink` the link itself. */
export type AccessAction = 'read' | 'change' | 'link' | 'unlink';

/** Who acts: a staff member in a session, or the server itself (e.g. an invite used by the patient). */
export type Actor = {
  kind: ActorKind;
  id: string;
  name: string;
  practiceId: string | null;
  /** On whose behalf: the practice a therapist works for. */
  onBehalfOf: string;
  sessionId: string | null;
};

export type AccessEvent = { patientId: string; action: AccessAction; what: string };

export type AccessLogRow = {
  seq: number;
  at: string;
  actorKind: string;
  actorId: string;
  actorName: string;
  practiceId: string | null;
  onBehalfOf: string;
  sessionId: string | null;
  patientId: string;
  action: string;
  what: string;
  prevHash: string;
  hash: string;
};

/** The hash the chain starts from (the head row's first value). */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * SHA-256 (hex) of an entry: its fields in a fixed order as a JSON array, so
 * no two different entries share an input, plus the previous hash.
 *
 * @example
 * entryHash({ seq: 1, prevHash: GENESIS_HASH, ... }) // '9f2c…' (64 hex digits)
 */
export function entryHash(row: Omit<AccessLogRow, 'hash'>): string {
  const fields = [
    row.seq,
    row.at,
    row.actorKind,
    row.actorId,
    row.actorName,
    row.practiceId,
    row.onBehalfOf,
    row.sessionId,
    row.patientId,
    row.action,
    row.what,
    row.prevHash,
  ];
  return createHash('sha256').update(JSON.stringify(fields), 'utf8').digest('hex');
}

type Db = Kysely<Schema> | Transaction<Schema>;

export class AccessLog {
  constructor(
    private readonly db: Kysely<Schema>,
    private readonly clock: Clock,
  ) {}

  /**
   * Appends the events as one actor, in one transaction (or the caller's).
   * The head row is updated first, which takes the write lock (SQLite) or
   * the row lock (PostgreSQL): appenders in several processes queue there,
   * so the chain stays one line. Throws when the log cannot be written; the
   * caller then must not serve the data (fail closed).
   */
  async append(actor: Actor, events: readonly AccessEvent[], trx?: Db): Promise<void> {
    if (events.length === 0) return;
    const run = async (tx: Db) => {
      const head = await sql<{ seq: string | number; hash: string }>`
        update access_log_head set seq = seq where id = 1 returning seq, hash`.execute(tx);
      const current = head.rows[0];
      if (!current) throw new Error('the access log has no head row');
      let seq = toSafeInteger(current.seq);
      let prevHash = current.hash;
      const at = new Date(this.clock.now()).toISOString();
      const rows: AccessLogRow[] = [];
      for (const event of events) {
        seq += 1;
        const row = {
          seq,
          at,
          actorKind: actor.kind,
          actorId: actor.id,
          actorName: actor.name,
          practiceId: actor.practiceId,
          onBehalfOf: actor.onBehalfOf,
          sessionId: actor.sessionId,
          patientId: event.patientId,
          action: event.action,
          what: event.what,
          prevHash,
        };
        const hash = entryHash(row);
        rows.push({ ...row, hash });
        prevHash = hash;
      }
      // In slices: PostgreSQL takes at most 65,535 parameters in one statement.
      for (let i = 0; i < rows.length; i += 500) {
        await tx
          .insertInto('access_log')
          .values(
            rows.slice(i, i + 500).map((row) => ({
              seq: row.seq,
              at: row.at,
              actor_kind: row.actorKind,
              actor_id: row.actorId,
              actor_name: row.actorName,
              practice_id: row.practiceId,
              on_behalf_of: row.onBehalfOf,
              session_id: row.sessionId,
              patient_id: row.patientId,
              action: row.action,
              what: row.what,
              prev_hash: row.prevHash,
              hash: row.hash,
            })),
          )
          .execute();
      }
      await tx.updateTable('access_log_head').set({ seq, hash: prevHash }).where('id', '=', 1).execute();
    };
    if (trx) await run(trx);
    else await this.db.transaction().execute(run);
  }

  /** One patient's entries, newest first. */
  async ofPatient(patientId: string, limit = 500): Promise<AccessLogRow[]> {
    const rows = await this.db
      .selectFrom('access_log')
      .selectAll()
      .where('patient_id', '=', patientId)
      .orderBy('seq', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toRow);
  }
}

function toRow(row: Selectable<AccessLogTable>): AccessLogRow {
  return {
    seq: toSafeInteger(row.seq),
    at: row.at,
    actorKind: row.actor_kind,
    actorId: row.actor_id,
    actorName: row.actor_name,
    practiceId: row.practice_id,
    onBehalfOf: row.on_behalf_of,
    sessionId: row.session_id,
    patientId: row.patient_id,
    action: row.action,
    what: row.what,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export type ChainReport =
  | { ok: true; entries: number; headSeq: number }
  | { ok: false; entries: number; brokenAt: number; reason: string };

/**
 * Walks the whole chain in order, in pages, and reports the first broken
 * link: a gap in the sequence, an entry whose `prev_hash` is not the hash
 * before it, an entry whose hash does not match its fields, or a head that
 * does not point at the last entry (entries cut off the end).
 */
export async function verifyAccessLog(db: Kysely<Schema>, pageSize = 5000): Promise<ChainReport> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let entries = 0;
  for (;;) {
    const page = await db
      .selectFrom('access_log')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    for (const raw of page) {
      const row = toRow(raw);
      if (row.seq !== expectedSeq) {
        return { ok: false, entries, brokenAt: expectedSeq, reason: `entry ${expectedSeq} is missing` };
      }
      if (row.prevHash !== prevHash) {
        return { ok: false, entries, brokenAt: row.seq, reason: 'it does not point at the entry before it' };
      }
      const { hash, ...fields } = row;
      if (entryHash(fields) !== hash) {
        return { ok: false, entries, brokenAt: row.seq, reason: 'its content was changed after it was written' };
      }
      prevHash = hash;
      expectedSeq += 1;
      entries += 1;
    }
    if (page.length < pageSize) break;
  }
  const head = await db.selectFrom('access_log_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst();
  const headSeq = head ? toSafeInteger(head.seq) : 0;
  if (!head || headSeq !== entries || head.hash !== prevHash) {
    return {
      ok: false,
      entries,
      brokenAt: entries + 1,
      reason: `the log ends at entry ${entries} but its head says ${headSeq}`,
    };
  }
  return { ok: true, entries, headSeq };
}
