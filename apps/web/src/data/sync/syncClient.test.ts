import { MAX_CHANGES_PER_PUSH, PULL_PAGE_SIZE } from '@veerkracht/contract';
import { addDays, formatHlc, parseHlc, type SyncRecord, uuidv7 } from '@veerkracht/core';
import { describe, expect, it } from 'vitest';
import type { VeerkrachtDb } from '../store/db';
import { countOutbox, getMeta, loadRecords } from '../store/device';
import { saveCheckIn } from '../store/store';
import { freshDb, testEnv } from '../testing/env';
import { TestServer } from '../testing/testServer';
import { createApi } from './api';
import {
  endDevice,
  listDevices,
  renewRecoveryCode,
  restoreBackup,
  restoreBackupWithPasskey,
  runSync,
  turnOffBackup,
  turnOnBackup,
} from './syncClient';

async function device(server: TestServer, startMs?: number) {
  const db = await freshDb();
  const env = testEnv(startMs);
  const api = createApi(server.fetch, env.now);
  return { db, env, api };
}

function remoteCheckIn(date: string, pain: number, millis: number, node = 'ffffffffffffffff'): SyncRecord {
  return {
    id: uuidv7(millis, new Uint8Array(10).fill(pain)),
    type: 'checkin',
    data: { date, pain },
    hlc: formatHlc({ millis, counter: 0, node }),
    deleted: false,
  };
}

async function tokenOf(db: VeerkrachtDb): Promise<string> {
  const auth = await getMeta(db, 'auth');
  if (!auth) throw new Error('backup is not on for this device');
  return auth.token;
}

function syncRequests(server: TestServer) {
  return server.requests.filter((request) => request.path === '/sync');
}

describe('pushing the outbox', () => {
  it('sends what was saved before backup was on, then empties the outbox', async () => {
    const server = await TestServer.start();
    const { db, env, api } = await device(server);
    await saveCheckIn(db, { date: '2026-11-24', pain: 3 }, env);
    await saveCheckIn(db, { date: '2026-11-25', pain: 5 }, env);
    await turnOnBackup(db, api);
    expect(await runSync(db, api, env)).toEqual({ ok: true, applied: [] });
    expect(await countOutbox(db)).toBe(0);
    expect(await server.recordsOf(await tokenOf(db))).toHaveLength(2);
    expect(await getMeta(db, 'cursor')).toBe(2);
  });

  it('sends at most the protocol limit of changes per request', async () => {
    const server = await TestServer.start();
    const { db, env, api } = await device(server);
    await turnOnBackup(db, api);
    const tx = db.transaction('outbox', 'readwrite');
    const total = 2 * MAX_CHANGES_PER_PUSH + 201;
    for (let i = 0; i < total; i++) {
      const record = remoteCheckIn('2026-11-25', i % 11, env.time - 10_000 + i, '0123456789abcdef');
      await tx.store.put({ ...record, id: uuidv7(env.time + i, new Uint8Array(10).fill(i % 256)) });
    }
    await tx.done;
    expect((await runSync(db, api, env)).ok).toBe(true);
    const sizes = syncRequests(server).map((r) => (r.body as { changes: unknown[] }).changes.length);
    expect(sizes).toEqual([MAX_CHANGES_PER_PUSH, MAX_CHANGES_PER_PUSH, 201]);
    expect(await countOutbox(db)).toBe(0);
    expect(await server.recordsOf(await tokenOf(db))).toHaveLength(total);
  });

  it('keeps a write made while the push was under way, and sends it next time', async () => {
    const server = await TestServer.start();
    const { db, env, api } = await device(server);
    await turnOnBackup(db, api);
    await saveCheckIn(db, { date: '2026-11-25', pain: 3 }, env);
    let edited: SyncRecord | undefined;
    server.intercept = async (path) => {
      if (path === '/sync' && !edited) {
        env.time += 1_000;
        edited = await saveCheckIn(db, { date: '2026-11-25', pain: 7 }, env);
      }
      return undefined;
    };
    await runSync(db, api, env);
    // The edit either stayed queued or went in the same sync; either way the server ends with it.
    server.intercept = undefined;
    await runSync(db, api, env);
    expect(await countOutbox(db)).toBe(0);
    const [onServer] = await server.recordsOf(await tokenOf(db));
    expect(onServer?.data).toEqual({ date: '2026-11-25', pain: 7 });
    expect(onServer?.hlc).toBe(edited?.hlc);
  });

  it('does not remove an outbox entry that changed while its push was on the wire', async () => {
    const server = await TestServer.start();
    const { db, env, api } = await device(server);
    await turnOnBackup(db, api);
    await saveCheckIn(db, { date: '2026-11-25', pain: 3 }, env);
    let calls = 0;
    server.intercept = async (path) => {
      calls += 1;
      if (path === '/sync' && calls === 1) await saveCheckIn(db, { date: '2026-11-25', pain: 8 }, env);
      // Cut the second request so the outbox can be looked at between the two.
      if (calls === 2) throw new TypeError('Failed to fetch');
      return undefined;
    };
    const outcome = await runSync(db, api, env);
    expect(outcome).toMatchObject({ ok: false, failure: 'network' });
    const [waiting] = await db.getAll('outbox');
    expect(waiting?.data).toEqual({ date: '2026-11-25', pain: 8 });
  });
});

describe('pulling changes', () => {
  it('drops a waiting write when the pull brings a newer version of the same record from another device', async () => {
    const server = await TestServer.start();
    const { db, env, api } = await device(server);
    await turnOnBackup(db, api);
    const local = await saveCheckIn(db, { date: '2026-11-25', pain: 2 }, env);
    const newer = { ...remoteCheckIn('2026-11-25', 9, env.time + 60_000), id: local.id };
    await server.push(await tokenOf(db), [newer]);
    let calls = 0;
    server.intercept = async (path) => {
      calls += 1;
      // Written while the push was on the wire: still older than the other device's version.
      if (path === '/sync' && calls === 1) await saveCheckIn(db, { date: '2026-11-25', pain: 8 }, env);
      return undefined;
    };
    const outcome = await runSync(db, api, env);
    expect(outcome).toMatchObject({ ok: true, applied: [newer] });
    expect((await loadRecords(db)).all).toEqual([newer]);
    expect(await countOutbox(db)).toBe(0);
    // Dropped, not sent again only to be refused as older.
    const pushed = syncRequests(server).flatMap((request) => (request.body as { changes: SyncRecord[] }).changes);
    expect(pushed.map((change) => change.data)).toEqual([{ date: '2026-11-25', pain: 2 }]);
  });

  it('takes in a pull of more records than one page, each once, with the cursor and clock moved past them', async () => {
    const server = await TestServer.start();
    const { db, env, api } = await device(server);
    await turnOnBackup(db, api);
    const year = Array.from({ length: PULL_PAGE_SIZE + 20 }, (_, day) =>
      remoteCheckIn(addDays('2024-01-01', day), day % 11, env.time + 1_000 + day),
    );
    for (let start = 0; start < year.length; start += MAX_CHANGES_PER_PUSH) {
      await server.push(await tokenOf(db), year.slice(start, start + MAX_CHANGES_PER_PUSH));
    }
    const outcome = await runSync(db, api, env);
    expect(outcome.ok).toBe(true);
    expect(outcome.applied).toHaveLength(year.length);
    // Each waits for its check; reading them checks them, and a record that passes keeps no row.
    expect(await db.count('checks')).toBe(year.length);
    expect((await loadRecords(db)).checked).toHaveLength(year.length);
    expect(await db.count('checks')).toBe(0);
    expect(await getMeta(db, 'cursor')).toBeGreaterThanOrEqual(year.length);
    const local = await saveCheckIn(db, { date: '2026-11-25', pain: 2 }, env);
    expect(year.every((record) => record.hlc < local.hlc)).toBe(true);
  });
  it('applies newer changes from another device and advances the device clock past them', async () => {
    const server = await TestServer.start();
    const { db, env, api } = await device(server);
    await turnOnBackup(db, api);
    const remote = remoteCheckIn('2026-11-24', 6, env.time + 30_000);
    await server.push(await tokenOf(db), [remote]);
    const outcome = await runSync(db, api, env);
    expect(outcome).toEqual({ ok: true, applied: [remote] });
    expect((await loadRecords(db)).all).toEqual([remote]);
    const local = await saveCheckIn(db, { date: '2026-11-25', pain: 2 }, env);
    expect(local.hlc > remote.hlc).toBe(true);
  });

  it('keeps the local version when the pulled one is older', async () => {
    const server = await TestServer.start();
    const { db, env, api } = await device(server);
    await turnOnBackup(db, api);
    const local = await saveCheckIn(db, { date: '2026-11-25', pain: 2 }, env);
    const older = { ...remoteCheckIn('2026-11-25', 9, env.time - 60_000), id: local.id };
    // The server holds an older version; our push replaces it, and the pull brings ours back unchanged.
    await server.push(await tokenOf(db), [older]);
    await runSync(db, api, env);
    expect((await loadRecords(db)).all).toEqual([local]);
    expect(await server.recordsOf(await tokenOf(db))).toEqual([local]);
  });

  it('pulls page after page until the server has no more', async () => {
    const server = await TestServer.start();
    const { db, env, api } = await device(server);
    await turnOnBackup(db, api);
    const total = PULL_PAGE_SIZE + 5;
    const remote = Array.from({ length: total }, (_, i) => ({
      ...remoteCheckIn('2026-11-20', i % 11, env.time - 100_000 + i),
      id: uuidv7(env.time - 100_000 + i, new Uint8Array(10).fill(i % 256)),
    }));
    await server.push(await tokenOf(db), remote);
    const outcome = await runSync(db, api, env);
    expect(outcome.ok && outcome.applied).toHaveLength(total);
    expect(syncRequests(server).map((r) => (r.body as { cursor: number }).cursor)).toEqual([0, PULL_PAGE_SIZE]);
    expect(await getMeta(db, 'cursor')).toBe(total);
    expect((await loadRecords(db)).all).toHaveLength(total);
  });

  it('keeps the server clock offset from serverTime and uses it for new clocks', async () => {
    const server = await TestServer.start();
    const { db, env, api } = await device(server);
    server.nowMs = env.time + 120_000;
    await turnOnBackup(db, api);
    await runSync(db, api, env);
    expect(await getMeta(db, 'clockOffset')).toBe(120_000);
    const record = await saveCheckIn(db, { date: '2026-11-25', pain: 2 }, env);
    expect(parseHlc(record.hlc)?.millis).toBe(env.time + 120_000);
  });
});

describe('a phone clock that is far ahead', () => {
  it('re-stamps the refused records with the server-corrected time and sends them again once', async () => {
    const server = await TestServer.start();
    const serverNow = server.nowMs;
    const { db, env, api } = await device(server, serverNow + 3 * 3_600_000);
    const ahead = await saveCheckIn(db, { date: '2026-11-25', pain: 4 }, env);
    await turnOnBackup(db, api);
    const outcome = await runSync(db, api, env);
    expect(outcome.ok).toBe(true);
    // The server refused the first push with clock_ahead, and took the re-stamped one.
    expect(syncRequests(server)).toHaveLength(2);
    const [stored] = await server.recordsOf(await tokenOf(db));
    expect(stored?.id).toBe(ahead.id);
    expect(parseHlc(stored?.hlc)?.millis).toBeLessThanOrEqual(serverNow + 3_600_000);
    // The device record carries the same new clock, and later writes follow it.
    expect((await loadRecords(db)).all[0]?.hlc).toBe(stored?.hlc);
    expect(await countOutbox(db)).toBe(0);
  });

  it('gives up after one retry and keeps the outbox', async () => {
    const server = await TestServer.start();
    const { db, env, api } = await device(server);
    await turnOnBackup(db, api);
    await saveCheckIn(db, { date: '2026-11-25', pain: 4 }, env);
    // A server whose clock stays behind whatever the phone does: only the wire can say that on demand.
    const refusal = {
      error: 'invalid_request',
      message: 'ahead',
      issues: [{ field: 'changes.0.hlc', code: 'clock_ahead' }],
    };
    server.intercept = (path) => (path === '/sync' ? Response.json(refusal, { status: 400 }) : undefined);
    expect(await runSync(db, api, env)).toMatchObject({ ok: false, failure: 'rejected' });
    expect(syncRequests(server)).toHaveLength(2);
    expect(await countOutbox(db)).toBe(1);
  });
});

describe('when sync fails', () => {
  it('keeps the outbox on a network error', async () => {
    const server = await TestServer.start();
    const { db, env, api } = await device(server);
    await turnOnBackup(db, api);
    await saveCheckIn(db, { date: '2026-11-25', pain: 4 }, env);
    server.offline = true;
    expect(await runSync(db, api, env)).toMatchObject({ ok: false, failure: 'network' });
    expect(await countOutbox(db)).toBe(1);
  });

  it('keeps the outbox when the server refuses the data', async () => {
    const server = await TestServer.start();
    const { db, env, api } = await device(server);
    await turnOnBackup(db, api);
    // A record this app would never write (pain 11), as a broken older version might have queued it.
    await db.put('outbox', remoteCheckIn('2026-11-25', 11, env.time, '0123456789abcdef'));
    expect(await runSync(db, api, env)).toMatchObject({ ok: false, failure: 'rejected' });
    expect(await countOutbox(db)).toBe(1);
    expect(await server.recordsOf(await tokenOf(db))).toEqual([]);
  });

  it('says unauthorized when the token was revoked, and keeps the outbox', async () => {
    const server = await TestServer.start();
    const { db, env, api } = await device(server);
    await turnOnBackup(db, api);
    await saveCheckIn(db, { date: '2026-11-25', pain: 4 }, env);
    await server.revoke(await tokenOf(db));
    expect(await runSync(db, api, env)).toMatchObject({ ok: false, failure: 'unauthorized' });
    expect(await countOutbox(db)).toBe(1);
  });

  it('calls a server error a server failure', async () => {
    const server = await TestServer.start();
    const { db, env, api } = await device(server);
    await turnOnBackup(db, api);
    // A proxy in front of the server that is down.
    server.intercept = () => new Response('oops', { status: 503 });
    expect(await runSync(db, api, env)).toMatchObject({ ok: false, failure: 'server' });
  });
});

describe('restoring a backup on a second device', () => {
  it('pulls the backup and sends what was only on the second device', async () => {
    const server = await TestServer.start();
    const first = await device(server);
    await saveCheckIn(first.db, { date: '2026-11-24', pain: 3 }, first.env);
    const on = await turnOnBackup(first.db, first.api);
    await runSync(first.db, first.api, first.env);
    const second = await device(server);
    await saveCheckIn(second.db, { date: '2026-11-25', pain: 6 }, second.env);
    expect(on.ok).toBe(true);
    const code = on.ok ? on.recoveryCode : '';
    expect(await restoreBackup(second.db, second.api, code.toLowerCase().replaceAll('-', ' '))).toEqual({
      ok: true,
      endedDevices: 0,
    });
    expect(await getMeta(second.db, 'recoveryCode')).toBe(code);
    await runSync(second.db, second.api, second.env);
    const days = (await loadRecords(second.db)).all.map((r) => (r.data as { date: string }).date).sort();
    expect(days).toEqual(['2026-11-24', '2026-11-25']);
    await runSync(first.db, first.api, first.env);
    expect((await loadRecords(first.db)).all).toHaveLength(2);
  });

  it('does not send text that cannot be a recovery code', async () => {
    const server = await TestServer.start();
    const { db, api } = await device(server);
    expect(await restoreBackup(db, api, 'hello')).toEqual({ ok: false, failure: 'invalid' });
    expect(server.requests).toHaveLength(0);
  });

  it('names an unknown code, a rate limit and being offline', async () => {
    const server = await TestServer.start({ rateLimits: { restore: { max: 1, timeWindowMs: 60_000 } } });
    const { db, api } = await device(server);
    const code = '7K3M-Q9XD-2F8H-W0PZ-R5TN';
    expect(await restoreBackup(db, api, code)).toEqual({ ok: false, failure: 'unknown' });
    expect(await restoreBackup(db, api, code)).toEqual({ ok: false, failure: 'rate_limited' });
    server.offline = true;
    expect(await restoreBackup(db, api, code)).toEqual({ ok: false, failure: 'offline' });
    expect(await getMeta(db, 'auth')).toBeUndefined();
  });
});

describe('restoring with a passkey', () => {
  it('changes nothing when the person cancels the passkey dialog', async () => {
    const server = await TestServer.start();
    const { db, api } = await device(server);
    const result = await restoreBackupWithPasskey(db, api, async () => {
      throw new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError');
    });
    expect(result).toEqual({ ok: false, failure: 'cancelled' });
    expect(await getMeta(db, 'auth')).toBeUndefined();
    expect(server.requests.map((request) => request.path)).toEqual(['/restore/passkey/options']);
  });

  it('names a passkey the server does not know, and being offline, without linking', async () => {
    const server = await TestServer.start();
    const { db, api } = await device(server);
    const stranger = async () => ({
      id: 'AAAAAAAAAAAAAAAAAAAAAA',
      rawId: 'AAAAAAAAAAAAAAAAAAAAAA',
      type: 'public-key' as const,
      response: { clientDataJSON: 'e30', authenticatorData: 'AA', signature: 'AA' },
      clientExtensionResults: {},
    });
    expect(await restoreBackupWithPasskey(db, api, stranger)).toEqual({ ok: false, failure: 'unknown' });
    server.offline = true;
    expect(await restoreBackupWithPasskey(db, api, stranger)).toEqual({ ok: false, failure: 'offline' });
    expect(await getMeta(db, 'auth')).toBeUndefined();
  });
});

describe('turning backup off', () => {
  it('revokes the token and keeps every record on the device', async () => {
    const server = await TestServer.start();
    const { db, env, api } = await device(server);
    await saveCheckIn(db, { date: '2026-11-25', pain: 4 }, env);
    await turnOnBackup(db, api);
    await runSync(db, api, env);
    const token = await tokenOf(db);
    expect(await turnOffBackup(db, api)).toEqual({ ok: true });
    expect(await server.accepts(token)).toBe(false);
    expect(await getMeta(db, 'auth')).toBeUndefined();
    expect((await loadRecords(db)).all).toHaveLength(1);
  });

  it('stays on when the phone is offline, so the token is not left valid on the server', async () => {
    const server = await TestServer.start();
    const { db, api } = await device(server);
    await turnOnBackup(db, api);
    server.offline = true;
    expect(await turnOffBackup(db, api)).toEqual({ ok: false, failure: 'offline' });
    expect(await getMeta(db, 'auth')).toBeDefined();
    expect(await server.accepts(await tokenOf(db))).toBe(true);
  });

  it('sends everything again when backup is turned on afterwards', async () => {
    const server = await TestServer.start();
    const { db, env, api } = await device(server);
    await saveCheckIn(db, { date: '2026-11-25', pain: 4 }, env);
    await turnOnBackup(db, api);
    await runSync(db, api, env);
    await turnOffBackup(db, api);
    await turnOnBackup(db, api);
    await runSync(db, api, env);
    expect(await server.recordsOf(await tokenOf(db))).toHaveLength(1);
  });
});

describe('the devices of a backup', () => {
  async function twoDevices() {
    const server = await TestServer.start();
    const first = await device(server);
    const turnedOn = await turnOnBackup(first.db, first.api, 'Android · Chrome');
    if (!turnedOn.ok) throw new Error('backup did not turn on');
    const second = await device(server);
    expect(
      await restoreBackup(second.db, second.api, turnedOn.recoveryCode, { deviceName: 'iPhone · Safari' }),
    ).toEqual({ ok: true, endedDevices: 0 });
    return { server, first, second, code: turnedOn.recoveryCode };
  }

  it('lists both devices by name, this one first', async () => {
    const { first } = await twoDevices();
    const listed = await listDevices(first.db, first.api);
    expect(listed).toMatchObject({
      ok: true,
      codeRenewedElsewhere: false,
      devices: [
        { name: 'Android · Chrome', current: true },
        { name: 'iPhone · Safari', current: false },
      ],
    });
  });

  it('ends the other device: its next sync is refused as revoked, and it forgets the recovery code it kept', async () => {
    const { first, second } = await twoDevices();
    await saveCheckIn(second.db, { date: '2026-11-25', pain: 4 }, second.env);
    const listed = await listDevices(first.db, first.api);
    const other = listed.ok ? listed.devices.find((item) => !item.current) : undefined;
    expect(await endDevice(first.db, first.api, other?.id ?? '')).toEqual({ ok: true });
    const outcome = await runSync(second.db, second.api, second.env);
    expect(outcome).toMatchObject({ ok: false, failure: 'unauthorized', authProblem: 'revoked' });
    expect(await getMeta(second.db, 'recoveryCode')).toBeUndefined();
    // Nothing on the signed-out device is lost: the check-in still waits to be sent.
    expect(await countOutbox(second.db)).toBe(1);
    expect((await loadRecords(second.db)).all).toHaveLength(1);
    expect((await runSync(first.db, first.api, first.env)).ok).toBe(true);
  });

  it('restores with "end other devices": every other device is signed out', async () => {
    const { server, first, second, code } = await twoDevices();
    const third = await device(server);
    expect(await restoreBackup(third.db, third.api, code, { endOtherDevices: true })).toEqual({
      ok: true,
      endedDevices: 2,
    });
    for (const other of [first, second]) {
      expect(await runSync(other.db, other.api, other.env)).toMatchObject({ authProblem: 'revoked' });
    }
    expect((await runSync(third.db, third.api, third.env)).ok).toBe(true);
  });

  it('renews the recovery code: kept here, the old one fails, and the other device drops its old copy', async () => {
    const { server, first, second, code } = await twoDevices();
    server.nowMs += 60_000;
    const renewed = await renewRecoveryCode(first.db, first.api);
    if (!renewed.ok) throw new Error('not renewed');
    expect(renewed.recoveryCode).not.toBe(code);
    expect(await getMeta(first.db, 'recoveryCode')).toBe(renewed.recoveryCode);
    // This device renewed it itself, so it keeps the new code when it looks at the list.
    expect(await listDevices(first.db, first.api)).toMatchObject({ ok: true, codeRenewedElsewhere: false });
    expect(await getMeta(first.db, 'recoveryCode')).toBe(renewed.recoveryCode);
    expect(await listDevices(second.db, second.api)).toMatchObject({ ok: true, codeRenewedElsewhere: true });
    expect(await getMeta(second.db, 'recoveryCode')).toBeUndefined();

    const third = await device(server);
    expect(await restoreBackup(third.db, third.api, code)).toEqual({ ok: false, failure: 'unknown' });
    expect(await restoreBackup(third.db, third.api, renewed.recoveryCode)).toMatchObject({ ok: true });
    // Linked after the renewal, with the new code: that code is current.
    expect(await listDevices(third.db, third.api)).toMatchObject({ ok: true, codeRenewedElsewhere: false });
    expect(await getMeta(third.db, 'recoveryCode')).toBe(renewed.recoveryCode);
  });

  it('says expired after half a year without use, keeps everything, and the recovery code links the device again', async () => {
    const server = await TestServer.start();
    const { db, env, api } = await device(server);
    const turnedOn = await turnOnBackup(db, api);
    if (!turnedOn.ok) throw new Error('backup did not turn on');
    expect((await runSync(db, api, env)).ok).toBe(true);
    const days181 = 181 * 24 * 60 * 60 * 1000;
    server.nowMs += days181;
    env.time += days181;
    await saveCheckIn(db, { date: '2027-05-25', pain: 2 }, env);
    expect(await runSync(db, api, env)).toMatchObject({ ok: false, failure: 'unauthorized', authProblem: 'expired' });
    expect(await countOutbox(db)).toBe(1);
    // Not signed out by anyone: the code stays, so the person can look it up and type it.
    expect(await getMeta(db, 'recoveryCode')).toBe(turnedOn.recoveryCode);
    expect(await restoreBackup(db, api, turnedOn.recoveryCode)).toMatchObject({ ok: true });
    expect((await runSync(db, api, env)).ok).toBe(true);
    expect(await server.recordsOf(await tokenOf(db))).toHaveLength(1);
  });

  it('names being offline, and a device that is itself signed out', async () => {
    const { server, first, second } = await twoDevices();
    server.offline = true;
    expect(await listDevices(first.db, first.api)).toEqual({ ok: false, failure: 'offline' });
    expect(await renewRecoveryCode(first.db, first.api)).toEqual({ ok: false, failure: 'offline' });
    server.offline = false;
    await turnOffBackup(second.db, second.api);
    const fresh = await device(server);
    expect(await listDevices(fresh.db, fresh.api)).toEqual({ ok: false, failure: 'signed_out' });
    const revokedList = await listDevices(first.db, first.api);
    expect(revokedList.ok && revokedList.devices).toHaveLength(1);
  });
});
