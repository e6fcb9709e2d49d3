import { RECORD_EXAMPLES } from '@veerkracht/contract';
import { formatHlc, RECORD, RECORD_TYPES, type RecordType, type SyncRecord, uuidv7 } from '@veerkracht/core';
import { describe, expect, it } from 'vitest';
import { snapshotOf } from '../app';
import { checkedRecordsOf } from '../records';
import type { VeerkrachtDb } from '../store/db';
import { countOutbox, getMeta, loadRecords } from '../store/device';
import { type RecordWrite, saveRecords } from '../store/store';
import { freshDb, testEnv } from '../testing/env';
import { TestServer } from '../testing/testServer';
import { createApi } from './api';
import { restoreBackup, runSync, turnOffBackup, turnOnBackup } from './syncClient';

async function device(server: TestServer) {
  const db = await freshDb();
  const env = testEnv();
  return { db, env, api: createApi(server.fetch, env.now) };
}

async function tokenOf(db: VeerkrachtDb): Promise<string> {
  const auth = await getMeta(db, 'auth');
  if (!auth) throw new Error('backup is not on for this device');
  return auth.token;
}

const byId = (records: readonly SyncRecord[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));

/** The contract's example of `type`, as a write. */
function exampleWrite(type: RecordType): RecordWrite {
  // RecordWrite pairs each type with its data; for a type only known at run time TypeScript cannot see the pair.
  return { type, data: RECORD_EXAMPLES[type] } as RecordWrite;
}

describe('records through the real server', () => {
  it('takes one record of every type from one device to another unchanged', async () => {
    const server = await TestServer.start();
    const first = await device(server);
    const saved = await saveRecords(first.db, RECORD_TYPES.map(exampleWrite), first.env);
    const on = await turnOnBackup(first.db, first.api);
    expect(await runSync(first.db, first.api, first.env)).toEqual({ ok: true, applied: [] });

    const second = await device(server);
    expect(await restoreBackup(second.db, second.api, on.ok ? on.recoveryCode : '')).toEqual({
      ok: true,
      endedDevices: 0,
    });
    const outcome = await runSync(second.db, second.api, second.env);
    expect(outcome.ok && byId(outcome.applied)).toEqual(byId(saved));
    // Stored as pulled, each waiting for this version's check (in the pull's own transaction).
    expect((await second.db.getAll('checks')).map((check) => check.by)).toEqual(RECORD_TYPES.map(() => ''));
    const loaded = await loadRecords(second.db);
    expect(byId(loaded.all)).toEqual(byId(saved));
    expect(await second.db.count('checks')).toBe(0);
    expect(byId(await server.recordsOf(await tokenOf(first.db)))).toEqual(byId(saved));
    // Pulled records are checked when they first load on the second device, and read from then on.
    for (const type of RECORD_TYPES) {
      expect(checkedRecordsOf(snapshotOf(loaded), type).map((record) => record.data)).toEqual([RECORD_EXAMPLES[type]]);
    }
  });

  it('passes a field from a newer app through the server and an older device unchanged', async () => {
    const server = await TestServer.start();
    // A newer app wrote a check-in with a field this version does not know (it writes strictly, so put it directly).
    const newer = await device(server);
    const on = await turnOnBackup(newer.db, newer.api);
    const record: SyncRecord = {
      id: uuidv7(newer.env.time, new Uint8Array(10).fill(7)),
      type: 'checkin',
      data: { ...RECORD_EXAMPLES.checkin, mood: 'calm' },
      hlc: formatHlc({ millis: newer.env.time, counter: 0, node: 'aaaaaaaaaaaaaaaa' }),
      deleted: false,
    };
    await newer.db.put('records', record);
    await newer.db.put('outbox', record);
    expect(await runSync(newer.db, newer.api, newer.env)).toEqual({ ok: true, applied: [] });
    expect(await server.recordsOf(await tokenOf(newer.db))).toEqual([record]);

    // This (older) app stores it whole, and reads it without the field it does not know.
    const older = await device(server);
    await restoreBackup(older.db, older.api, on.ok ? on.recoveryCode : '');
    await runSync(older.db, older.api, older.env);
    const loaded = await loadRecords(older.db);
    expect(loaded.all).toEqual([record]);
    expect(checkedRecordsOf(snapshotOf(loaded), RECORD.checkIn)).toEqual([
      { id: record.id, hlc: record.hlc, data: RECORD_EXAMPLES.checkin },
    ]);

    // Sent again (backup turned off and on: everything on the phone is queued), it reaches the server unchanged.
    await turnOffBackup(older.db, older.api);
    await turnOnBackup(older.db, older.api);
    expect(await countOutbox(older.db)).toBe(1);
    expect(await runSync(older.db, older.api, older.env)).toMatchObject({ ok: true });
    expect(await server.recordsOf(await tokenOf(older.db))).toEqual([record]);
  });
});
