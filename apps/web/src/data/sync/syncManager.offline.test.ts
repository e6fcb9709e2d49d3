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
  it('is a network failure the person sees and the manager retries, never an unhandled error', async () => {
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
    await manager.whileStopped(async () => undefined);
  });
});
