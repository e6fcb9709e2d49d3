import {
  clockAheadPositions,
  formatHlc,
  formatRecoveryCode,
  isAcknowledged,
  normalizeRecoveryCode,
  parseHlc,
  receiveHlc,
  restampClocks,
  type SyncFailure,
  type SyncRecord,
  serverClockOffsetMs,
  shouldReplace,
  syncBatches,
} from '@veerkracht/core';
import type { VeerkrachtDb } from '../store/db';
import { type Environment, getMeta, unlinkBackup } from '../store/device';
import { correctedNow, deviceClock, linkBackup } from '../store/store';
import type {
  Api,
  ApiResult,
  PasskeyAnswer,
  PasskeyCreated,
  PasskeyCreationOptions,
  PasskeyRequestOptions,
  RestoreOptions,
  Timing,
} from './api';
import { deviceNameFrom } from './deviceName';

/**
 * Why the server no longer takes this device's token: another device signed
 * it out (`revoked`), it was not used for half a year (`expired`), or the
 * server does not say (`unknown`). Each needs the recovery code to go on.
 */
export type AuthProblem = 'revoked' | 'expired' | 'unknown';

export type SyncOutcome =
  | { ok: true; applied: SyncRecord[] }
  | { ok: false; failure: SyncFailure; authProblem?: AuthProblem; applied: SyncRecord[] };

/** A guard against a server that keeps saying `more` (or a person typing faster than we send). */
const MAX_ROUNDS = 200;

function failureOf(result: Extract<ApiResult<unknown>, { ok: false }>): SyncFailure {
  if (result.kind === 'network') return 'network';
  if (result.status === 401 || result.status === 403) return 'unauthorized';
  if (result.status >= 500 || result.status === 429 || result.status === 408) return 'server';
  return 'rejected';
}

function authProblemOf(result: Extract<ApiResult<unknown>, { ok: false }>): AuthProblem | undefined {
  if (result.kind !== 'http' || result.status !== 401) return undefined;
  if (result.body.error === 'token_revoked') return 'revoked';
  if (result.body.error === 'token_expired') return 'expired';
  return 'unknown';
}

function offsetFrom(timing: Timing): number | null {
  return timing.serverTimeMs === null
    ? null
    : serverClockOffsetMs(timing.serverTimeMs, timing.sentAt, timing.receivedAt);
}

/**
 * Takes in a successful sync answer in ONE transaction: removes the sent
 * outbox entries that were not written again meanwhile, applies the pulled
 * changes by the merge rule, advances the device clock past every pulled
 * clock, and stores the new cursor. Because the cursor moves in the same
 * transaction as the data, an interrupted sync resumes without gaps or
 * duplicates.
 */
async function acceptAnswer(
  db: VeerkrachtDb,
  env: Environment,
  sent: SyncRecord[],
  answer: { cursor: number; changes: SyncRecord[] },
  offset: number | null,
): Promise<SyncRecord[]> {
  const tx = db.transaction(['records', 'outbox', 'meta', 'checks'], 'readwrite');
  const outbox = tx.objectStore('outbox');
  const records = tx.objectStore('records');
  const meta = tx.objectStore('meta');
  if (offset !== null) await meta.put(offset, 'clockOffset');
  for (const change of sent) {
    const current = await outbox.get(change.id);
    if (isAcknowledged(change.hlc, current?.hlc)) await outbox.delete(change.id);
  }
  const now = await correctedNow(tx, env);
  let clock = await deviceClock(tx, env);
  const applied: SyncRecord[] = [];
  for (const change of answer.changes) {
    const remote = parseHlc(change.hlc);
    if (!remote) continue; // The server validates clocks; a malformed one is skipped, never stored.
    clock = receiveHlc(clock, remote, now);
    const stored = await records.get(change.id);
    if (!shouldReplace(stored, change)) continue;
    await records.put(change);
    // Not read until this version has checked it (the app does, right after; or the next start).
    await tx.objectStore('checks').put({ id: change.id, hlc: change.hlc, by: '', ok: false });
    applied.push(change);
    // The server now holds a newer version than the one waiting here; sending ours would change nothing.
    const waiting = await outbox.get(change.id);
    if (waiting && waiting.hlc < change.hlc) await outbox.delete(change.id);
  }
  await meta.put(formatHlc(clock), 'hlc');
  await meta.put(answer.cursor, 'cursor');
  await tx.done;
  return applied;
}

/**
 * The server refused clocks from the future (this phone's clock is ahead):
 * gives those outbox entries, and the same versions in `records`, new clocks
 * from the server-corrected time, and winds the device clock back.
 */
async function restampFutureClocks(
  db: VeerkrachtDb,
  env: Environment,
  batch: SyncRecord[],
  positions: number[],
  offset: number | null,
): Promise<void> {
  const tx = db.transaction(['records', 'outbox', 'meta'], 'readwrite');
  const meta = tx.objectStore('meta');
  if (offset !== null) await meta.put(offset, 'clockOffset');
  const now = await correctedNow(tx, env);
  const ahead = new Set(positions);
  const toStamp: SyncRecord[] = [];
  for (const [index, sent] of batch.entries()) {
    const millis = parseHlc(sent.hlc)?.millis ?? 0;
    if (!ahead.has(index) && millis <= now) continue;
    const current = await tx.objectStore('outbox').get(sent.id);
    // Only the version that was sent; a newer write made meanwhile already has a fresh clock.
    if (current && current.hlc === sent.hlc) toStamp.push(current);
  }
  const { records, clock } = restampClocks(toStamp, await deviceClock(tx, env), now);
  for (const [index, record] of records.entries()) {
    const old = toStamp[index];
    const stored = old ? await tx.objectStore('records').get(record.id) : undefined;
    if (stored && old && stored.hlc === old.hlc) await tx.objectStore('records').put(record);
    await tx.objectStore('outbox').put(record);
  }
  await meta.put(formatHlc(clock), 'hlc');
  await tx.done;
}

/**
 * One full sync: pushes the outbox in batches of at most 500 (oldest first)
 * and pulls until the server says there is no more. On a `clock_ahead` refusal
 * it re-stamps the affected records and tries once more. Never throws for
 * network or server problems: the outcome says what went wrong, and the
 * outbox keeps everything that was not confirmed.
 */
export async function runSync(db: VeerkrachtDb, api: Api, env: Environment): Promise<SyncOutcome> {
  const applied: SyncRecord[] = [];
  const auth = await getMeta(db, 'auth');
  if (!auth) return { ok: false, failure: 'unauthorized', applied };
  let restamped = false;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const batch = syncBatches(await db.getAll('outbox'))[0] ?? [];
    const cursor = (await getMeta(db, 'cursor')) ?? 0;
    const result = await api.sync(auth.token, { cursor, changes: batch });
    if (!result.ok) {
      const positions =
        result.kind === 'http' && result.status === 400 ? clockAheadPositions(result.body.issues ?? []) : [];
      if (result.kind === 'http' && positions.length > 0 && !restamped) {
        restamped = true;
        await restampFutureClocks(db, env, batch, positions, offsetFrom(result.timing));
        continue;
      }
      const authProblem = authProblemOf(result);
      // A device that was signed out may be the lost one: it forgets the recovery code it kept, so whoever holds
      // it cannot read the code off the screen. The person has it written down; restoring stores it again.
      if (authProblem === 'revoked') await db.delete('meta', 'recoveryCode');
      return { ok: false, failure: failureOf(result), ...(authProblem ? { authProblem } : {}), applied };
    }
    const answer = result.value;
    applied.push(...(await acceptAnswer(db, env, batch, answer, offsetFrom(result.timing))));
    if (!answer.more && (await db.count('outbox')) === 0) return { ok: true, applied };
    // An outbox that did not shrink and a server with nothing more means entries that keep being
    // rewritten during the sync; they will go with the next sync instead of looping here.
    if (!answer.more && batch.length === 0) return { ok: true, applied };
  }
  return { ok: true, applied };
}

export type BackupFailure = 'offline' | 'failed';
export type RestoreFailure = 'invalid' | 'unknown' | 'rate_limited' | BackupFailure;

/** Turns backup on: the server makes an anonymous patient and a recovery code; everything local is queued. */
export async function turnOnBackup(
  db: VeerkrachtDb,
  api: Api,
  deviceName?: string,
): Promise<{ ok: true; recoveryCode: string } | { ok: false; failure: BackupFailure }> {
  const result = await api.createPatient(deviceName);
  if (!result.ok) return { ok: false, failure: result.kind === 'network' ? 'offline' : 'failed' };
  const { token, patientId, recoveryCode } = result.value;
  await link(db, { token, patientId, recoveryCode });
  return { ok: true, recoveryCode };
}

/** A new link, with a code that came from the person or the server: no renewal of an older link counts for it. */
async function link(db: VeerkrachtDb, value: { token: string; patientId: string; recoveryCode: string | null }) {
  await linkBackup(db, value);
  await db.delete('meta', 'recoveryCodeRenewedAt');
}

/**
 * Restores a backup onto this device: stores the token, starts pulling from
 * the beginning, and queues every local record so nothing that is only here
 * is lost. With `endOtherDevices` the server signs out every other device of
 * the backup. The caller then syncs.
 */
export async function restoreBackup(
  db: VeerkrachtDb,
  api: Api,
  typed: string,
  options: RestoreOptions = {},
): Promise<{ ok: true; endedDevices: number } | { ok: false; failure: RestoreFailure }> {
  if (normalizeRecoveryCode(typed) === null) return { ok: false, failure: 'invalid' };
  const recoveryCode = formatRecoveryCode(typed);
  const result = await api.restore(recoveryCode, options);
  if (!result.ok) {
    if (result.kind === 'network') return { ok: false, failure: 'offline' };
    if (result.status === 429) return { ok: false, failure: 'rate_limited' };
    if (result.status === 401 || result.status === 404) return { ok: false, failure: 'unknown' };
    if (result.status === 400) return { ok: false, failure: 'invalid' };
    return { ok: false, failure: 'failed' };
  }
  await link(db, { token: result.value.token, patientId: result.value.patientId, recoveryCode });
  // An older server does not say; it ended nothing then.
  return { ok: true, endedDevices: result.value.endedDevices ?? 0 };
}

/** Why a passkey did not restore or was not added: nothing changed on this device. */
export type PasskeyFailure = 'cancelled' | 'unknown' | 'rate_limited' | BackupFailure;

/**
 * Restores a backup with a passkey instead of the recovery code (decision
 * 0037): options from the server, the browser's answer (`sign`: the WebAuthn
 * dialog; it throws when cancelled or there is no passkey), then a new token
 * as with the code. This device keeps no copy of the recovery code then.
 */
export async function restoreBackupWithPasskey(
  db: VeerkrachtDb,
  api: Api,
  sign: (options: PasskeyRequestOptions) => Promise<PasskeyAnswer>,
  options: RestoreOptions = {},
): Promise<{ ok: true; endedDevices: number } | { ok: false; failure: PasskeyFailure }> {
  const asked = await api.passkeyRestoreOptions();
  if (!asked.ok) return { ok: false, failure: passkeyFailureOf(asked) };
  let answer: PasskeyAnswer;
  try {
    answer = await sign(asked.value.options);
  } catch {
    return { ok: false, failure: 'cancelled' };
  }
  const result = await api.restoreWithPasskey(asked.value.challengeId, answer, options);
  if (!result.ok) return { ok: false, failure: passkeyFailureOf(result) };
  await link(db, { token: result.value.token, patientId: result.value.patientId, recoveryCode: null });
  return { ok: true, endedDevices: result.value.endedDevices ?? 0 };
}

/** Adds a passkey to this device's backup (`create`: the WebAuthn dialog; it throws when cancelled). */
export async function addBackupPasskey(
  db: VeerkrachtDb,
  api: Api,
  create: (options: PasskeyCreationOptions) => Promise<PasskeyCreated>,
): Promise<{ ok: true } | { ok: false; failure: PasskeyFailure }> {
  const auth = await getMeta(db, 'auth');
  if (!auth) return { ok: false, failure: 'failed' };
  const asked = await api.passkeyOptions(auth.token);
  if (!asked.ok) return { ok: false, failure: passkeyFailureOf(asked) };
  let answer: PasskeyCreated;
  try {
    answer = await create(asked.value);
  } catch {
    return { ok: false, failure: 'cancelled' };
  }
  const result = await api.addPasskey(auth.token, answer);
  return result.ok ? { ok: true } : { ok: false, failure: passkeyFailureOf(result) };
}

function passkeyFailureOf(result: ApiResult<unknown> & { ok: false }): PasskeyFailure {
  if (result.kind === 'network') return 'offline';
  if (result.status === 429) return 'rate_limited';
  if (result.status === 401 || result.status === 400) return 'unknown';
  return 'failed';
}

/** Turns backup off on this device: the server revokes the token; local data stays. */
export async function turnOffBackup(
  db: VeerkrachtDb,
  api: Api,
): Promise<{ ok: true } | { ok: false; failure: BackupFailure }> {
  const auth = await getMeta(db, 'auth');
  if (auth) {
    const result = await api.revoke(auth.token);
    // 401: the token is already revoked or unknown, which is what we want.
    if (!result.ok && !(result.kind === 'http' && result.status === 401)) {
      return { ok: false, failure: result.kind === 'network' ? 'offline' : 'failed' };
    }
  }
  await unlinkBackup(db);
  return { ok: true };
}

/** What went wrong when managing devices: no connection, this device is signed out itself, or anything else. */
export type DevicesFailure = BackupFailure | 'signed_out';

function devicesFailureOf(result: Extract<ApiResult<unknown>, { ok: false }>): DevicesFailure {
  if (result.kind === 'network') return 'offline';
  return result.status === 401 ? 'signed_out' : 'failed';
}

export type DeviceItem = { id: string; name: string | null; createdAt: string; lastSeenAt: string; current: boolean };

/**
 * The devices that back up for this person, this one first. When the recovery
 * code was renewed on another device after this one got its copy, the copy
 * no longer works: it is forgotten here (`codeRenewedElsewhere`), so the app
 * never shows a code that fails.
 */
export async function listDevices(
  db: VeerkrachtDb,
  api: Api,
): Promise<
  { ok: true; devices: DeviceItem[]; codeRenewedElsewhere: boolean } | { ok: false; failure: DevicesFailure }
> {
  const auth = await getMeta(db, 'auth');
  if (!auth) return { ok: false, failure: 'signed_out' };
  const result = await api.listDevices(auth.token);
  if (!result.ok) return { ok: false, failure: devicesFailureOf(result) };
  const { devices, recoveryCodeRenewedAt } = result.value;
  const current = devices.find((device) => device.current);
  const renewedHere = await getMeta(db, 'recoveryCodeRenewedAt');
  // ISO 8601 UTC text from the server's clock compares as time. A device linked after the renewal got the new
  // code from the person; a device that renewed it itself knows the moment.
  const stale =
    recoveryCodeRenewedAt !== null &&
    current !== undefined &&
    recoveryCodeRenewedAt > current.createdAt &&
    recoveryCodeRenewedAt !== renewedHere;
  const kept = await getMeta(db, 'recoveryCode');
  if (stale && kept !== undefined) await db.delete('meta', 'recoveryCode');
  return { ok: true, devices, codeRenewedElsewhere: stale && kept !== undefined };
}

/** Signs out one of this person's devices. A device the server no longer knows counts as signed out. */
export async function endDevice(
  db: VeerkrachtDb,
  api: Api,
  deviceId: string,
): Promise<{ ok: true } | { ok: false; failure: DevicesFailure }> {
  const auth = await getMeta(db, 'auth');
  if (!auth) return { ok: false, failure: 'signed_out' };
  const result = await api.endDevice(auth.token, deviceId);
  if (result.ok || (result.kind === 'http' && result.status === 404)) return { ok: true };
  return { ok: false, failure: devicesFailureOf(result) };
}

/**
 * Asks the server for a new recovery code and keeps it on this device, as
 * when backup was turned on. The old code stops working at once; the other
 * devices stay signed in.
 */
export async function renewRecoveryCode(
  db: VeerkrachtDb,
  api: Api,
): Promise<{ ok: true; recoveryCode: string } | { ok: false; failure: DevicesFailure }> {
  const auth = await getMeta(db, 'auth');
  if (!auth) return { ok: false, failure: 'signed_out' };
  const result = await api.renewRecoveryCode(auth.token);
  if (!result.ok) return { ok: false, failure: devicesFailureOf(result) };
  const { recoveryCode, renewedAt } = result.value;
  const tx = db.transaction('meta', 'readwrite');
  await Promise.all([tx.store.put(recoveryCode, 'recoveryCode'), tx.store.put(renewedAt, 'recoveryCodeRenewedAt')]);
  await tx.done;
  return { ok: true, recoveryCode };
}

/** This browser's name for the list of devices; none outside a browser. */
export function thisDeviceName(): string | undefined {
  return typeof navigator === 'undefined' ? undefined : deviceNameFrom(navigator.userAgent);
}
