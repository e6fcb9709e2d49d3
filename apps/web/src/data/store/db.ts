import type { SyncRecord } from '@veerkracht/core';
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

/** What the device keeps about itself, one value per key in the `meta` store. */
export type Meta = {
  /** This device's HLC node id (16 hex digits), made once. */
  node: string;
  /** The last clock this device issued or saw, in text form. */
  hlc: string;
  /** The server's sync cursor: everything up to it has been pulled. */
  cursor: number;
  /** The bearer token and patient id while backup is on. */
  auth: { token: string; patientId: string };
  /** The recovery code, kept so the person can see it again. */
  recoveryCode: string;
  /** When this device renewed the recovery code (the server's time), so it knows its copy is the current one. */
  recoveryCodeRenewedAt: string;
  /** The server's clock minus this device's, in ms. */
  clockOffset: number;
  /** The rules that checked every record without a row in `checks` (store/recordRules.ts). */
  recordRules: string;
};
export type MetaKey = keyof Meta;

/**
 * A record's check where it is an exception (docs/architecture.md, "Checked once, read many times"): refused, read
 * without a field a newer app added, or pulled and not checked yet (`by` empty). A record without a row passed, as
 * it is stored, the rules named by the meta value `recordRules`. A row of other rules, or of another version of the
 * record (`hlc`), is not current: the record is checked again before it is shown.
 */
export type RecordCheck = {
  id: string;
  /** The version of the record that was checked. */
  hlc: string;
  /** The rules that checked it (store/recordRules.ts); empty while a pulled record waits for its check. */
  by: string;
  /** Whether this version reads the record; a refused one is kept and synced, never shown. */
  ok: boolean;
  /** The checked data, only where it differs from the stored data (fields a newer app added left out). */
  data?: unknown;
};

export interface VeerkrachtSchema extends DBSchema {
  /** Every record this device knows, its own and pulled ones, keyed by id. */
  records: { key: string; value: SyncRecord; indexes: { byDate: string } };
  /** The latest version of every record changed here and not yet confirmed by the server. */
  outbox: { key: string; value: SyncRecord };
  /** The exceptions among the records' checks (`RecordCheck`), so that reading needs no validator. */
  checks: { key: string; value: RecordCheck };
  meta: { key: MetaKey; value: Meta[MetaKey] };
}

export type VeerkrachtDb = IDBPDatabase<VeerkrachtSchema>;

export const DB_NAME = 'veerkracht';
const DB_VERSION = 2;

/**
 * Opens (and on first use creates) the device database. Only additive
 * upgrades: old data must keep syncing after an app update.
 */
export function openVeerkrachtDb(name: string = DB_NAME): Promise<VeerkrachtDb> {
  return openDB<VeerkrachtSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const records = db.createObjectStore('records', { keyPath: 'id' });
        // Check-ins are looked up by day when saving, so editing a day never makes a second record.
        records.createIndex('byDate', 'data.date');
        db.createObjectStore('outbox', { keyPath: 'id' });
        db.createObjectStore('meta');
      }
      // Version 2: the checks. Empty after the upgrade, so the first start checks every record once.
      if (oldVersion < 2) db.createObjectStore('checks', { keyPath: 'id' });
    },
    blocking(_current, _next, event) {
      // A newer version of the app in another tab wants to upgrade: step aside.
      (event.target as IDBDatabase).close();
    },
  });
}
