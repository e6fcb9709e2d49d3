import type { SyncRecord } from '@veerkracht/core';
import type BetterSqlite3 from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import type { Database, NativeSqlite } from '../db/database.js';
import { databaseFault } from '../db/faults.js';
import { type Schema, toBoolean, toSafeInteger } from '../db/schema.js';

/** A synced record as stored: the record and the sequence number it was given. */
export type StoredRecord = SyncRecord & { seq: number };

/** The patient is gone (deleted between authentication and the sync). */
export class PatientMissingError extends Error {
  constructor(patientId: string) {
    super(`patient ${patientId} does not exist`);
    this.name = 'PatientMissingError';
  }
}

/**
 * What the sync must know of a stored record before writing over it: its
 * clock (last writer wins), its type (fixed at creation) and its size (the
 * storage quota).
 */
export type StoredHead = { hlc: string; type: string; size: number };

/** How much a patient stores: records, and characters of JSON in their data. */
export type StorageUsage = { records: number; size: number };

/**
 * The size a record's data counts for in {@link StorageUsage}: characters of
 * its JSON, as stored (SQL `length(data)` counts the same for the usual text).
 *
 * @example
 * dataSize({ pain: 3 }) // 10
 */
export function dataSize(data: unknown): number {
  return JSON.stringify(data).length;
}

/** One patient's records inside a transaction that holds that patient's write lock. */
export interface PatientRecords {
  /** The last sequence number given to this patient's records when the lock was taken. */
  readonly lastSeq: number;
  /** What the patient stores when the lock was taken. */
  readonly usage: StorageUsage;
  /** The stored heads of those of `ids` that exist. */
  headsOf(ids: readonly string[]): Promise<Map<string, StoredHead>>;
  /** The stored records of those of `ids` that exist (for a clock tie, where the content decides). */
  recordsOf(ids: readonly string[]): Promise<Map<string, SyncRecord>>;
  /**
   * Inserts or replaces `records` (each with its new seq) and sets the
   * patient's last seq and usage. A stored record with a later clock is kept.
   * With `markAttentionStale`, also counts one more change against the
   * patient's attention source (the therapist's flags, `patient_attention`),
   * in the same transaction; answers whether the patient has one (only a
   * linked patient does).
   */
  write(
    records: readonly StoredRecord[],
    lastSeq: number,
    updatedAt: string,
    usage: StorageUsage,
    options?: WriteOptions,
  ): Promise<boolean>;
  /** Records with `seq > cursor`, in seq order, at most `limit`. */
  since(cursor: number, limit: number): Promise<StoredRecord[]>;
}

export type WriteOptions = {
  /**
   * The push changed what the patient's attention source is made from. The
   * mark is a count (`patient_attention.stale`), not a flag, so a source made
   * from records read before this commit never clears it
   * (docs/architecture.md, "Therapist workspace").
   */
  markAttentionStale?: boolean;
};

export type PatientTransactionOptions = {
  /**
   * Record ids whose stored heads `headsOf` will be asked for: read together
   * with the patient's lock (one round trip fewer on PostgreSQL).
   */
  headsOf?: readonly string[];
};

/** Storage of synced records, one transaction per patient's sync. */
export interface RecordRepository {
  /**
   * Runs `work` in one transaction holding the patient's write lock: all of it
   * is stored, or none. Throws {@link PatientMissingError} for an unknown patient.
   * `work` must touch storage only through the `records` it is given (on
   * SQLite the one connection is held for it; any other query would wait forever).
   */
  inPatientTransaction<T>(
    patientId: string,
    work: (records: PatientRecords) => Promise<T>,
    options?: PatientTransactionOptions,
  ): Promise<T>;
}

/**
 * {@link RecordRepository} on SQLite or PostgreSQL. On PostgreSQL each sync is
 * a transaction that locks the patient's row (`select … for update`, which
 * also reads the stored clocks), so two devices of one patient get distinct
 * sequence numbers: begin, lock, one write, commit. On SQLite there is one
 * connection; syncs are grouped into shared transactions (see
 * {@link SqliteGroupCommit}) and run as prepared statements below Kysely.
 */
export class KyselyRecordRepository implements RecordRepository {
  private readonly group: SqliteGroupCommit | undefined;

  constructor(
    private readonly database: Database,
    options: { lockWaitMs?: number | undefined } = {},
  ) {
    this.group = database.sqlite
      ? new SqliteGroupCommit(database.db, database.sqlite, { lockWaitMs: options.lockWaitMs })
      : undefined;
  }

  inPatientTransaction<T>(
    patientId: string,
    work: (records: PatientRecords) => Promise<T>,
    options: PatientTransactionOptions = {},
  ): Promise<T> {
    const ids = options.headsOf ?? [];
    if (this.group) {
      const group = this.group;
      return group.run(() => work(group.lockPatient(patientId, ids)));
    }
    return this.database.db.transaction().execute(async (trx) => work(await lockPatient(trx, patientId, ids)));
  }
}

/** Heads of `ids` from a prefetched map, or `undefined` when one of them was not prefetched. */
function fromPrefetched(
  prefetched: ReadonlySet<string>,
  heads: ReadonlyMap<string, StoredHead>,
  ids: readonly string[],
): Map<string, StoredHead> | undefined {
  const result = new Map<string, StoredHead>();
  for (const id of ids) {
    if (!prefetched.has(id)) return undefined;
    const head = heads.get(id);
    if (head !== undefined) result.set(id, head);
  }
  return result;
}

type PatientRow = { last_seq: string | number; record_count: string | number; stored_size: string | number };
type HeadRow = { id: string; hlc: string; type: string; size: string | number };

function usageOf(row: PatientRow): StorageUsage {
  return { records: toSafeInteger(row.record_count), size: toSafeInteger(row.stored_size) };
}

function headOf(row: HeadRow): StoredHead {
  return { hlc: row.hlc, type: row.type, size: toSafeInteger(row.size) };
}

// PostgreSQL: the queries below run on every sync, so they are written as SQL
// templates: Kysely's query builder costs more to build and compile than the
// database takes to run them.

async function lockPatient(db: Kysely<Schema>, patientId: string, ids: readonly string[]): Promise<PatientRecords> {
  if (ids.length === 0) {
    const { rows } = await sql<PatientRow>`
      select last_seq, record_count, stored_size from patients where id = ${patientId} for update`.execute(db);
    const row = rows[0];
    if (!row) throw new PatientMissingError(patientId);
    return new KyselyPatientRecords(db, patientId, toSafeInteger(row.last_seq), usageOf(row), new Set(), new Map());
  }
  // One round trip: the lock on the patient's row and the stored heads of the pushed ids.
  const { rows } = await sql<PatientRow & { [K in keyof HeadRow]: HeadRow[K] | null }>`
    select p.last_seq, p.record_count, p.stored_size, r.id, r.hlc, r.type, length(r.data) as size from patients p
    left join records r on r.patient_id = p.id and r.id in (${sql.join(ids)})
    where p.id = ${patientId}
    for update of p`.execute(db);
  const first = rows[0];
  if (!first) throw new PatientMissingError(patientId);
  const heads = new Map<string, StoredHead>();
  for (const row of rows) {
    if (row.id !== null && row.hlc !== null && row.type !== null && row.size !== null) {
      heads.set(row.id, headOf({ id: row.id, hlc: row.hlc, type: row.type, size: row.size }));
    }
  }
  return new KyselyPatientRecords(db, patientId, toSafeInteger(first.last_seq), usageOf(first), new Set(ids), heads);
}

class KyselyPatientRecords implements PatientRecords {
  constructor(
    private readonly db: Kysely<Schema>,
    private readonly patientId: string,
    readonly lastSeq: number,
    readonly usage: StorageUsage,
    private readonly prefetched: ReadonlySet<string>,
    private readonly heads: ReadonlyMap<string, StoredHead>,
  ) {}

  async headsOf(ids: readonly string[]): Promise<Map<string, StoredHead>> {
    const known = fromPrefetched(this.prefetched, this.heads, ids);
    if (known) return known;
    const heads = new Map<string, StoredHead>();
    if (ids.length === 0) return heads;
    const { rows } = await sql<HeadRow>`
      select id, hlc, type, length(data) as size from records
      where patient_id = ${this.patientId} and id in (${sql.join(ids)})`.execute(this.db);
    for (const row of rows) heads.set(row.id, headOf(row));
    return heads;
  }

  async recordsOf(ids: readonly string[]): Promise<Map<string, SyncRecord>> {
    const found = new Map<string, SyncRecord>();
    if (ids.length === 0) return found;
    const { rows } = await sql<RecordRow>`
      select id, type, data, hlc, deleted, seq from records
      where patient_id = ${this.patientId} and id in (${sql.join(ids)})`.execute(this.db);
    for (const row of rows) {
      const { seq: _seq, ...record } = fromRow(row);
      found.set(row.id, record);
    }
    return found;
  }

  async write(
    records: readonly StoredRecord[],
    lastSeq: number,
    updatedAt: string,
    usage: StorageUsage,
    options: WriteOptions = {},
  ): Promise<boolean> {
    if (records.length === 0) return false;
    const values = records.map(
      (r) =>
        sql`(${this.patientId}, ${r.id}, ${r.type}, ${JSON.stringify(r.data)}, ${r.hlc}, ${r.deleted}, ${r.seq}, ${updatedAt})`,
    );
    // One statement, one round trip: the upsert, the attention mark, and the patient's last seq and usage.
    // The service already compared writes under the lock (an equal clock is a
    // tie the content broke); the `where` keeps an older write from ever
    // replacing a newer one even if a caller forgets to.
    const marked = options.markAttentionStale
      ? sql`, marked as (
        update patient_attention set stale = stale + 1, updated_at = ${updatedAt}
        where patient_id = ${this.patientId} returning 1)`
      : sql``;
    const { rows } = await sql<{ marked: string | number }>`
      with upserted as (
        insert into records (patient_id, id, type, data, hlc, deleted, seq, updated_at)
        values ${sql.join(values)}
        on conflict (patient_id, id) do update set
          type = excluded.type, data = excluded.data, hlc = excluded.hlc, deleted = excluded.deleted,
          seq = excluded.seq, updated_at = excluded.updated_at
        where records.hlc <= excluded.hlc
        returning 1
      )${marked}
      update patients set last_seq = ${lastSeq}, record_count = ${usage.records}, stored_size = ${usage.size}
      where id = ${this.patientId}
      returning ${options.markAttentionStale ? sql`(select count(*) from marked)` : sql`0`} as marked`.execute(this.db);
    return toSafeInteger(rows[0]?.marked ?? 0) > 0;
  }

  async since(cursor: number, limit: number): Promise<StoredRecord[]> {
    const { rows } = await sql<RecordRow>`
      select id, type, data, hlc, deleted, seq from records
      where patient_id = ${this.patientId} and seq > ${cursor}
      order by seq limit ${sql.lit(Math.trunc(limit))}`.execute(this.db);
    return rows.map(fromRow);
  }
}

type RecordRow = {
  id: string;
  type: string;
  data: string;
  hlc: string;
  deleted: boolean | number;
  seq: string | number;
};

function fromRow(row: RecordRow): StoredRecord {
  return {
    id: row.id,
    type: row.type,
    data: JSON.parse(row.data) as unknown,
    hlc: row.hlc,
    deleted: toBoolean(row.deleted),
    seq: toSafeInteger(row.seq),
  };
}

// SQLite: the same SQL as prepared statements on the one connection. Statements
// whose text depends on how many records a push holds are kept per count.

/** `(?, ?, …)` with `n` placeholders. */
function placeholders(n: number): string {
  return `(${Array.from({ length: n }, () => '?').join(', ')})`;
}

const UPSERT_COLUMNS = 8;

/** Statements of the SQLite sync path, prepared once. */
class SqliteStatements {
  private readonly byText = new Map<string, BetterSqlite3.Statement>();

  constructor(private readonly native: NativeSqlite) {}

  get(text: string): BetterSqlite3.Statement {
    let statement = this.byText.get(text);
    if (!statement) {
      statement = this.native.prepare(text);
      this.byText.set(text, statement);
    }
    return statement;
  }

  private readonly headTexts: string[] = [];
  private readonly upsertTexts: string[] = [];

  heads(count: number): BetterSqlite3.Statement {
    this.headTexts[count] ??=
      `select id, hlc, type, length(data) as size from records where patient_id = ? and id in ${placeholders(count)}`;
    return this.get(this.headTexts[count]);
  }

  upsert(count: number): BetterSqlite3.Statement {
    this.upsertTexts[count] ??= `insert into records (patient_id, id, type, data, hlc, deleted, seq, updated_at)
      values ${Array.from({ length: count }, () => placeholders(UPSERT_COLUMNS)).join(', ')}
      on conflict (patient_id, id) do update set
        type = excluded.type, data = excluded.data, hlc = excluded.hlc, deleted = excluded.deleted,
        seq = excluded.seq, updated_at = excluded.updated_at
      where records.hlc <= excluded.hlc`;
    return this.get(this.upsertTexts[count]);
  }
}

class SqlitePatientRecords implements PatientRecords {
  constructor(
    private readonly statements: SqliteStatements,
    private readonly patientId: string,
    readonly lastSeq: number,
    readonly usage: StorageUsage,
    private readonly prefetched: ReadonlySet<string>,
    private readonly heads: ReadonlyMap<string, StoredHead>,
  ) {}

  async headsOf(ids: readonly string[]): Promise<Map<string, StoredHead>> {
    return fromPrefetched(this.prefetched, this.heads, ids) ?? readSqliteHeads(this.statements, this.patientId, ids);
  }

  async recordsOf(ids: readonly string[]): Promise<Map<string, SyncRecord>> {
    const found = new Map<string, SyncRecord>();
    for (const id of ids) {
      const row = this.statements
        .get('select id, type, data, hlc, deleted, seq from records where patient_id = ? and id = ?')
        .get(this.patientId, id) as RecordRow | undefined;
      if (row) {
        const { seq: _seq, ...record } = fromRow(row);
        found.set(id, record);
      }
    }
    return found;
  }

  async write(
    records: readonly StoredRecord[],
    lastSeq: number,
    updatedAt: string,
    usage: StorageUsage,
    options: WriteOptions = {},
  ): Promise<boolean> {
    if (records.length === 0) return false;
    const params: unknown[] = [];
    for (const r of records) {
      params.push(this.patientId, r.id, r.type, JSON.stringify(r.data), r.hlc, r.deleted ? 1 : 0, r.seq, updatedAt);
    }
    this.statements.upsert(records.length).run(params);
    this.statements
      .get('update patients set last_seq = ?, record_count = ?, stored_size = ? where id = ?')
      .run(lastSeq, usage.records, usage.size, this.patientId);
    if (!options.markAttentionStale) return false;
    const { changes } = this.statements
      .get('update patient_attention set stale = stale + 1, updated_at = ? where patient_id = ?')
      .run(updatedAt, this.patientId);
    return changes > 0;
  }

  async since(cursor: number, limit: number): Promise<StoredRecord[]> {
    // A literal limit, not a parameter: SQLite plans `limit ?` several times slower.
    const rows = this.statements
      .get(
        `select id, type, data, hlc, deleted, seq from records where patient_id = ? and seq > ? order by seq limit ${Math.trunc(limit)}`,
      )
      .all(this.patientId, cursor) as RecordRow[];
    return rows.map(fromRow);
  }
}

function readSqliteHeads(
  statements: SqliteStatements,
  patientId: string,
  ids: readonly string[],
): Map<string, StoredHead> {
  const heads = new Map<string, StoredHead>();
  if (ids.length === 0) return heads;
  const rows = statements.heads(ids.length).all(patientId, ...ids) as HeadRow[];
  for (const row of rows) heads.set(row.id, headOf(row));
  return heads;
}

/** How long a sync waits, at most, for a write lock another process holds (then 503 database_busy). */
export const DEFAULT_LOCK_WAIT_MS = 2_000;
/** Pause between tries for that lock; the event loop runs meanwhile. */
const LOCK_RETRY_MS = 25;

type Job = {
  work: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
};

type Outcome = { ok: boolean; value: unknown };

/**
 * Group commit for SQLite. Syncs that arrive together share one transaction:
 * each runs inside its own savepoint (a failing one is rolled back alone), then
 * one COMMIT ends the group, and only once the WAL is fsynced does any of them
 * answer. Durability per request stays; fsyncs per request drop.
 *
 * The group commits with `synchronous = NORMAL` (no fsync inside COMMIT) and
 * then fsyncs the WAL on libuv's thread pool (`syncWal`), so the event loop
 * parses, validates and runs the next group while the disk flushes
 * (docs/decisions/0016-sqlite-group-fsync-off-the-event-loop.md). Every other
 * commit on the connection stays `synchronous = FULL`. A group that reads what
 * an earlier group wrote is answered after an fsync that started after its own
 * commit, so no answer ever shows data that is not yet durable.
 *
 * The group holds Kysely's one connection for its whole transaction, so no
 * other query can run in between, and runs its statements as prepared
 * statements below Kysely (better-sqlite3 is synchronous: a statement costs
 * microseconds, and Kysely's compiling and queueing would cost more).
 */
export class SqliteGroupCommit {
  private pending: Job[] = [];
  private running = false;
  private readonly statements: SqliteStatements;
  private readonly maxGroup: number;
  private readonly lockWaitMs: number;

  constructor(
    private readonly db: Kysely<Schema>,
    private readonly native: NativeSqlite,
    options: { maxGroup?: number | undefined; lockWaitMs?: number | undefined } = {},
  ) {
    this.statements = new SqliteStatements(native);
    this.maxGroup = options.maxGroup ?? 128;
    this.lockWaitMs = options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS;
  }

  /** Takes a patient's lock inside the group's transaction: reads its last seq, usage and the stored heads of `ids`. */
  lockPatient(patientId: string, ids: readonly string[]): PatientRecords {
    const row = this.statements
      .get('select last_seq, record_count, stored_size from patients where id = ?')
      .get(patientId) as PatientRow | undefined;
    if (!row) throw new PatientMissingError(patientId);
    const heads = readSqliteHeads(this.statements, patientId, ids);
    return new SqlitePatientRecords(
      this.statements,
      patientId,
      toSafeInteger(row.last_seq),
      usageOf(row),
      new Set(ids),
      heads,
    );
  }

  run<T>(work: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!this.running) {
        this.running = true;
        // Wait one turn of the event loop so requests parsed in the same turn join the group.
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending.length > 0) {
        const group = this.pending.splice(0, this.maxGroup);
        const outcomes = await this.commitGroup(group);
        // Not awaited: the next group may run while this one's fsync does.
        if (outcomes) void this.answerWhenDurable(group, outcomes);
      }
    } finally {
      this.running = false;
    }
  }

  private async answerWhenDurable(group: Job[], outcomes: Outcome[]): Promise<void> {
    try {
      await this.native.syncWal();
    } catch (error) {
      // Committed, but not known to be on disk: no job may say it was saved. A retry is harmless (same clocks).
      for (const job of group) job.reject(error);
      return;
    }
    group.forEach((job, i) => {
      const outcome = outcomes[i];
      if (outcome?.ok) job.resolve(outcome.value);
      else job.reject(outcome?.value);
    });
  }

  private exec(text: string): void {
    this.statements.get(text).run();
  }

  /**
   * Runs the group in one transaction; its outcomes, or `undefined` when the
   * whole group failed (and was answered). When another process holds the
   * write lock, the group tries again every {@link LOCK_RETRY_MS} with
   * Kysely's connection and the event loop free in between (health and reads
   * go on), for at most `lockWaitMs`; then every job gets SQLITE_BUSY (503).
   */
  private async commitGroup(group: Job[]): Promise<Outcome[] | undefined> {
    const deadline = performance.now() + this.lockWaitMs;
    for (;;) {
      const outcomes: Outcome[] = [];
      let busy: unknown;
      try {
        await this.db.connection().execute(async () => {
          // Only outside a transaction can the level change; FULL comes back for every other commit.
          this.exec('pragma synchronous = normal');
          try {
            busy = this.beginImmediate();
            if (busy === undefined) await this.transaction(group, outcomes);
          } finally {
            this.exec('pragma synchronous = full');
          }
        });
      } catch (error) {
        // The group's transaction failed (disk full, I/O error): nothing of it was stored.
        for (const job of group) job.reject(error);
        return undefined;
      }
      if (busy === undefined) return outcomes;
      if (performance.now() >= deadline) {
        for (const job of group) job.reject(busy);
        return undefined;
      }
      await new Promise((resume) => setTimeout(resume, LOCK_RETRY_MS));
    }
  }

  /** `begin immediate`: the write lock now, so another process cannot make the transaction fail half-way. The busy error when another holds it. */
  private beginImmediate(): unknown {
    try {
      this.exec('begin immediate');
      return undefined;
    } catch (error) {
      if (databaseFault(error) === 'busy') return error;
      throw error;
    }
  }

  /** The group's jobs inside the transaction `beginImmediate` opened, each in a savepoint; then the commit. */
  private async transaction(group: Job[], outcomes: Outcome[]): Promise<void> {
    try {
      for (const job of group) {
        this.exec('savepoint job');
        try {
          const value = await job.work();
          this.exec('release job');
          outcomes.push({ ok: true, value });
        } catch (error) {
          // A full disk or an I/O error can make SQLite end the whole
          // transaction: then the group fails with that error, not with
          // "no such savepoint".
          if (!this.native.inTransaction()) throw error;
          this.exec('rollback to job');
          this.exec('release job');
          outcomes.push({ ok: false, value: error });
        }
      }
      this.exec('commit');
    } catch (error) {
      try {
        this.exec('rollback');
      } catch {
        // Nothing to roll back: SQLite already ended the transaction.
      }
      throw error;
    }
  }
}
