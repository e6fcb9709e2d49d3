import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { createSqliteTestDatabase, describeEachDatabase, type TestDatabase } from '../testing/databases.js';
import { checkIn } from '../testing/fixtures.js';
import { MemoryRecordRepository } from './memoryRecordRepository.js';
import {
  KyselyRecordRepository,
  PatientMissingError,
  type RecordRepository,
  type StoredRecord,
} from './recordRepository.js';

let patientCounter = 0;

/** Usage the repository stores as given (the service computes it); these tests look at records. */
const USAGE = { records: 0, size: 0 };

/**
 * The contract every record repository keeps, run against the in-memory one
 * (used by unit tests) and the real ones, so the unit tests can trust it.
 */
function contract(make: () => Promise<{ repository: RecordRepository; addPatient(): Promise<string> }>) {
  let repository: RecordRepository;
  let addPatient: () => Promise<string>;
  beforeAll(async () => {
    ({ repository, addPatient } = await make());
  });

  const stored = (n: number, seq: number, options: Parameters<typeof checkIn>[1] = {}): StoredRecord => ({
    ...checkIn(n, options),
    seq,
  });
  const all = (patientId: string) => repository.inPatientTransaction(patientId, (tx) => tx.since(0, 10_000));

  it('writes records and returns them after a cursor, in sequence order, with their data intact', async () => {
    const patient = await addPatient();
    const note = 'Pijn na het tuinieren; "goed" geslapen ✓ \u{1F600}';
    const records = [
      stored(1, 1, { pain: 0 }),
      { ...stored(2, 2), data: { date: '2026-11-24', pain: 10, note } },
      { ...stored(3, 3), data: null, deleted: true },
    ];
    await repository.inPatientTransaction(patient, (tx) => tx.write(records, 3, '2026-11-25T11:00:00.000Z', USAGE));
    expect(await all(patient)).toEqual(records);
    expect(await repository.inPatientTransaction(patient, (tx) => tx.since(1, 1))).toEqual([records[1]]);
    expect(await repository.inPatientTransaction(patient, async (tx) => tx.lastSeq)).toBe(3);
  });

  it('never replaces a record with an older clock, and reports stored heads', async () => {
    const patient = await addPatient();
    await repository.inPatientTransaction(patient, (tx) => tx.write([stored(1, 1, { at: 100 })], 1, 'now', USAGE));
    await repository.inPatientTransaction(patient, (tx) =>
      tx.write([stored(1, 2, { at: 50, pain: 9 }), stored(2, 3)], 3, 'now', USAGE),
    );
    expect(await all(patient)).toEqual([stored(1, 1, { at: 100 }), stored(2, 3)]);
    await repository.inPatientTransaction(patient, (tx) =>
      tx.write([stored(1, 4, { at: 200, pain: 5 })], 4, 'now', USAGE),
    );
    expect(await all(patient)).toEqual([stored(2, 3), stored(1, 4, { at: 200, pain: 5 })]);
    const heads = await repository.inPatientTransaction(patient, (tx) => tx.headsOf([checkIn(1).id, checkIn(9).id]));
    const size = JSON.stringify(checkIn(1, { pain: 5 }).data).length;
    expect([...heads]).toEqual([[checkIn(1).id, { hlc: checkIn(1, { at: 200 }).hlc, type: 'checkin', size }]]);
  });

  it('replaces a record with an equal clock (a tie the service broke by content) and reads stored records', async () => {
    const patient = await addPatient();
    await repository.inPatientTransaction(patient, (tx) => tx.write([stored(1, 1, { pain: 2 })], 1, 'now', USAGE));
    await repository.inPatientTransaction(patient, (tx) => tx.write([stored(1, 2, { pain: 7 })], 2, 'now', USAGE));
    expect(await all(patient)).toEqual([stored(1, 2, { pain: 7 })]);
    const found = await repository.inPatientTransaction(patient, (tx) => tx.recordsOf([checkIn(1).id, checkIn(9).id]));
    expect([...found]).toEqual([[checkIn(1).id, checkIn(1, { pain: 7 })]]);
  });

  it('keeps the usage it is given, and gives it back with the next lock', async () => {
    const patient = await addPatient();
    expect(await repository.inPatientTransaction(patient, async (tx) => tx.usage)).toEqual({ records: 0, size: 0 });
    await repository.inPatientTransaction(patient, (tx) =>
      tx.write([stored(1, 1)], 1, 'now', { records: 1, size: 27 }),
    );
    expect(await repository.inPatientTransaction(patient, async (tx) => tx.usage)).toEqual({ records: 1, size: 27 });
  });

  it('stores nothing of a transaction that fails', async () => {
    const patient = await addPatient();
    await expect(
      repository.inPatientTransaction(patient, async (tx) => {
        await tx.write([stored(1, 1)], 1, 'now', USAGE);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await all(patient)).toEqual([]);
    expect(await repository.inPatientTransaction(patient, async (tx) => tx.lastSeq)).toBe(0);
  });

  it('runs concurrent transactions of one patient one after the other, and a failing one harms no other', async () => {
    const patient = await addPatient();
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        repository.inPatientTransaction(patient, async (tx) => {
          const seq = tx.lastSeq + 1;
          await tx.write([stored(i + 1, seq, { at: i })], seq, 'now', USAGE);
          if (i % 7 === 3) throw new Error(`job ${i} fails`);
          return seq;
        }),
      ),
    );
    const failed = results.filter((r) => r.status === 'rejected').length;
    expect(failed).toBe(4);
    const records = await all(patient);
    expect(records.map((r) => r.seq)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    expect(records.map((r) => r.id)).not.toContain(checkIn(4).id);
  });

  it('keeps patients apart: the same record id under two patients is two records', async () => {
    const a = await addPatient();
    const b = await addPatient();
    await repository.inPatientTransaction(a, (tx) => tx.write([stored(1, 1, { pain: 1 })], 1, 'now', USAGE));
    await repository.inPatientTransaction(b, (tx) => tx.write([stored(1, 1, { pain: 2 })], 1, 'now', USAGE));
    expect(await all(a)).toEqual([stored(1, 1, { pain: 1 })]);
    expect(await all(b)).toEqual([stored(1, 1, { pain: 2 })]);
  });

  it('reports a patient that does not exist', async () => {
    await expect(repository.inPatientTransaction('nobody', async () => 1)).rejects.toBeInstanceOf(PatientMissingError);
  });
}

describe('the in-memory record repository', () => {
  contract(async () => {
    const repository = new MemoryRecordRepository();
    return {
      repository,
      addPatient: async () => {
        const id = `p${++patientCounter}`;
        repository.addPatient(id);
        return id;
      },
    };
  });
});

async function insertPatient(database: Database): Promise<string> {
  const id = `p${++patientCounter}`;
  await sql`insert into patients (id, created_at, recovery_code_hash) values (${id}, 'now', ${`hash-${id}`})`.execute(
    database.db,
  );
  return id;
}

describeEachDatabase('the database record repository', ({ database }) => {
  contract(async () => ({
    repository: new KyselyRecordRepository(database()),
    addPatient: () => insertPatient(database()),
  }));

  it('returns the sequence number as a number on both dialects', async () => {
    const repository = new KyselyRecordRepository(database());
    const patient = await insertPatient(database());
    await repository.inPatientTransaction(patient, (tx) =>
      tx.write([{ ...checkIn(1), seq: 2 ** 40 }], 2 ** 40, 'now', USAGE),
    );
    const [record] = await repository.inPatientTransaction(patient, (tx) => tx.since(0, 1));
    expect(record?.seq).toBe(2 ** 40);
    expect(await repository.inPatientTransaction(patient, async (tx) => tx.lastSeq)).toBe(2 ** 40);
  });
});

describe('the SQLite group commit', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = createSqliteTestDatabase();
    await migrateToLatest(test.database.db);
  });
  afterAll(async () => {
    await test.drop();
  });

  /** The test database with a WAL fsync that finishes only when the test says so. */
  function withHeldFsync(): { database: Database; syncs: number; finish(error?: Error): void } {
    const native = test.database.sqlite;
    if (!native) throw new Error('the test database is not SQLite');
    const held = { syncs: 0, waiting: [] as { resolve(): void; reject(error: Error): void }[] };
    const database: Database = {
      ...test.database,
      sqlite: {
        prepare: (text) => native.prepare(text),
        inTransaction: () => native.inTransaction(),
        syncWal: () => {
          held.syncs++;
          return new Promise((resolve, reject) => held.waiting.push({ resolve, reject }));
        },
      },
    };
    return {
      database,
      get syncs() {
        return held.syncs;
      },
      finish(error) {
        for (const waiting of held.waiting.splice(0)) {
          if (error) waiting.reject(error);
          else waiting.resolve();
        }
      },
    };
  }

  const settled = async <T>(promise: Promise<T>) => {
    let done = false;
    void promise.then(
      () => {
        done = true;
      },
      () => {
        done = true;
      },
    );
    // Turns of the event loop enough for the group to run and commit.
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
    return done;
  };

  it('answers a sync only once the WAL holding its commit is fsynced', async () => {
    const held = withHeldFsync();
    const repository = new KyselyRecordRepository(held.database);
    const patient = await insertPatient(test.database);
    const write = repository.inPatientTransaction(patient, async (tx) => {
      await tx.write([{ ...checkIn(1), seq: 1 }], 1, 'now', USAGE);
      return 'saved';
    });
    expect(await settled(write)).toBe(false);
    expect(held.syncs).toBe(1);
    // Committed already (a later group may read it), but not acknowledged before the fsync.
    const [row] = (
      await sql<{ n: number }>`select count(*) as n from records where patient_id = ${patient}`.execute(
        test.database.db,
      )
    ).rows;
    expect(row?.n).toBe(1);
    held.finish();
    await expect(write).resolves.toBe('saved');
  });

  it('reports a failed fsync to every sync of the group instead of acknowledging it', async () => {
    const held = withHeldFsync();
    const repository = new KyselyRecordRepository(held.database);
    const patient = await insertPatient(test.database);
    const writes = [1, 2].map((n) =>
      repository.inPatientTransaction(patient, (tx) => tx.write([{ ...checkIn(n), seq: n }], n, 'now', USAGE)),
    );
    await settled(Promise.all(writes));
    held.finish(new Error('EIO: fsync failed'));
    for (const write of writes) await expect(write).rejects.toThrow('EIO');
  });

  it('keeps synchronous = FULL for every commit outside the sync group', async () => {
    const repository = new KyselyRecordRepository(test.database);
    const patient = await insertPatient(test.database);
    await repository.inPatientTransaction(patient, (tx) => tx.write([{ ...checkIn(1), seq: 1 }], 1, 'now', USAGE));
    const { rows } = await sql<{ synchronous: number }>`pragma synchronous`.execute(test.database.db);
    expect(rows[0]?.synchronous).toBe(2);
  });
});
