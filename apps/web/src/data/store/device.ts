import type { SyncRecord } from '@veerkracht/core';
import type { Meta, MetaKey, RecordCheck, VeerkrachtDb } from './db';
import { RECORD_RULES } from './recordRules';

/*
 * What every screen needs from the device database: the records with what this version reads of them, the meta
 * values and the outbox count. Saving lives in store.ts, which loads on the first save (docs/architecture.md,
 * "First load"), and checking in recordChecks.ts, which loads only when a record has no current check.
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
 * Loads every record and what this version reads of them (docs/architecture.md, "Checked once, read many times").
 * A record without a row in `checks` passed the rules named by the meta value `recordRules` as it is stored; a row
 * is an exception (refused, read without a field a newer app added, or pulled and not checked yet). When the rules
 * changed (an update) or a row is not current, those records are checked now and the result stored for the next
 * start; only then are the validators loaded, so an ordinary start loads none and reads only the few exceptions.
 */
export async function loadRecords(db: VeerkrachtDb): Promise<DeviceRecords> {
  const [all, rows, rules] = await Promise.all([db.getAll('records'), db.getAll('checks'), getMeta(db, 'recordRules')]);
  const checks = new Map(rows.map((check) => [check.id, check]));
  const rulesCurrent = rules === RECORD_RULES;
  const unchecked = all.filter((record) => needsCheck(record, checks.get(record.id), rulesCurrent));
  if (unchecked.length > 0 || !rulesCurrent) {
    for (const check of await checkRecords(db, unchecked, { everyOtherRecordChecked: true })) {
      checks.set(check.id, check);
    }
  }
  return { all, checked: checkedOf(all, checks) };
}

/** Whether a record needs a check: rules changed and it has no row, or its row is of other rules or another version. */
function needsCheck(record: SyncRecord, check: RecordCheck | undefined, rulesCurrent: boolean): boolean {
  return check === undefined ? !rulesCurrent : !isCurrent(check, record);
}

function isCurrent(check: RecordCheck, record: SyncRecord): boolean {
  return check.hlc === record.hlc && check.by === RECORD_RULES;
}

/**
 * The records this version reads, with their checked data: a record without a check passed as it is stored; one
 * with a current check is read if the check passed it (with its checked data where it has one); one with a check
 * that is not current is left out (it is checked before it is shown).
 *
 * @example
 * checkedOf([record], new Map()) // [record]
 * checkedOf([record], new Map([[record.id, { id, hlc, by: RECORD_RULES, ok: false }]])) // []
 */
export function checkedOf(records: readonly SyncRecord[], checks: ReadonlyMap<string, RecordCheck>): SyncRecord[] {
  const out: SyncRecord[] = [];
  for (const record of records) {
    const check = checks.get(record.id);
    if (!check) out.push(record);
    else if (isCurrent(check, record) && check.ok) out.push('data' in check ? { ...record, data: check.data } : record);
  }
  return out;
}

/**
 * Checks records with this version's rules (loading the validators) and stores the exceptions: a row for a record
 * refused or read without a field, no row for one that passed as stored. A row of a newer version of the record
 * (pulled meanwhile, in another tab) is left as it is. `everyOtherRecordChecked`: the caller checked every record
 * that needed it, so the rules are stored as the ones that checked every record without a row. Storing only saves
 * time: if it fails, the records are checked again at the next start, so the failure is not passed on.
 */
export async function checkRecords(
  db: VeerkrachtDb,
  records: readonly SyncRecord[],
  options: { everyOtherRecordChecked?: boolean } = {},
): Promise<RecordCheck[]> {
  // Nothing to check (a new device): the validators are not loaded just to store the rules' name.
  const checks = records.length === 0 ? [] : records.map((await import('./recordChecks')).checkStored);
  try {
    const tx = db.transaction(['checks', 'meta'], 'readwrite');
    const rows = tx.objectStore('checks');
    const current = await Promise.all(checks.map((check) => rows.get(check.id)));
    const writes: Promise<unknown>[] = [];
    for (const [index, check] of checks.entries()) {
      const row = current[index];
      if (row && row.hlc > check.hlc) continue;
      writes.push(check.ok && !('data' in check) ? rows.delete(check.id) : rows.put(check));
    }
    if (options.everyOtherRecordChecked) writes.push(tx.objectStore('meta').put(RECORD_RULES, 'recordRules'));
    await Promise.all([...writes, tx.done]);
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
