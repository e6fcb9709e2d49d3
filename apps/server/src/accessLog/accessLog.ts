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
  /** 1: the hash covers `patientId`; 2: it covers `patientDigest` (migration 0007). */
  format: number;
  seq: number;
  at: string;
  actorKind: string;
  actorId: string;
  actorName: string;
  practiceId: string | null;
  onBehalfOf: string;
  sessionId: string | null;
  /** The patient's id, or {@link pseudonymOf} its digest once the patient was erased. */
  patientId: string;
  patientDigest: string | null;
  pseudonymisedAt: string | null;
  action: string;
  what: string;
  prevHash: string;
  hash: string;
};

/** The fields a hash covers: everything but the hash, and how the entry was pseudonymised. */
type HashedFields = Omit<AccessLogRow, 'hash' | 'format' | 'pseudonymisedAt'>;

/** The hash the chain starts from (the head row's first value). */
export const GENESIS_HASH = '0'.repeat(64);

/** The format of the entries this version writes (migration 0007). */
export const ACCESS_LOG_FORMAT = 2;

/**
 * The pseudonymous form of a patient id: SHA-256 (hex) with a fixed prefix.
 * Format 2 entries are hashed over it rather than over the id, and an erased
 * patient's entries keep only it (in the access log and the erasure log), so
 * they can still be counted together but name nobody the server knows.
 *
 * @example
 * patientDigest('0193…') // 'c1f0…' (64 hex digits)
 */
export function patientDigest(patientId: string): string {
  return createHash('sha256').update(`veerkracht-patient:${patientId}`, 'utf8').digest('hex');
}

/** What stands in `patient_id` once the patient was erased. */
export function pseudonymOf(digest: string): string {
  return `erased:${digest}`;
}

/**
 * SHA-256 (hex) of a format 1 entry: its fields in a fixed order as a JSON
 * array, so no two different entries share an input, plus the previous hash.
 *
 * @example
 * entryHash({ seq: 1, prevHash: GENESIS_HASH, ... }) // '9f2c…' (64 hex digits)
 */
export function entryHash(row: Omit<HashedFields, 'patientDigest'>): string {
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

/**
 * SHA-256 (hex) of a format 2 entry: as {@link entryHash}, led by the format,
 * with the patient's digest where format 1 has the patient's id. Replacing the
 * id by its pseudonym leaves the hash as it was.
 */
export function entryHashV2(row: HashedFields & { patientDigest: string }): string {
  const fields = [
    ACCESS_LOG_FORMAT,
    row.seq,
    row.at,
    row.actorKind,
    row.actorId,
    row.actorName,
    row.practiceId,
    row.onBehalfOf,
    row.sessionId,
    row.patientDigest,
    row.action,
    row.what,
    row.prevHash,
  ];
  return createHash('sha256').update(JSON.stringify(fields), 'utf8').digest('hex');
}

/**
 * What a format 1 entry still shows of itself once pseudonymised (all but the
 * patient's id), hashed over all of a patient's such entries: the seal that
 * the erasure's own entry carries, so the chain covers them again.
 */
export function sealOf(rows: readonly AccessLogRow[]): string {
  const parts = [...rows]
    .sort((a, b) => a.seq - b.seq)
    .map((row) => [
      row.seq,
      row.at,
      row.actorKind,
      row.actorId,
      row.actorName,
      row.practiceId,
      row.onBehalfOf,
      row.sessionId,
      row.patientDigest,
      row.action,
      row.what,
      row.prevHash,
      row.hash,
    ]);
  return createHash('sha256').update(JSON.stringify(parts), 'utf8').digest('hex');
}

/** The erasure entry's `what`: the reason, and the seal over the patient's format 1 entries when it had any. */
const ERASE_WHAT = /^(request|retention)(?: sealed (\d+) ([0-9a-f]{64}))?$/;

/** The server itself, as the actor of an erasure's entry. */
const ERASURE_ACTOR = (reason: 'request' | 'retention'): Actor => ({
  kind: 'system',
  id: 'veerkracht',
  name: 'Veerkracht',
  practiceId: null,
  onBehalfOf: reason === 'request' ? 'the patient' : 'retention',
  sessionId: null,
});

type Entry = { patientId: string; digest: string; action: string; what: string };

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
    const entries = events.map((event) => ({ ...event, digest: patientDigest(event.patientId) }));
    if (trx) await this.#write(trx, actor, entries);
    else await this.db.transaction().execute((tx) => this.#write(tx, actor, entries));
  }

  /**
   * Pseudonymises an erased patient's entries inside the erasing transaction:
   * `patient_id` becomes {@link pseudonymOf} its digest. Format 2 entries keep
   * their hash (it covers the digest); format 1 entries, whose hash covers the
   * id, are sealed: the erasure's own entry, appended here to the chain,
   * carries a hash over everything else they hold, so changing one later is
   * still found by {@link verifyAccessLog}. Returns the digest (the pseudonym without its prefix).
   */
  async pseudonymise(trx: Db, patientId: string, reason: 'request' | 'retention'): Promise<string> {
    const digest = patientDigest(patientId);
    const at = new Date(this.clock.now()).toISOString();
    const older = (
      await trx
        .selectFrom('access_log')
        .selectAll()
        .where('patient_id', '=', patientId)
        .where('format', '=', 1)
        .orderBy('seq')
        .execute()
    ).map((row) => ({ ...toRow(row), patientDigest: digest }));
    await trx
      .updateTable('access_log')
      .set({ patient_id: pseudonymOf(digest), patient_digest: digest, pseudonymised_at: at })
      .where('patient_id', '=', patientId)
      .execute();
    const what = older.length > 0 ? `${reason} sealed ${older.length} ${sealOf(older)}` : reason;
    await this.#write(trx, ERASURE_ACTOR(reason), [{ patientId: pseudonymOf(digest), digest, action: 'erase', what }]);
    return digest;
  }

  /**
   * The head row is updated first, which takes the write lock (SQLite) or
   * the row lock (PostgreSQL): appenders in several processes queue there,
   * so the chain stays one line.
   */
  async #write(tx: Db, actor: Actor, entries: readonly Entry[]): Promise<void> {
    const head = await sql<{ seq: string | number; hash: string }>`
      update access_log_head set seq = seq where id = 1 returning seq, hash`.execute(tx);
    const current = head.rows[0];
    if (!current) throw new Error('the access log has no head row');
    let seq = toSafeInteger(current.seq);
    let prevHash = current.hash;
    const at = new Date(this.clock.now()).toISOString();
    const rows: AccessLogRow[] = [];
    for (const entry of entries) {
      seq += 1;
      const fields = {
        seq,
        at,
        actorKind: actor.kind,
        actorId: actor.id,
        actorName: actor.name,
        practiceId: actor.practiceId,
        onBehalfOf: actor.onBehalfOf,
        sessionId: actor.sessionId,
        patientId: entry.patientId,
        patientDigest: entry.digest,
        action: entry.action,
        what: entry.what,
        prevHash,
      };
      const hash = entryHashV2(fields);
      rows.push({ ...fields, format: ACCESS_LOG_FORMAT, pseudonymisedAt: null, hash });
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
            format: row.format,
            patient_digest: row.patientDigest,
          })),
        )
        .execute();
    }
    await tx.updateTable('access_log_head').set({ seq, hash: prevHash }).where('id', '=', 1).execute();
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
    format: row.format,
    seq: toSafeInteger(row.seq),
    at: row.at,
    actorKind: row.actor_kind,
    actorId: row.actor_id,
    actorName: row.actor_name,
    practiceId: row.practice_id,
    onBehalfOf: row.on_behalf_of,
    sessionId: row.session_id,
    patientId: row.patient_id,
    patientDigest: row.patient_digest,
    pseudonymisedAt: row.pseudonymised_at,
    action: row.action,
    what: row.what,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/**
 * Why an entry's content does not match its hash, or null when it does.
 * Format 2: the hash over the digest, and an id that is the digest's patient
 * or its pseudonym. Format 1: the hash over the id, unless pseudonymised;
 * then only the pseudonym is checked here and the seal in the erasure's
 * entry covers the rest (`sealed` collects those entries).
 */
function contentProblem(row: AccessLogRow, sealed: Map<string, AccessLogRow[]>): string | null {
  const changed = 'its content was changed after it was written';
  if (row.format === ACCESS_LOG_FORMAT) {
    if (row.patientDigest === null) return changed;
    if (entryHashV2({ ...row, patientDigest: row.patientDigest }) !== row.hash) return changed;
    const named =
      row.patientId === pseudonymOf(row.patientDigest) || patientDigest(row.patientId) === row.patientDigest;
    return named ? null : 'its patient was changed after it was written';
  }
  if (row.format !== 1) return `it has an unknown format ${row.format}`;
  if (row.pseudonymisedAt === null) return entryHash(row) === row.hash ? null : changed;
  if (row.patientDigest === null || row.patientId !== pseudonymOf(row.patientDigest)) return changed;
  sealed.set(row.patientDigest, [...(sealed.get(row.patientDigest) ?? []), row]);
  return null;
}

/** An erasure entry: the pseudonymised format 1 entries of its patient must match the seal it carries. */
function sealProblem(row: AccessLogRow, sealed: Map<string, AccessLogRow[]>): string | null {
  if (row.action !== 'erase' || row.patientDigest === null) return null;
  const match = ERASE_WHAT.exec(row.what);
  if (!match) return 'its erasure record was changed';
  const older = sealed.get(row.patientDigest) ?? [];
  sealed.delete(row.patientDigest);
  const count = match[2] === undefined ? 0 : Number(match[2]);
  if (count !== older.length) return `it sealed ${count} earlier entries of its patient, but ${older.length} are there`;
  if (count > 0 && match[3] !== sealOf(older)) return 'an earlier entry of its patient was changed after erasure';
  return null;
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
  // Pseudonymised format 1 entries by patient digest, until the erasure's entry that seals them.
  const sealed = new Map<string, AccessLogRow[]>();
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
      const problem = contentProblem(row, sealed) ?? sealProblem(row, sealed);
      if (problem !== null) return { ok: false, entries, brokenAt: row.seq, reason: problem };
      prevHash = row.hash;
      expectedSeq += 1;
      entries += 1;
    }
    if (page.length < pageSize) break;
  }
  const unsealed = [...sealed.values()].flat()[0];
  if (unsealed) {
    return { ok: false, entries, brokenAt: unsealed.seq, reason: 'it was pseudonymised without an erasure entry' };
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
