import { describe, expect, it } from 'vitest';
import { getMeta } from '../store/device';
import { saveCheckIn } from '../store/store';
import { freshDb, testEnv } from '../testing/env';
import { TestServer } from '../testing/testServer';
import { createApi } from './api';
import { SyncManager, type SyncView } from './syncManager';

async function setUp() {
  const server = await TestServer.start();
  const db = await freshDb();
  const env = testEnv();
  const pulled: unknown[] = [];
  const manager = new SyncManager(db, createApi(server.fetch, env.now), env, (records) => {
    pulled.push(...records);
  });
  return { server, db, env, manager, pulled };
}

async function tokenOf(db: Awaited<ReturnType<typeof freshDb>>): Promise<string> {
  return (await getMeta(db, 'auth'))?.token ?? '';
}

/** Resolves when the manager's state matches, or fails after `timeoutMs`. */
function until(manager: SyncManager, check: (view: SyncView) => boolean, timeoutMs = 1000): Promise<SyncView> {
  return new Promise((resolve, reject) => {
    if (check(manager.view.get())) return resolve(manager.view.get());
    const timer = setTimeout(() => reject(new Error(`state stayed ${JSON.stringify(manager.view.get())}`)), timeoutMs);
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

  it('tells watchers nothing when a refresh finds nothing changed, so pages do not render again for nothing', async () => {
    const { manager, server } = await setUp();
    await manager.start();
    await until(manager, (view) => view.status === 'local_only');
    const seen: SyncView[] = [];
    const stop = manager.view.subscribe((view) => seen.push(view));
    manager.requestSync();
    manager.requestSync();
    await new Promise((wait) => setTimeout(wait, 50));
    stop();
    expect(seen).toEqual([]);
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
    expect(await server.recordsOf(await tokenOf(db))).toHaveLength(2);
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

  it('tries again by itself after a network error, after a wait of one to two seconds', async () => {
    const { db, env, manager, server } = await setUp();
    await manager.start();
    await manager.turnOn();
    // The first sync runs (saving) and ends (saved), so the failure below is the only sync under way.
    await until(manager, (v) => v.status === 'saving');
    await until(manager, (v) => v.status === 'saved');
    server.offline = true;
    await saveCheckIn(db, { date: '2026-11-25', pain: 3 }, env);
    manager.afterSave();
    await until(manager, (v) => v.failure === 'network');
    const failedAt = performance.now();
    server.offline = false;
    let retriedAt = 0;
    server.intercept = () => {
      retriedAt ||= performance.now();
      return undefined;
    };
    expect(await until(manager, (v) => v.status === 'saved', 5000)).toMatchObject({ pending: 0, failure: null });
    // The first retry waits half to all of 2 s (core `retryDelayMs`), so phones back online do not all call at once.
    expect(retriedAt - failedAt).toBeGreaterThanOrEqual(900);
  });

  it('shows an error in words when the device was unlinked elsewhere, and keeps what waits', async () => {
    const { db, env, manager, server } = await setUp();
    await manager.start();
    await manager.turnOn();
    await until(manager, (v) => v.status === 'saved');
    await server.revoke(await tokenOf(db));
    await saveCheckIn(db, { date: '2026-11-25', pain: 3 }, env);
    manager.afterSave();
    expect(await until(manager, (v) => v.status === 'error')).toMatchObject({
      failure: 'unauthorized',
      authProblem: 'revoked',
      pending: 1,
      // A signed-out device may be the lost one: it no longer shows the recovery code.
      recoveryCode: null,
    });
  });

  it('says the backup needs the recovery code again after half a year unused, and is fine again once restored', async () => {
    const { db, env, manager, server } = await setUp();
    await manager.start();
    await manager.turnOn();
    const { recoveryCode } = await until(manager, (v) => v.status === 'saved');
    server.nowMs += 181 * 24 * 60 * 60 * 1000;
    env.time = server.nowMs;
    await saveCheckIn(db, { date: '2027-05-25', pain: 3 }, env);
    manager.afterSave();
    const expired = await until(manager, (v) => v.status === 'error');
    expect(expired).toMatchObject({ failure: 'unauthorized', authProblem: 'expired', pending: 1, recoveryCode });
    expect(await manager.restore(recoveryCode ?? '')).toMatchObject({ ok: true });
    expect(await until(manager, (v) => v.status === 'saved')).toMatchObject({ authProblem: null, pending: 0 });
  });

  it('hands pulled records to the app so the screen shows them', async () => {
    const { db, manager, server, pulled } = await setUp();
    await manager.start();
    await manager.turnOn();
    await until(manager, (v) => v.status === 'saved');
    await server.push(await tokenOf(db), [
      {
        id: '01900000-0000-7000-8000-000000000001',
        type: 'checkin',
        data: { date: '2026-11-23', pain: 8 },
        hlc: '2026-11-25T11:00:00.000Z-0000-ffffffffffffffff',
        deleted: false,
      },
    ]);
    manager.requestSync();
    await until(manager, () => pulled.length === 1);
    expect(pulled).toHaveLength(1);
  });
});
