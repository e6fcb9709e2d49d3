import type { App } from './app';
import type { BackupFailure } from './sync/syncClient';

/**
 * "Delete everything" and erasing the backup (issue 14, docs/privacy.md).
 * Loaded only with the pages that use it (the erase page, the backup page),
 * so the home page does not carry it.
 */

/**
 * Why the server copy could not be erased: no connection, the server could
 * not do it now, or this device is signed out of the backup (ended or
 * expired: the recovery code links it again first).
 */
export type EraseFailure = BackupFailure | 'signed_out';

export type EraseResult = { ok: true } | { ok: false; failure: EraseFailure };

/** The prefix of every key the app keeps in local and session storage. */
const STORAGE_PREFIX = 'veerkracht.';
/** Kept after "delete everything": it says nothing about the person, and the app goes on in their language. */
const KEPT_KEYS = new Set(['veerkracht.lang']);

/** Erases the server copy; the caller has stopped syncing. */
async function eraseOnServer(app: App): Promise<EraseResult> {
  const result = await app.sync.asThisDevice((api, token) => api.erasePatient(token));
  // Without backup there is nothing on the server from this device.
  if (!result.ok && result.kind === 'signed_out') return { ok: true };
  if (!result.ok) {
    if (result.kind === 'network') return { ok: false, failure: 'offline' };
    // The server does not know the token: the backup was already erased (from another device).
    const gone = result.status === 401 && result.body.error === 'unauthorized';
    if (!gone) return { ok: false, failure: result.status === 401 ? 'signed_out' : 'failed' };
  }
  await app.sync.forgetBackup();
  return { ok: true };
}

/**
 * Erases the backup on the server: everything of this person there, every
 * physiotherapist's access with it. Waits for the server's answer; only then
 * does this device turn backup off. What is on this device stays.
 */
export function eraseServerCopy(app: App): Promise<EraseResult> {
  return app.sync.whileStopped(() => eraseOnServer(app));
}

/**
 * Delete everything: first the copy on the server when backup is on (waiting
 * for its answer; offline or refused, nothing is deleted anywhere), then
 * everything on this device: the database, the app's keys in local and
 * session storage, and this browser's push subscription. The language choice
 * stays. Syncing is stopped throughout.
 */
export function eraseEverything(app: App): Promise<EraseResult> {
  return app.sync.whileStopped(async () => {
    const server = await eraseOnServer(app);
    if (!server.ok) return server;
    await app.wipe();
    forgetStoredKeys();
    await endPushSubscription();
    return { ok: true };
  });
}

/** Removes the app's keys from local and session storage (drafts, a running exercise session, settings). */
export function forgetStoredKeys(): void {
  for (const storage of [globalThis.localStorage, globalThis.sessionStorage]) {
    if (!storage) continue;
    const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
      (key): key is string => typeof key === 'string' && key.startsWith(STORAGE_PREFIX) && !KEPT_KEYS.has(key),
    );
    for (const key of keys) storage.removeItem(key);
  }
}

/** Ends this browser's push subscription, if any (best effort: the server's copy of it is erased anyway). */
async function endPushSubscription(): Promise<void> {
  try {
    const registration = await globalThis.navigator?.serviceWorker?.getRegistration();
    const subscription = await registration?.pushManager?.getSubscription();
    await subscription?.unsubscribe();
  } catch {
    // No service worker or no push here: nothing to end.
  }
}
