import {
  type CheckIn,
  calendarDayAt,
  type FieldIssue,
  formatHlc,
  type Hlc,
  initialHlc,
  nodeIdFromBytes,
  parseHlc,
  RECORD,
  type RecordData,
  type RecordType,
  type SyncRecord,
  tickHlc,
  typeChangeIssue,
  uuidv7,
} from '@veerkracht/core';
import type { IDBPTransaction } from 'idb';
import type { Meta, MetaKey, VeerkrachtDb, VeerkrachtSchema } from './db';
import type { Environment } from './device';

/*
 * The device's saving code: every write to the records (each checked first, recordChecks.ts), the clock, the backup
 * link and "delete everything". It is not part of the first screen: the app loads it on the first save, or at the
 * person's first tap or key press (data/app.ts), and reads through device.ts (docs/architecture.md, "First load").
 */

type StoreName = 'records' | 'outbox' | 'meta' | 'checks';
type WriteTx = IDBPTransaction<VeerkrachtSchema, StoreName[], 'readwrite'>;
type AnyTx = IDBPTransaction<VeerkrachtSchema, StoreName[], 'readwrite' | 'readonly'>;

async function txMeta<K extends MetaKey>(tx: AnyTx, key: K): Promise<Meta[K] | undefined> {
  return (await tx.objectStore('meta').get(key)) as Meta[K] | undefined;
}

/**
 * The device clock inside a transaction, creating the node id on first use.
 * Reading and writing the clock in the same transaction as the record keeps
 * clocks strictly increasing even with two tabs open.
 */
export async function deviceClock(tx: WriteTx, env: Environment): Promise<Hlc> {
  const meta = tx.objectStore('meta');
  const [storedNode, storedHlc] = await Promise.all([meta.get('node'), meta.get('hlc')]);
  let node = storedNode as string | undefined;
  if (!node) {
    node = nodeIdFromBytes(env.randomBytes(8));
    await meta.put(node, 'node');
  }
  const stored = parseHlc(storedHlc);
  return stored && stored.node === node ? stored : initialHlc(node);
}

/** This device's idea of the current time: its own clock corrected by the server's offset. */
export async function correctedNow(tx: AnyTx, env: Environment): Promise<number> {
  return env.now() + ((await txMeta(tx, 'clockOffset')) ?? 0);
}

/**
 * Saves a day's check-in: the record, its outbox entry and the advanced clock
 * in ONE transaction, so either all three are stored or none is. Resolves only
 * after the transaction has committed: the UI confirms only then. Editing a day
 * that already has a check-in updates that record (the latest one when two
 * devices each made one), so a day never gets a second check-in from here.
 */
export async function saveCheckIn(db: VeerkrachtDb, input: CheckIn, env: Environment): Promise<SyncRecord<CheckIn>> {
  const [write] = await checkedWrites([{ type: RECORD.checkIn, data: input }], calendarDayAt(new Date(env.now())));
  // The one write is the check-in just checked: its data is the checked check-in.
  const checkIn = write?.data as CheckIn;
  const tx = db.transaction(['records', 'outbox', 'meta', 'checks'], 'readwrite');
  // All reads at once: requests in one transaction are pipelined, and every sequential
  // round trip to the browser's database process costs milliseconds of the 50 ms budget.
  const [offset, clock, sameDay] = await Promise.all([
    txMeta(tx, 'clockOffset'),
    deviceClock(tx, env),
    tx.objectStore('records').index('byDate').getAll(checkIn.date),
  ]);
  const now = env.now() + (offset ?? 0);
  const hlc = tickHlc(clock, now);
  let existing: SyncRecord | undefined;
  for (const record of sameDay) {
    if (record.type === RECORD.checkIn && !record.deleted && (!existing || record.hlc > existing.hlc))
      existing = record;
  }
  const record: SyncRecord<CheckIn> = {
    id: existing?.id ?? uuidv7(now, env.randomBytes(10)),
    type: RECORD.checkIn,
    data: checkIn,
    hlc: formatHlc(hlc),
    deleted: false,
  };
  await Promise.all([
    tx.objectStore('records').put(record),
    tx.objectStore('outbox').put(record),
    // Checked before it was stored: it passes as stored, so it needs no row (and an older version's row goes).
    tx.objectStore('checks').delete(record.id),
    tx.objectStore('meta').put(record.hlc, 'hlc'),
    tx.done,
  ]);
  return record;
}

/** A record to write: a new one (no id) or a new version of an existing one (its id), typed by the registry. */
export type RecordWrite = {
  [T in RecordType]: { type: T; data: RecordData<T>; id?: string; deleted?: boolean };
}[RecordType];

/**
 * A write the core registry refuses: the record type and the fields that are
 * wrong. Nothing of the batch was stored.
 */
export class RecordRefused extends Error {
  readonly type: string;
  readonly issues: readonly FieldIssue[];
  constructor(type: string, issues: readonly FieldIssue[]) {
    super(`${type} refused: ${issues.map((issue) => `${issue.field || '(record)'}: ${issue.message}`).join('; ')}`);
    this.name = 'RecordRefused';
    this.type = type;
    this.issues = issues;
  }
}

/**
 * Every write checked with the validator the server uses (docs/architecture.md,
 * "One record registry"), before any transaction opens: a record the server
 * would refuse is never stored or sent. What is stored is the checked copy.
 * The table of every validator loads on the first such save (recordChecks.ts):
 * the first screen does not download validators of pages not opened yet.
 */
async function checkedWrites(writes: readonly RecordWrite[], today: string): Promise<RecordWrite[]> {
  const { checkWrite } = await import('./recordChecks');
  return writes.map((write) => {
    const checked = checkWrite(write, today);
    if (!checked.ok) throw new RecordRefused(String(write.type), checked.issues);
    return checked.write;
  });
}

/**
 * Saves several records of any type in ONE transaction with their outbox
 * entries and the advanced clock: either all are stored or none is, and the
 * promise resolves only after the commit. Each record is first checked
 * through the core registry (`RecordRefused` names the field otherwise). New
 * records get a UUID v7; each gets its own clock tick, so their clocks are
 * distinct and increasing.
 */
export async function saveRecords(
  db: VeerkrachtDb,
  input: readonly RecordWrite[],
  env: Environment,
): Promise<SyncRecord[]> {
  const writes = await checkedWrites(input, calendarDayAt(new Date(env.now())));
  const tx = db.transaction(['records', 'outbox', 'meta', 'checks'], 'readwrite');
  // A record keeps the type it was created with (the server refuses a change of type too).
  const stored = await Promise.all(
    writes.map((write) => (write.id ? tx.objectStore('records').get(write.id) : undefined)),
  );
  for (const [index, write] of writes.entries()) {
    const issue = typeChangeIssue(stored[index]?.type, write.type);
    if (!issue) continue;
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new RecordRefused(String(write.type), [issue]);
  }
  const [offset, clock] = await Promise.all([txMeta(tx, 'clockOffset'), deviceClock(tx, env)]);
  const now = env.now() + (offset ?? 0);
  let hlc = clock;
  const records = writes.map((write): SyncRecord => {
    hlc = tickHlc(hlc, now);
    return {
      id: write.id ?? uuidv7(now, env.randomBytes(10)),
      type: write.type,
      data: write.data,
      hlc: formatHlc(hlc),
      deleted: write.deleted ?? false,
    };
  });
  const last = records.at(-1);
  const pending: Promise<unknown>[] = [];
  try {
    for (const record of records) {
      pending.push(
        tx.objectStore('records').put(record),
        tx.objectStore('outbox').put(record),
        tx.objectStore('checks').delete(record.id),
      );
    }
    if (last) pending.push(tx.objectStore('meta').put(last.hlc, 'hlc'));
  } catch (error) {
    // A put throws at once for a record it cannot store: abort, so no part of the batch commits.
    for (const request of [...pending, tx.done]) request.catch(() => undefined);
    tx.abort();
    throw error;
  }
  await Promise.all([...pending, tx.done]);
  return records;
}

/** Makes this device's node id and first clock (`ensureDevice` in device.ts, on the first start only). */
export async function createDevice(db: VeerkrachtDb, env: Environment): Promise<void> {
  const tx = db.transaction(['records', 'outbox', 'meta'], 'readwrite');
  const clock = await deviceClock(tx, env);
  await Promise.all([tx.objectStore('meta').put(formatHlc(clock), 'hlc'), tx.done]);
}

/**
 * Puts every local record into the outbox (unless a newer version already
 * waits there). Used when backup is turned on or restored, so nothing that is
 * only on this phone is left behind.
 */
export async function enqueueAll(tx: WriteTx): Promise<void> {
  const outbox = tx.objectStore('outbox');
  for (const record of await tx.objectStore('records').getAll()) {
    const waiting = await outbox.get(record.id);
    if (!waiting || waiting.hlc < record.hlc) await outbox.put(record);
  }
}

/** Stores a new backup link (after turning backup on or restoring) and queues every local record. */
export async function linkBackup(
  db: VeerkrachtDb,
  /** `recoveryCode` null: linked with a passkey, so this device keeps no copy of the code. */
  link: { token: string; patientId: string; recoveryCode: string | null },
): Promise<void> {
  const tx = db.transaction(['records', 'outbox', 'meta'], 'readwrite');
  const meta = tx.objectStore('meta');
  await Promise.all([
    meta.put({ token: link.token, patientId: link.patientId }, 'auth'),
    link.recoveryCode === null ? meta.delete('recoveryCode') : meta.put(link.recoveryCode, 'recoveryCode'),
    // A new link starts pulling from the beginning: the backup may hold records this phone never saw.
    meta.put(0, 'cursor'),
  ]);
  await enqueueAll(tx);
  await tx.done;
}

/**
 * Deletes everything this device keeps in its database (records, outbox, the
 * clock, the backup link), in one transaction: the person's "delete
 * everything". The database itself stays open and empty, like on a first start.
 */
export async function wipeDevice(db: VeerkrachtDb): Promise<void> {
  const tx = db.transaction(['records', 'outbox', 'meta', 'checks'], 'readwrite');
  await Promise.all([
    tx.objectStore('records').clear(),
    tx.objectStore('outbox').clear(),
    tx.objectStore('meta').clear(),
    tx.objectStore('checks').clear(),
    tx.done,
  ]);
}
