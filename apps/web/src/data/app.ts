import { type CheckIn, type RecordData, type RecordType, type SyncRecord, shouldReplace } from '@veerkracht/core';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { Observable, useObservable } from './observable';
import type { VeerkrachtDb } from './store/db';
import {
  checkedOf,
  checkRecords,
  type DeviceRecords,
  type Environment,
  ensureDevice,
  loadRecords,
} from './store/device';
import type { RecordWrite } from './store/store';
import type { Api } from './sync/api';
import { SyncManager } from './sync/syncManager';

/**
 * One snapshot of the records on the device: `App.records` replaces it whole on each change, never edits it.
 * Pages read `checked` (through data/records.ts); `all` is for what must see every record as stored (export,
 * counting).
 */
export type RecordsSnapshot = {
  /** Every record as stored, deleted ones and ones this version does not read included, by id. */
  readonly all: ReadonlyMap<string, SyncRecord>;
  /** The records this version reads, with their checked data, by id (docs/architecture.md, "Checked once"). */
  readonly checked: ReadonlyMap<string, SyncRecord>;
};

/**
 * The saving code, loaded on the first save rather than with the first screen (docs/architecture.md, "First load").
 * The validators it needs start loading at the same time, instead of after it.
 */
function savingCode(): Promise<typeof import('./store/store')> {
  void import('./store/recordChecks').catch(() => undefined);
  return import('./store/store');
}

/**
 * Calls `load` once, at the person's first tap or key press on `target`: a save can follow any of them, and the
 * saving code is then there before the save button is reached, while a page that is only looked at (and the
 * page-weight and Lighthouse measurements) loads none of it.
 *
 * @example
 * whenFirstInput(document, () => void prepareSaving())
 */
export function whenFirstInput(target: EventTarget, load: () => void): void {
  const listening = new AbortController();
  const once = () => {
    listening.abort();
    load();
  };
  for (const event of ['pointerdown', 'keydown']) {
    target.addEventListener(event, once, { capture: true, passive: true, signal: listening.signal });
  }
}

/** Starts loading the saving code (and the validators) now; never rejects: a save that needs it tries again. */
export function prepareSaving(): Promise<void> {
  return savingCode().then(
    () => undefined,
    () => undefined,
  );
}

const EMPTY: RecordsSnapshot = { all: new Map(), checked: new Map() };

/**
 * The snapshot of records as loaded from the device.
 *
 * @example
 * snapshotOf(await loadRecords(db)).checked.get(id)?.data // the checked data of record `id`
 */
export function snapshotOf(device: DeviceRecords): RecordsSnapshot {
  return {
    all: new Map(device.all.map((record) => [record.id, record])),
    checked: new Map(device.checked.map((record) => [record.id, record])),
  };
}

/**
 * The app's data in memory: every record on the device, kept in step with
 * IndexedDB (loaded at start, updated after each committed save and each
 * pulled change). Pages read it; only `saveCheckIn` and the sync write.
 */
export class App {
  readonly records = new Observable<RecordsSnapshot>(EMPTY);
  readonly sync: SyncManager;
  #db: VeerkrachtDb;
  #env: Environment;

  constructor(db: VeerkrachtDb, api: Api, env: Environment) {
    this.#db = db;
    this.#env = env;
    this.sync = new SyncManager(db, api, env, (applied) => this.#mergePulled(applied));
  }

  async load(): Promise<void> {
    const [device] = await Promise.all([loadRecords(this.#db), ensureDevice(this.#db, this.#env)]);
    this.records.set(snapshotOf(device));
  }

  /** Pulled records are checked (and their checks stored) before they are shown. */
  async #mergePulled(changes: SyncRecord[]): Promise<void> {
    try {
      const checks = await checkRecords(this.#db, changes);
      this.#merge(changes, checkedOf(changes, new Map(checks.map((check) => [check.id, check]))));
    } catch {
      // The validators could not be loaded: the pulled records are stored, and shown once checked at the next
      // start. Until then no older version of them is shown either.
      this.#merge(changes, []);
    }
  }

  /** `checked`: the records of `changes` this version reads, with their checked data. */
  #merge(changes: readonly SyncRecord[], checked: readonly SyncRecord[]): void {
    const readable = new Map(checked.map((record) => [record.id, record]));
    this.records.update((current) => {
      const all = new Map(current.all);
      const read = new Map(current.checked);
      for (const change of changes) {
        if (!shouldReplace(all.get(change.id), change)) continue;
        all.set(change.id, change);
        const checkedChange = readable.get(change.id);
        if (checkedChange) read.set(change.id, checkedChange);
        else read.delete(change.id);
      }
      return { all, checked: read };
    });
  }

  /** Resolves after the write has committed, with the record now shown everywhere. */
  async saveCheckIn(checkIn: CheckIn): Promise<SyncRecord<CheckIn>> {
    const { saveCheckIn } = await savingCode();
    const record = await saveCheckIn(this.#db, checkIn, this.#env);
    // A saved record was checked before it was stored: its data is the checked copy.
    this.#merge([record], [record]);
    this.sync.afterSave();
    return record;
  }

  /** Saves records of any type in one transaction; resolves after the commit, with them shown everywhere. */
  async saveRecords(writes: readonly RecordWrite[]): Promise<SyncRecord[]> {
    const { saveRecords } = await savingCode();
    const records = await saveRecords(this.#db, writes, this.#env);
    this.#merge(records, records);
    this.sync.afterSave();
    return records;
  }

  /**
   * Saves one record (a new one, or a new version of `id`) after the core
   * registry has checked it; resolves with the stored record once committed.
   */
  async saveRecord<T extends RecordType>(type: T, data: RecordData<T>, id?: string): Promise<SyncRecord> {
    const write = { type, data, ...(id ? { id } : {}) } as RecordWrite;
    const [record] = await this.saveRecords([write]);
    if (!record) throw new Error(`${type} was not saved`);
    return record;
  }

  /**
   * Empties this device's database and what the app shows, as on a first start
   * ("delete everything", data/erase.ts, which erases the server copy first).
   */
  async wipe(): Promise<void> {
    const { wipeDevice } = await savingCode();
    await wipeDevice(this.#db);
    this.records.set(EMPTY);
    await this.sync.refresh();
  }

  /** This device's time (the environment's clock), for rules that need "now". */
  now(): number {
    return this.#env.now();
  }
}

export const AppContext = createContext<App | null>(null);

export function useApp(): App {
  const app = useContext(AppContext);
  if (!app) throw new Error('useApp outside <AppContext.Provider>');
  return app;
}

export function useRecords(): RecordsSnapshot {
  return useObservable(useApp().records);
}
