import { retryDelayMs, type SyncFailure, type SyncRecord, type SyncStatus, syncStatus } from '@veerkracht/core';
import { Observable } from '../observable';
import type { VeerkrachtDb } from '../store/db';
import { countOutbox, type Environment, getMeta, unlinkBackup } from '../store/device';
import type {
  Api,
  ApiResult,
  PasskeyAnswer,
  PasskeyCreated,
  PasskeyCreationOptions,
  PasskeyRequestOptions,
} from './api';
import type {
  AuthProblem,
  BackupFailure,
  DeviceItem,
  DevicesFailure,
  PasskeyFailure,
  RestoreFailure,
  SyncOutcome,
} from './syncClient';

/**
 * The sync client (the protocol, backup, devices and passkeys) loads on the first call that needs the server: a
 * device without backup, most people's, never loads it, and Today's first load is that much lighter (decision 0041).
 * `undefined` when its file cannot be fetched (offline before the app was cached): every caller answers that as
 * being offline, as it answers a request that does not get through, never with an unhandled error.
 */
const syncClient = () => import('./syncClient').catch(() => undefined);
const OFFLINE = { ok: false, failure: 'offline' } as const;

/** A restore's options with this device's name for the list of devices, when the browser tells one. */
function withDeviceName<T extends object>(
  client: { thisDeviceName(): string | undefined },
  options: T,
): T | (T & { deviceName: string }) {
  const deviceName = client.thisDeviceName();
  return deviceName ? { ...options, deviceName } : options;
}

export type SyncView = {
  status: SyncStatus;
  failure: SyncFailure | null;
  /** With failure `unauthorized`: why the server refused this device's token. */
  authProblem: AuthProblem | null;
  backupOn: boolean;
  recoveryCode: string | null;
  pending: number;
};

/** How often to sync while the app is visible. */
const INTERVAL_MS = 60_000;

/**
 * Decides when to sync (after a save, on `online`, at start, every minute
 * while visible, and with growing waits after network errors) and keeps the
 * state the person sees. Only one sync runs at a time; a request during a sync
 * runs one more sync right after it, so no write waits for the next minute.
 */
export class SyncManager {
  readonly view: Observable<SyncView>;
  #db: VeerkrachtDb;
  #api: Api;
  #env: Environment;
  #onApplied: (records: SyncRecord[]) => Promise<void> | void;
  #running = false;
  #again = false;
  #attempt = 0;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #syncing = false;
  #online = true;
  /** While erasing: no sync starts, so nothing is pulled back into a device being emptied. */
  #suspended = false;
  #current: Promise<void> | undefined;

  constructor(
    db: VeerkrachtDb,
    api: Api,
    env: Environment,
    onApplied: (records: SyncRecord[]) => Promise<void> | void,
  ) {
    this.#db = db;
    this.#api = api;
    this.#env = env;
    this.#onApplied = onApplied;
    this.view = new Observable<SyncView>({
      status: 'local_only',
      failure: null,
      authProblem: null,
      backupOn: false,
      recoveryCode: null,
      pending: 0,
    });
  }

  /** Reads the backup state from the device and starts the triggers. */
  async start(): Promise<void> {
    this.#online = typeof navigator === 'undefined' ? true : navigator.onLine;
    await this.#refresh({});
    if (typeof window !== 'undefined') {
      window.addEventListener('online', () => {
        this.#online = true;
        this.#attempt = 0;
        void this.#refresh({}).then(() => this.requestSync());
      });
      window.addEventListener('offline', () => {
        this.#online = false;
        void this.#refresh({});
      });
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') this.requestSync();
      });
      setInterval(() => {
        if (document.visibilityState === 'visible') this.requestSync();
      }, INTERVAL_MS);
    }
    this.requestSync();
  }

  async #refresh(change: Partial<Pick<SyncView, 'failure' | 'authProblem'>>): Promise<void> {
    const [auth, recoveryCode, pending] = await Promise.all([
      getMeta(this.#db, 'auth'),
      getMeta(this.#db, 'recoveryCode'),
      countOutbox(this.#db),
    ]);
    const failure = 'failure' in change ? (change.failure ?? null) : this.view.get().failure;
    // A new failure brings its own reason (or none); the reason never outlives the failure.
    const authProblem = 'failure' in change ? (change.authProblem ?? null) : this.view.get().authProblem;
    const backupOn = auth !== undefined;
    const next: SyncView = {
      backupOn,
      recoveryCode: recoveryCode ?? null,
      pending,
      failure,
      authProblem: failure === 'unauthorized' ? authProblem : null,
      status: syncStatus({ backupOn, online: this.#online, syncing: this.#syncing, pending, failure }),
    };
    // Unchanged (every start and every quiet minute): no new object, so Today does not render again for nothing.
    const current = this.view.get();
    const same = (Object.keys(next) as (keyof SyncView)[]).every((key) => Object.is(next[key], current[key]));
    if (!same) this.view.set(next);
  }

  /** Asks for a sync soon; safe to call often. */
  requestSync(): void {
    if (this.#suspended) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#current = this.#run();
  }

  /** Called after every local save: show the new pending count and send it. */
  afterSave(): void {
    void this.#refresh({}).then(() => this.requestSync());
  }

  async #run(): Promise<void> {
    this.#running = true;
    try {
      do {
        this.#again = false;
        if (!(await getMeta(this.#db, 'auth'))) {
          await this.#refresh({ failure: null });
          return;
        }
        clearTimeout(this.#retryTimer);
        this.#syncing = true;
        await this.#refresh({});
        const client = await syncClient();
        const outcome: SyncOutcome = client
          ? await client.runSync(this.#db, this.#api, this.#env)
          : { ok: false, failure: 'network', applied: [] };
        this.#syncing = false;
        // Awaited: once a sync has finished, what it pulled is shown.
        if (outcome.applied.length > 0) await this.#onApplied(outcome.applied);
        if (outcome.ok) {
          this.#attempt = 0;
          await this.#refresh({ failure: null });
        } else {
          await this.#refresh({ failure: outcome.failure, authProblem: outcome.authProblem ?? null });
          // Network and server trouble pass; a refusal or a revoked device needs the person.
          if (outcome.failure === 'network' || outcome.failure === 'server') this.#scheduleRetry();
          // A request that came in during this sync (a save, "try again", back online) still gets its try.
          if (!this.#again) return;
        }
      } while (this.#again);
    } finally {
      this.#syncing = false;
      this.#running = false;
    }
  }

  #scheduleRetry(): void {
    this.#attempt += 1;
    clearTimeout(this.#retryTimer);
    this.#retryTimer = setTimeout(() => this.requestSync(), retryDelayMs(this.#attempt, Math.random()));
  }

  async turnOn(): Promise<{ ok: true } | { ok: false; failure: BackupFailure }> {
    const client = await syncClient();
    if (!client) return OFFLINE;
    const result = await client.turnOnBackup(this.#db, this.#api, client.thisDeviceName());
    if (!result.ok) return result;
    await this.#linked();
    return { ok: true };
  }

  /** After this device was linked to a backup (turned on or restored): fresh retries, the new state, a sync now. */
  async #linked(): Promise<void> {
    this.#attempt = 0;
    await this.#refresh({ failure: null });
    this.requestSync();
  }

  /** Links this device to the backup of `code`; with `endOtherDevices`, every other device is signed out. */
  async restore(
    code: string,
    options: { endOtherDevices?: boolean } = {},
  ): Promise<{ ok: true; endedDevices: number } | { ok: false; failure: RestoreFailure }> {
    const client = await syncClient();
    if (!client) return OFFLINE;
    const result = await client.restoreBackup(this.#db, this.#api, code, withDeviceName(client, options));
    if (result.ok) await this.#linked();
    return result;
  }

  /** Links this device to a backup with a passkey instead of the code (decision 0037). */
  async restoreWithPasskey(
    sign: (options: PasskeyRequestOptions) => Promise<PasskeyAnswer>,
    options: { endOtherDevices?: boolean } = {},
  ): Promise<{ ok: true; endedDevices: number } | { ok: false; failure: PasskeyFailure }> {
    const client = await syncClient();
    if (!client) return OFFLINE;
    const result = await client.restoreBackupWithPasskey(this.#db, this.#api, sign, withDeviceName(client, options));
    if (result.ok) await this.#linked();
    return result;
  }

  /** Adds a passkey that can restore this backup on another device. */
  async addPasskey(
    create: (options: PasskeyCreationOptions) => Promise<PasskeyCreated>,
  ): Promise<{ ok: true } | { ok: false; failure: PasskeyFailure }> {
    const client = await syncClient();
    if (!client) return OFFLINE;
    return client.addBackupPasskey(this.#db, this.#api, create);
  }

  /** The devices of this backup. When it finds that this device's recovery code is out of date, the view forgets it. */
  async listDevices(): Promise<
    { ok: true; devices: DeviceItem[]; codeRenewedElsewhere: boolean } | { ok: false; failure: DevicesFailure }
  > {
    const client = await syncClient();
    if (!client) return OFFLINE;
    const result = await client.listDevices(this.#db, this.#api);
    if (result.ok && result.codeRenewedElsewhere) await this.#refresh({});
    return result;
  }

  async endDevice(deviceId: string): Promise<{ ok: true } | { ok: false; failure: DevicesFailure }> {
    const client = await syncClient();
    if (!client) return OFFLINE;
    return client.endDevice(this.#db, this.#api, deviceId);
  }

  /** A new recovery code; the view shows it like the first one. */
  async renewRecoveryCode(): Promise<{ ok: true; recoveryCode: string } | { ok: false; failure: DevicesFailure }> {
    const client = await syncClient();
    if (!client) return OFFLINE;
    const result = await client.renewRecoveryCode(this.#db, this.#api);
    if (result.ok) await this.#refresh({});
    return result;
  }

  /**
   * Runs `work` with syncing stopped: a sync in progress ends first, none
   * starts meanwhile (nor a retry). Used to erase, so nothing is pulled or
   * pushed while data goes.
   */
  async whileStopped<T>(work: () => Promise<T>): Promise<T> {
    this.#suspended = true;
    clearTimeout(this.#retryTimer);
    try {
      await this.#current;
      return await work();
    } finally {
      this.#suspended = false;
    }
  }

  /** Forgets the backup link here, after the server erased the backup (data/erase.ts). */
  async forgetBackup(): Promise<void> {
    await unlinkBackup(this.#db);
    this.#attempt = 0;
    await this.#refresh({ failure: null });
  }

  /** Reads the backup state again (after the device was emptied). */
  async refresh(): Promise<void> {
    await this.#refresh({ failure: null });
  }

  async turnOff(): Promise<{ ok: true } | { ok: false; failure: BackupFailure }> {
    const client = await syncClient();
    if (!client) return OFFLINE;
    const result = await client.turnOffBackup(this.#db, this.#api);
    if (result.ok) {
      clearTimeout(this.#retryTimer);
      await this.#refresh({ failure: null });
    }
    return result;
  }

  /**
   * Calls the server as this device (with its token), for features that talk
   * to the API beyond sync (reminders). Without backup there is no token:
   * `signed_out`.
   */
  async asThisDevice<T>(
    call: (api: Api, token: string) => Promise<ApiResult<T>>,
  ): Promise<ApiResult<T> | { ok: false; kind: 'signed_out' }> {
    const auth = await getMeta(this.#db, 'auth');
    if (!auth) return { ok: false, kind: 'signed_out' };
    return call(this.#api, auth.token);
  }

  /** For the "try again" button after an error. */
  retryNow(): void {
    this.#attempt = 0;
    this.requestSync();
  }
}
