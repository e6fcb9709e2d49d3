import { describe, expect, it } from 'vitest';
import { saveCheckIn } from '../store/store';
import { freshDb, testEnv } from '../testing/env';
import { FakeServer } from '../testing/fakeServer';
import { createApi } from './api';
import { SyncManager, type SyncView } from './syncManager';

async function setUp() {
  const server = new FakeServer();
  const db = await freshDb();
  const env = testEnv();
  const pulled: unknown[] = [];
  const manager = new SyncManager(db, createApi(server.fetch, env.now), env, (records) => pulled.push(...records));
  return { server, db, env, manager, pulled };
}

/** Resolves when the manager's state matches, or fails after a second. */
function until(manager: SyncManager, check: (view: SyncView) => boolean): Promise<SyncView> {
  return new Promise((resolve, reject) => {
    if (check(manager.view.get())) return resolve(manager.view.get());
    const timer = setTimeout(() => reject(new Error(`state stayed ${JSON.stringify(manager.view.get())}`)), 1000);
    const stop = manager.view.subscribe((view) => {
      if (!check(view)) return;
      clearTimeout(timer);
      stop();
      resolve(view);
    });
  });
}

describe('the sync state a person sees', () => {
  it('says saved on this phone while backup is off, and counts what waits', async () => {
    const { db, env, manager, server } = await setUp();
    await manager.start();
    await saveCheckIn(db, { date: '2026-11-25', pain: 3 }, env);
    manager.afterSave();
    const view = await until(manager, (v) => v.pending === 1);
    expect(view).toMatchObject({ status: 'local_only', backupOn: false, recoveryCode: null });
    expect(server.requests).toHaveLength(0);
  });

  it('sends everything and says everything is saved once backup is turned on', async () => {
    const { db, env, manager } = await setUp();
    await manager.start();
    await saveCheckIn(db, { date: '2026-11-25', pain: 3 }, env);
    expect(await manager.turnOn()).toEqual({ ok: true });
    const view = await until(manager, (v) => v.status === 'saved');
    expect(view).toMatchObject({ backupOn: true, pending: 0, failure: null });
    expect(view.recoveryCode).toMatch(/^\w{4}(-\w{4}){4}$/);
  });

  it('sends a save made during a running sync right after that sync', async () => {
    const { db, env, manager, server } = await setUp();
    await manager.start();
    await manager.turnOn();
    await until(manager, (v) => v.status === 'saved');
    let saved = false;
    server.intercept = async () => {
      if (!saved) {
        saved = true;
        await saveCheckIn(db, { date: '2026-11-24', pain: 5 }, env);
        manager.afterSave();
      }
      return undefined;
    };
    await saveCheckIn(db, { date: '2026-11-25', pain: 3 }, env);
    manager.afterSave();
    await until(manager, (v) => v.status === 'saved' && v.pending === 0 && saved);
    expect(server.records.size).toBe(2);
  });

  it('says offline after a network error, and saved again once the server answers', async () => {
    const { db, env, manager, server } = await setUp();
    await manager.start();
    await manager.turnOn();
    await until(manager, (v) => v.status === 'saved');
    server.offline = true;
    await saveCheckIn(db, { date: '2026-11-25', pain: 3 }, env);
    manager.afterSave();
    expect(await until(manager, (v) => v.failure === 'network')).toMatchObject({ status: 'offline', pending: 1 });
    server.offline = false;
    manager.retryNow();
    expect(await until(manager, (v) => v.status === 'saved')).toMatchObject({ pending: 0, failure: null });
  });

  it('shows an error in words when the device was unlinked elsewhere, and keeps what waits', async () => {
    const { db, env, manager, server } = await setUp();
    await manager.start();
    await manager.turnOn();
    await until(manager, (v) => v.status === 'saved');
    server.tokens.clear();
    await saveCheckIn(db, { date: '2026-11-25', pain: 3 }, env);
    manager.afterSave();
    expect(await until(manager, (v) => v.status === 'error')).toMatchObject({ failure: 'unauthorized', pending: 1 });
  });

  it('hands pulled records to the app so the screen shows them', async () => {
    const { manager, server, pulled } = await setUp();
    await manager.start();
    await manager.turnOn();
    await until(manager, (v) => v.status === 'saved');
    const [patientId] = [...server.tokens.values()];
    server.seed(patientId ?? '', {
      id: '01900000-0000-7000-8000-000000000001',
      type: 'checkin',
      data: { date: '2026-11-23', pain: 8 },
      hlc: '2026-11-25T11:00:00.000Z-0000-ffffffffffffffff',
      deleted: false,
    });
    manager.requestSync();
    await until(manager, () => pulled.length === 1);
    expect(pulled).toHaveLength(1);
  });
});
