import type { SyncRecord } from '@veerkracht/core';
import type BetterSqlite3 from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import type { Database, NativeSqlite } from '../db/database.js';
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

/** One patient's records inside a transaction that holds that patient's write lock. */
export interface PatientRecords {
  /** The last sequence number given to this patient's records when the lock was taken. */
  readonly lastSeq: number;
  /** The stored clocks of those of `ids` that exist. */
  clocksOf(ids: readonly string[]): Promise<Map<string, string>>;
  /** Inserts or replaces `records` (each with its new seq) and sets the patient's last seq. */
  write(records: readonly StoredRecord[], lastSeq: number, updatedAt: string): Promise<void>;
  /** Records with `seq > cursor`, in seq order, at most `limit`. */
  since(cursor: number, limit: number): Promise<StoredRecord[]>;
}

export type PatientTransactionOptions = {
  /**
   * Record ids whose stored clocks `clocksOf` will be asked for: read together
   * with the patient's lock (one round trip fewer on PostgreSQL).
   */
  clocksOf?: readonly string[];
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

  constructor(private readonly database: Database) {
    this.group = database.sqlite ? new SqliteGroupCommit(database.db, database.sqlite) : undefined;
  }

  inPatientTransaction<T>(
    patientId: string,
    work: (records: PatientRecords) => Promise<T>,
    options: PatientTransactionOptions = {},
  ): Promise<T> {
    const ids = options.clocksOf ?? [];
    if (this.group) {
      const group = this.group;
      return group.run(() => work(group.lockPatient(patientId, ids)));
    }
    return this.database.db.transaction().execute(async (trx) => work(await lockPatient(trx, patientId, ids)));
  }
}

/** Clocks of `ids` from a prefetched map, or `undefined` when one of them was not prefetched. */
function fromPrefetched(
  prefetched: ReadonlySet<string>,
  clocks: ReadonlyMap<string, string>,
  ids: readonly string[],
): Map<string, string> | undefined {
  const result = new Map<string, string>();
  for (const id of ids) {
    if (!prefetched.has(id)) return undefined;
    const hlc = clocks.get(id);
    if (hlc !== undefined) result.set(id, hlc);
  }
  return result;
}

// PostgreSQL: the queries below run on every sync, so they are written as SQL
// templates: Kysely's query builder costs more to build and compile than the
// database takes to run them.

async function lockPatient(db: Kysely<Schema>, patientId: string, ids: readonly string[]): Promise<PatientRecords> {
  if (ids.length === 0) {
    const { rows } = await sql<{ last_seq: string | number }>`
      select last_seq from patients where id = ${patientId} for update`.execute(db);
    const row = rows[0];
    if (!row) throw new PatientMissingError(patientId);
    return new KyselyPatientRecords(db, patientId, toSafeInteger(row.last_seq), new Set(), new Map());
  }
  // One round trip: the lock on the patient's row and the stored clocks of the pushed ids.
  const { rows } = await sql<{ last_seq: string | number; id: string | null; hlc: string | null }>`
    select p.last_seq, r.id, r.hlc from patients p
    left join records r on r.patient_id = p.id and r.id in (${sql.join(ids)})
    where p.id = ${patientId}
    for update of p`.execute(db);
  const first = rows[0];
  if (!first) throw new PatientMissingError(patientId);
  const clocks = new Map<string, string>();
  for (const row of rows) if (row.id !== null && row.hlc !== null) clocks.set(row.id, row.hlc);
  return new KyselyPatientRecords(db, patientId, toSafeInteger(first.last_seq), new Set(ids), clocks);
}

class KyselyPatientRecords implements PatientRecords {
  constructor(
    private readonly db: Kysely<Schema>,
    private readonly patientId: string,
    readonly lastSeq: number,
    private readonly prefetched: ReadonlySet<string>,
    private readonly clocks: ReadonlyMap<string, string>,
  ) {}

  async clocksOf(ids: readonly string[]): Promise<Map<string, string>> {
    const known = fromPrefetched(this.prefetched, this.clocks, ids);
    if (known) return known;
    const clocks = new Map<string, string>();
    const { rows } = await sql<{ id: string; hlc: string }>`
      select id, hlc from records where patient_id = ${this.patientId} and id in (${sql.join(ids)})`.execute(this.db);
    for (const row of rows) clocks.set(row.id, row.hlc);
    return clocks;
  }

  async write(records: readonly StoredRecord[], lastSeq: number, updatedAt: string): Promise<void> {
    if (records.length === 0) return;
    const values = records.map(
      (r) =>
        sql`(${this.patientId}, ${r.id}, ${r.type}, ${JSON.stringify(r.data)}, ${r.hlc}, ${r.deleted}, ${r.seq}, ${updatedAt})`,
    );
    // One statement, one round trip: the upsert and the patient's last seq.
    // The service already compared clocks under the lock; the `where` keeps
    // last-writer-wins true even if a caller forgets to.
    await sql`
      with upserted as (
        insert into records (patient_id, id, type, data, hlc, deleted, seq, updated_at)
        values ${sql.join(values)}
        on conflict (patient_id, id) do update set
          type = excluded.type, data = excluded.data, hlc = excluded.hlc, deleted = excluded.deleted,
          seq = excluded.seq, updated_at = excluded.updated_at
        where records.hlc < excluded.hlc
        returning 1
      )
      update patients set last_seq = ${lastSeq} where id = ${this.patientId}`.execute(this.db);
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

  private readonly clockTexts: string[] = [];
  private readonly upsertTexts: string[] = [];

  clocks(count: number): BetterSqlite3.Statement {
    this.clockTexts[count] ??= `select id, hlc from records where patient_id = ? and id in ${placeholders(count)}`;
    return this.get(this.clockTexts[count]);
  }

  upsert(count: number): BetterSqlite3.Statement {
    this.upsertTexts[count] ??= `insert into records (patient_id, id, type, data, hlc, deleted, seq, updated_at)
      values ${Array.from({ length: count }, () => placeholders(UPSERT_COLUMNS)).join(', ')}
      on conflict (patient_id, id) do update set
        type = excluded.type, data = excluded.data, hlc = excluded.hlc, deleted = excluded.deleted,
        seq = excluded.seq, updated_at = excluded.updated_at
      where records.hlc < excluded.hlc`;
    return this.get(this.upsertTexts[count]);
  }
}

class SqlitePatientRecords implements PatientRecords {
  constructor(
    private readonly statements: SqliteStatements,
    private readonly patientId: string,
    readonly lastSeq: number,
    private readonly prefetched: ReadonlySet<string>,
    private readonly clocks: ReadonlyMap<string, string>,
  ) {}

  async clocksOf(ids: readonly string[]): Promise<Map<string, string>> {
    return fromPrefetched(this.prefetched, this.clocks, ids) ?? readSqliteClocks(this.statements, this.patientId, ids);
  }

  async write(records: readonly StoredRecord[], lastSeq: number, updatedAt: string): Promise<void> {
    if (records.length === 0) return;
    const params: unknown[] = [];
    for (const r of records) {
      params.push(this.patientId, r.id, r.type, JSON.stringify(r.data), r.hlc, r.deleted ? 1 : 0, r.seq, updatedAt);
    }
    this.statements.upsert(records.length).run(params);
    this.statements.get('update patients set last_seq = ? where id = ?').run(lastSeq, this.patientId);
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

function readSqliteClocks(
  statements: SqliteStatements,
  patientId: string,
  ids: readonly string[],
): Map<string, string> {
  const clocks = new Map<string, string>();
  if (ids.length === 0) return clocks;
  const rows = statements.clocks(ids.length).all(patientId, ...ids) as { id: string; hlc: string }[];
  for (const row of rows) clocks.set(row.id, row.hlc);
  return clocks;
}

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

  constructor(
    private readonly db: Kysely<Schema>,
    private readonly native: NativeSqlite,
    private readonly maxGroup = 128,
  ) {
    this.statements = new SqliteStatements(native);
  }

  /** Takes a patient's lock inside the group's transaction: reads its last seq and the stored clocks of `ids`. */
  lockPatient(patientId: string, ids: readonly string[]): PatientRecords {
    const row = this.statements.get('select last_seq from patients where id = ?').get(patientId) as
      | { last_seq: number }
      | undefined;
    if (!row) throw new PatientMissingError(patientId);
    const clocks = readSqliteClocks(this.statements, patientId, ids);
    return new SqlitePatientRecords(this.statements, patientId, toSafeInteger(row.last_seq), new Set(ids), clocks);
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

  /** Runs the group in one transaction; its outcomes, or `undefined` when the whole group failed (and was answered). */
  private async commitGroup(group: Job[]): Promise<Outcome[] | undefined> {
    const outcomes: Outcome[] = [];
    try {
      await this.db.connection().execute(async () => {
        // Only outside a transaction can the level change; FULL comes back for every other commit.
        this.exec('pragma synchronous = normal');
        try {
          await this.transaction(group, outcomes);
        } finally {
          this.exec('pragma synchronous = full');
        }
      });
    } catch (error) {
      // The group's transaction failed (disk full, I/O error): nothing of it was stored.
      for (const job of group) job.reject(error);
      return undefined;
    }
    return outcomes;
  }

  private async transaction(group: Job[], outcomes: Outcome[]): Promise<void> {
    // IMMEDIATE takes the write lock now, so another process cannot make this transaction fail half-way.
    this.exec('begin immediate');
    try {
      for (const job of group) {
        this.exec('savepoint job');
        try {
          const value = await job.work();
          this.exec('release job');
          outcomes.push({ ok: true, value });
        } catch (error) {
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
