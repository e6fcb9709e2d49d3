import { describe, expect, it, vi } from 'vitest';
import { linkBackup } from '../store/store';
import { freshDb, testEnv } from '../testing/env';
import { createApi } from './api';
import { SyncManager } from './syncManager';

// The true edge: the browser cannot fetch the sync client's own file (offline before the app was cached).
vi.mock('./syncClient', () => {
  throw new TypeError('Failed to fetch dynamically imported module: /assets/syncClient.js');
});

describe('a sync client that cannot be loaded', () => {
  it('makes the background sync a network failure the person sees, never an unhandled error', async () => {
    const db = await freshDb();
    const env = testEnv();
    await linkBackup(db, { token: 'device-token', patientId: 'patient-1', recoveryCode: null });
    const calls: string[] = [];
    const api = createApi(async (input) => {
      calls.push(input);
      return new Response('{}', { status: 500 });
    }, env.now);
    const manager = new SyncManager(db, api, env, () => undefined);
    await manager.start();
    await vi.waitFor(() => expect(manager.view.get()).toMatchObject({ backupOn: true, failure: 'network' }));
    // Nothing reached the server: the failure came from loading the client, not from a request.
    expect(calls).toEqual([]);
    // No retry left running after the test.
    await manager.whileStopped(async () => undefined);
  });

  it('answers what a person asks for (backup, devices, passkeys) as offline, the way a request that fails is', async () => {
    const db = await freshDb();
    const env = testEnv();
    const api = createApi(async () => new Response('{}', { status: 500 }), env.now);
    const manager = new SyncManager(db, api, env, () => undefined);
    const offline = { ok: false, failure: 'offline' };
    expect(await manager.turnOn()).toEqual(offline);
    expect(await manager.restore('ABCD-EFGH-JKLM-NPQR')).toEqual(offline);
    expect(await manager.listDevices()).toEqual(offline);
    expect(await manager.renewRecoveryCode()).toEqual(offline);
    expect(await manager.turnOff()).toEqual(offline);
  });
});
