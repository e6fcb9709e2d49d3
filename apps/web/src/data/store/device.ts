import type { SyncRecord } from '@veerkracht/core';
import type { Meta, MetaKey, RecordCheck, VeerkrachtDb } from './db';
import { RECORD_RULES } from './recordRules';

/*
 * What every screen needs from the device database: the records with their checks, the meta values and the outbox
 * count. Saving lives in store.ts, which loads on the first save (docs/architecture.md, "First load"), and checking in
 * recordChecks.ts, which loads only when a record has no current check.
 */

/** Where the device gets time and randomness; tests pass fixed ones. */
export type Environment = { now: () => number; randomBytes: (length: number) => Uint8Array };

export const browserEnvironment: Environment = {
  now: () => Date.now(),
  randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)),
};

export async function getMeta<K extends MetaKey>(db: VeerkrachtDb, key: K): Promise<Meta[K] | undefined> {
  return (await db.get('meta', key)) as Meta[K] | undefined;
}

/** Every record on the device as stored, and the ones this version reads, with their checked data. */
export type DeviceRecords = { all: SyncRecord[]; checked: SyncRecord[] };

/**
 * Loads every record with this version's check of it. A record no current
 * check covers (stored by an older version of the app, or pulled and not yet
 * checked) is checked now, and its check stored for the next start; only then
 * are the validators loaded, so a start with every record checked loads none
 * (docs/architecture.md, "Checked once, read many times").
 */
export async function loadRecords(db: VeerkrachtDb): Promise<DeviceRecords> {
  const [all, stored] = await Promise.all([db.getAll('records'), db.getAll('checks')]);
  const checks = new Map(stored.map((check) => [check.id, check]));
  const unchecked = all.filter((record) => !isCurrent(checks.get(record.id), record));
  if (unchecked.length > 0) {
    for (const check of await checkRecords(db, unchecked)) checks.set(check.id, check);
  }
  return { all, checked: checkedOf(all, checks) };
}

function isCurrent(check: RecordCheck | undefined, record: SyncRecord): check is RecordCheck {
  return check !== undefined && check.hlc === record.hlc && check.by === RECORD_RULES;
}

/**
 * The records a check passed, with their checked data, from records and
 * their checks (a record without a current check is left out).
 *
 * @example
 * checkedOf([record], new Map([[record.id, { id, hlc, by: RECORD_RULES, ok: true }]])) // [record]
 */
export function checkedOf(records: readonly SyncRecord[], checks: ReadonlyMap<string, RecordCheck>): SyncRecord[] {
  const out: SyncRecord[] = [];
  for (const record of records) {
    const check = checks.get(record.id);
    if (!isCurrent(check, record) || !check.ok) continue;
    out.push('data' in check ? { ...record, data: check.data } : record);
  }
  return out;
}

/**
 * Checks records with this version's rules (loading the validators) and
 * stores the checks. Storing is a saving of time only: if it fails, the
 * records are checked again at the next start, so the failure is not passed on.
 */
export async function checkRecords(db: VeerkrachtDb, records: readonly SyncRecord[]): Promise<RecordCheck[]> {
  const { checkStored } = await import('./recordChecks');
  const checks = records.map(checkStored);
  try {
    const tx = db.transaction('checks', 'readwrite');
    await Promise.all([...checks.map((check) => tx.store.put(check)), tx.done]);
  } catch {
    // Not stored (a full disk, a closing database): checked again next time.
  }
  return checks;
}

export function countOutbox(db: VeerkrachtDb): Promise<number> {
  return db.count('outbox');
}

/** Forgets the backup link on this device; records and outbox stay, so turning backup on later sends everything. */
export async function unlinkBackup(db: VeerkrachtDb): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  await Promise.all([tx.store.delete('auth'), tx.store.delete('recoveryCode'), tx.store.delete('cursor')]);
  await tx.done;
}

/**
 * Makes this device's node id at start-up if it has none yet. Doing this
 * first write early also means the first check-in is not the write that pays
 * for creating the database files. A device that has one (every start after
 * the first) loads no saving code for it.
 */
export async function ensureDevice(db: VeerkrachtDb, env: Environment): Promise<void> {
  if (await db.get('meta', 'node')) return;
  const { createDevice } = await import('./store');
  await createDevice(db, env);
}
