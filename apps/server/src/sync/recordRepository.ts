import type { SyncRecord } from '@veerkracht/core';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.js';
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

/** Storage of synced records, one transaction per patient's sync. */
export interface RecordRepository {
  /**
   * Runs `work` in one transaction holding the patient's write lock: all of it
   * is stored, or none. Throws {@link PatientMissingError} for an unknown patient.
   * `work` must touch storage only through the `records` it is given (on
   * SQLite the one connection is held for it; any other query would wait forever).
   */
  inPatientTransaction<T>(patientId: string, work: (records: PatientRecords) => Promise<T>): Promise<T>;
}

/**
 * {@link RecordRepository} on SQLite or PostgreSQL. On PostgreSQL each sync is
 * a transaction that locks the patient's row (`select … for update`), so two
 * devices of one patient get distinct sequence numbers. On SQLite there is one
 * connection; syncs are grouped into shared transactions (see {@link SqliteGroupCommit}).
 */
export class KyselyRecordRepository implements RecordRepository {
  private readonly group: SqliteGroupCommit | undefined;

  constructor(private readonly database: Database) {
    this.group = database.dialect === 'sqlite' ? new SqliteGroupCommit(database.db) : undefined;
  }

  inPatientTransaction<T>(patientId: string, work: (records: PatientRecords) => Promise<T>): Promise<T> {
    if (this.group) {
      return this.group.run(async (conn) => work(await lockPatient(conn, patientId, false)));
    }
    return this.database.db.transaction().execute(async (trx) => work(await lockPatient(trx, patientId, true)));
  }
}

// The queries below run on every sync, so they are written as SQL templates:
// Kysely's query builder costs more to build and compile than SQLite takes to
// run them. The SQL is the same on both dialects (Kysely still writes the
// placeholders: ? for SQLite, $1 for PostgreSQL).

async function lockPatient(db: Kysely<Schema>, patientId: string, forUpdate: boolean): Promise<PatientRecords> {
  const lock = forUpdate ? sql` for update` : sql``;
  const { rows } = await sql<{ last_seq: string | number }>`
    select last_seq from patients where id = ${patientId}${lock}`.execute(db);
  const row = rows[0];
  if (!row) throw new PatientMissingError(patientId);
  return new KyselyPatientRecords(db, patientId, toSafeInteger(row.last_seq));
}

class KyselyPatientRecords implements PatientRecords {
  constructor(
    private readonly db: Kysely<Schema>,
    private readonly patientId: string,
    readonly lastSeq: number,
  ) {}

  async clocksOf(ids: readonly string[]): Promise<Map<string, string>> {
    const clocks = new Map<string, string>();
    if (ids.length === 0) return clocks;
    const { rows } = await sql<{ id: string; hlc: string }>`
      select id, hlc from records where patient_id = ${this.patientId} and id in (${sql.join(ids)})`.execute(this.db);
    for (const row of rows) clocks.set(row.id, row.hlc);
    return clocks;
  }

  async write(records: readonly StoredRecord[], lastSeq: number, updatedAt: string): Promise<void> {
    if (records.length === 0) return;
    const values = records.map(
      (r) =>
        sql`(${this.patientId}, ${r.id}, ${r.type}, ${JSON.stringify(r.data)}, ${r.hlc}, ${r.deleted ? 1 : 0}, ${r.seq}, ${updatedAt})`,
    );
    // The service already compared clocks under the lock; the `where` keeps
    // last-writer-wins true even if a caller forgets to.
    await sql`
      insert into records (patient_id, id, type, data, hlc, deleted, seq, updated_at)
      values ${sql.join(values)}
      on conflict (patient_id, id) do update set
        type = excluded.type, data = excluded.data, hlc = excluded.hlc, deleted = excluded.deleted,
        seq = excluded.seq, updated_at = excluded.updated_at
      where records.hlc < excluded.hlc`.execute(this.db);
    await sql`update patients set last_seq = ${lastSeq} where id = ${this.patientId}`.execute(this.db);
  }

  async since(cursor: number, limit: number): Promise<StoredRecord[]> {
    const rows = await this.db
      .selectFrom('records')
      .select(['id', 'type', 'data', 'hlc', 'deleted', 'seq'])
      .where('patient_id', '=', this.patientId)
      .where('seq', '>', cursor)
      .orderBy('seq')
      // A literal, not a parameter: SQLite plans `limit ?` several times slower.
      .limit(sql.lit(Math.trunc(limit)))
      .execute();
    return rows.map((row) => ({
      id: row.id,
      type: row.type,
      data: JSON.parse(row.data) as unknown,
      hlc: row.hlc,
      deleted: toBoolean(row.deleted),
      seq: toSafeInteger(row.seq),
    }));
  }
}

type Job = {
  work: (conn: Kysely<Schema>) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
};

/**
 * Group commit for SQLite. With `synchronous=FULL` every commit waits for an
 * fsync (~6k commits/s here), so syncs that arrive together share one
 * transaction: each runs inside its own savepoint (a failing one is rolled
 * back alone), then one COMMIT makes the whole group durable, and only then
 * does any of them answer. Durability per request stays; fsyncs per request drop.
 */
export class SqliteGroupCommit {
  private pending: Job[] = [];
  private running = false;

  constructor(
    private readonly db: Kysely<Schema>,
    private readonly maxGroup = 128,
  ) {}

  run<T>(work: (conn: Kysely<Schema>) => Promise<T>): Promise<T> {
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
        await this.commitGroup(group);
      }
    } finally {
      this.running = false;
    }
  }

  private async commitGroup(group: Job[]): Promise<void> {
    const outcomes: { ok: boolean; value: unknown }[] = [];
    try {
      await this.db.connection().execute(async (conn) => {
        // IMMEDIATE takes the write lock now, so another process cannot make this transaction fail half-way.
        await sql`begin immediate`.execute(conn);
        try {
          for (const job of group) {
            await sql`savepoint job`.execute(conn);
            try {
              const value = await job.work(conn);
              await sql`release job`.execute(conn);
              outcomes.push({ ok: true, value });
            } catch (error) {
              await sql`rollback to job`.execute(conn);
              await sql`release job`.execute(conn);
              outcomes.push({ ok: false, value: error });
            }
          }
          await sql`commit`.execute(conn);
        } catch (error) {
          await sql`rollback`.execute(conn).catch(() => {});
          throw error;
        }
      });
    } catch (error) {
      // The group's transaction failed (disk full, I/O error): nothing of it was stored.
      for (const job of group) job.reject(error);
      return;
    }
    group.forEach((job, i) => {
      const outcome = outcomes[i];
      if (outcome?.ok) job.resolve(outcome.value);
      else job.reject(outcome?.value);
    });
  }
}
