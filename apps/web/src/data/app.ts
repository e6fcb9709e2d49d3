import { type CheckIn, type RecordData, type RecordType, type SyncRecord, shouldReplace } from '@veerkracht/core';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { Observable, useObservable } from './observable';
import type { VeerkrachtDb } from './store/db';
import {
  type Environment,
  ensureDevice,
  loadRecords,
  type RecordWrite,
  saveCheckIn,
  saveRecords,
  wipeDevice,
} from './store/store';
import type { Api } from './sync/api';
import { SyncManager } from './sync/syncManager';

/** One snapshot of every record on the device: `App.records` replaces the whole map on each change, never edits it. */
export type RecordsSnapshot = ReadonlyMap<string, SyncRecord>;

/**
 * The app's data in memory: every record on the device, kept in step with
 * IndexedDB (loaded at start, updated after each committed save and each
 * pulled change). Pages read it; only `saveCheckIn` and the sync write.
 */
export class App {
  readonly records = new Observable<RecordsSnapshot>(new Map());
  readonly sync: SyncManager;
  #db: VeerkrachtDb;
  #env: Environment;

  constructor(db: VeerkrachtDb, api: Api, env: Environment) {
    this.#db = db;
    this.#env = env;
    this.sync = new SyncManager(db, api, env, (applied) => this.#merge(applied));
  }

  async load(): Promise<void> {
    const [records] = await Promise.all([loadRecords(this.#db), ensureDevice(this.#db, this.#env)]);
    this.records.set(new Map(records.map((record) => [record.id, record])));
  }

  #merge(changes: SyncRecord[]): void {
    this.records.update((current) => {
      const next = new Map(current);
      for (const change of changes) if (shouldReplace(next.get(change.id), change)) next.set(change.id, change);
      return next;
    });
  }

  /** Resolves after the write has committed, with the record now shown everywhere. */
  async saveCheckIn(checkIn: CheckIn): Promise<SyncRecord<CheckIn>> {
    const record = await saveCheckIn(this.#db, checkIn, this.#env);
    this.#merge([record]);
    this.sync.afterSave();
    return record;
  }

  /** Saves records of any type in one transaction; resolves after the commit, with them shown everywhere. */
  async saveRecords(writes: readonly RecordWrite[]): Promise<SyncRecord[]> {
    const records = await saveRecords(this.#db, writes, this.#env);
    this.#merge(records);
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
    await wipeDevice(this.#db);
    this.records.set(new Map());
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
