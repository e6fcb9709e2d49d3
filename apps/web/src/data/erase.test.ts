import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from './app';
import { eraseEverything, eraseServerCopy, forgetStoredKeys } from './erase';
import { countOutbox, getMeta, loadRecords } from './store/device';
import { createApi } from './sync/api';
import { restoreBackup } from './sync/syncClient';
import { freshDb, testEnv } from './testing/env';
import { TestServer } from './testing/testServer';

async function device(server: TestServer) {
  const db = await freshDb();
  const env = testEnv();
  const api = createApi(server.fetch, env.now);
  return { db, env, api };
}

/** The app on a device, loaded, with a check-in saved and backup on; its recovery code. */
async function appWithBackup(server: TestServer) {
  const { db, env, api } = await device(server);
  const app = new App(db, api, env);
  await app.load();
  await app.saveCheckIn({ date: '2026-11-25', pain: 4 });
  expect((await app.sync.turnOn()).ok).toBe(true);
  const code = await getMeta(db, 'recoveryCode');
  if (!code) throw new Error('no recovery code');
  return { app, db, code };
}

/** Local and session storage as a browser has them, for code that runs outside one. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('erasing the copy on the server', () => {
  it('waits for the server, then turns backup off here and keeps what is on this device', async () => {
    const server = await TestServer.start();
    const { app, db, code } = await appWithBackup(server);
    expect(await eraseServerCopy(app)).toEqual({ ok: true });
    expect(await getMeta(db, 'auth')).toBeUndefined();
    expect(await getMeta(db, 'recoveryCode')).toBeUndefined();
    expect(app.sync.view.get()).toMatchObject({ backupOn: false });
    expect((await loadRecords(db)).all).toHaveLength(1);
    // The recovery code is refused from now on, on any device.
    const other = await device(server);
    expect(await restoreBackup(other.db, other.api, code)).toEqual({ ok: false, failure: 'unknown' });
  });

  it('deletes nothing and keeps backup on when offline', async () => {
    const server = await TestServer.start();
    const { app, db, code } = await appWithBackup(server);
    server.offline = true;
    expect(await eraseServerCopy(app)).toEqual({ ok: false, failure: 'offline' });
    expect(await getMeta(db, 'auth')).toBeDefined();
    server.offline = false;
    const other = await device(server);
    expect(await restoreBackup(other.db, other.api, code)).toMatchObject({ ok: true });
  });

  it('counts a backup erased from another device as done', async () => {
    const server = await TestServer.start();
    const first = await appWithBackup(server);
    const second = await device(server);
    const secondApp = new App(second.db, second.api, second.env);
    await secondApp.load();
    expect((await secondApp.sync.restore(first.code)).ok).toBe(true);
    expect(await eraseServerCopy(secondApp)).toEqual({ ok: true });
    expect(await eraseServerCopy(first.app)).toEqual({ ok: true });
    expect(await getMeta(first.db, 'auth')).toBeUndefined();
  });
});

describe('delete everything', () => {
  it('erases the server copy first, then empties the device and the app’s stored keys but the language', async () => {
    vi.stubGlobal('localStorage', memoryStorage());
    vi.stubGlobal('sessionStorage', memoryStorage());
    localStorage.setItem('veerkracht.lang', 'en');
    localStorage.setItem('veerkracht.exercise.session', '{}');
    localStorage.setItem('veerkracht.pushSubscriptionId', 'abc');
    localStorage.setItem('another.app', 'kept');
    sessionStorage.setItem('veerkracht.draft.checkin', '{}');
    const server = await TestServer.start();
    const { app, db, code } = await appWithBackup(server);
    expect(await eraseEverything(app)).toEqual({ ok: true });
    expect(await db.getAllKeys('meta')).toEqual([]);
    expect(await db.count('checks')).toBe(0);
    expect(await loadRecords(db)).toEqual({ all: [], checked: [] });
    expect(await countOutbox(db)).toBe(0);
    expect(app.records.get().all.size).toBe(0);
    expect(app.sync.view.get()).toMatchObject({ backupOn: false, recoveryCode: null, pending: 0 });
    expect(localStorage.getItem('veerkracht.lang')).toBe('en');
    expect(localStorage.getItem('veerkracht.exercise.session')).toBeNull();
    expect(localStorage.getItem('veerkracht.pushSubscriptionId')).toBeNull();
    expect(localStorage.getItem('another.app')).toBe('kept');
    expect(sessionStorage.length).toBe(0);
    const other = await device(server);
    expect(await restoreBackup(other.db, other.api, code)).toEqual({ ok: false, failure: 'unknown' });
  });

  it('deletes nothing on the device when the server cannot be reached', async () => {
    const server = await TestServer.start();
    const { app, db } = await appWithBackup(server);
    server.offline = true;
    expect(await eraseEverything(app)).toEqual({ ok: false, failure: 'offline' });
    expect((await loadRecords(db)).all).toHaveLength(1);
    expect(app.records.get().all.size).toBe(1);
    expect(await getMeta(db, 'auth')).toBeDefined();
  });

  it('empties a device without backup without asking any server', async () => {
    const server = await TestServer.start();
    const { db, env, api } = await device(server);
    const app = new App(db, api, env);
    await app.load();
    await app.saveCheckIn({ date: '2026-11-25', pain: 4 });
    server.offline = true;
    expect(await eraseEverything(app)).toEqual({ ok: true });
    expect(await loadRecords(db)).toEqual({ all: [], checked: [] });
    expect(await db.count('checks')).toBe(0);
    expect(server.requests).toEqual([]);
    // Nothing to remove outside a browser: no storage, no service worker.
    expect(() => forgetStoredKeys()).not.toThrow();
  });
});
