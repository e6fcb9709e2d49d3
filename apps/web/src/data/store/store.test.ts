import { parseHlc } from '@veerkracht/core';
import { describe, expect, it } from 'vitest';
import { freshDb, testEnv } from '../testing/env';
import { countOutbox, ensureDevice, getMeta, loadRecords, unlinkBackup } from './device';
import { linkBackup, saveCheckIn } from './store';

describe('saving a check-in on the device', () => {
  it('stores the record, its outbox entry and the advanced clock together', async () => {
    const db = await freshDb();
    const env = testEnv();
    const record = await saveCheckIn(db, { date: '2026-11-25', pain: 4 }, env);
    expect(await db.get('records', record.id)).toEqual(record);
    expect(await db.get('outbox', record.id)).toEqual(record);
    expect(await getMeta(db, 'hlc')).toBe(record.hlc);
    expect(record).toMatchObject({ type: 'checkin', deleted: false, data: { date: '2026-11-25', pain: 4 } });
    expect(parseHlc(record.hlc)?.millis).toBe(env.time);
  });

  it('updates the same record when a day is edited, and keeps only the latest version in the outbox', async () => {
    const db = await freshDb();
    const env = testEnv();
    const first = await saveCheckIn(db, { date: '2026-11-25', pain: 4 }, env);
    const second = await saveCheckIn(db, { date: '2026-11-25', pain: 6 }, env);
    expect(second.id).toBe(first.id);
    expect(second.hlc > first.hlc).toBe(true);
    expect((await loadRecords(db)).all).toEqual([second]);
    expect(await db.getAll('outbox')).toEqual([second]);
  });

  it('makes one record per day', async () => {
    const db = await freshDb();
    const env = testEnv();
    await saveCheckIn(db, { date: '2026-11-24', pain: 3 }, env);
    await saveCheckIn(db, { date: '2026-11-25', pain: 5 }, env);
    expect((await loadRecords(db)).all).toHaveLength(2);
  });

  it('keeps clocks increasing when the phone clock jumps back', async () => {
    const db = await freshDb();
    const env = testEnv();
    const first = await saveCheckIn(db, { date: '2026-11-24', pain: 3 }, env);
    env.time -= 60_000;
    const second = await saveCheckIn(db, { date: '2026-11-25', pain: 5 }, env);
    expect(second.hlc > first.hlc).toBe(true);
  });

  it('keeps one device node id for all its clocks', async () => {
    const db = await freshDb();
    const env = testEnv();
    const a = await saveCheckIn(db, { date: '2026-11-24', pain: 3 }, env);
    const b = await saveCheckIn(db, { date: '2026-11-25', pain: 5 }, env);
    expect(parseHlc(a.hlc)?.node).toBe(await getMeta(db, 'node'));
    expect(parseHlc(b.hlc)?.node).toBe(parseHlc(a.hlc)?.node);
  });

  it('uses the server-corrected time for new clocks', async () => {
    const db = await freshDb();
    const env = testEnv();
    await db.put('meta', 5_000, 'clockOffset');
    const record = await saveCheckIn(db, { date: '2026-11-25', pain: 5 }, env);
    expect(parseHlc(record.hlc)?.millis).toBe(env.time + 5_000);
  });
});

describe('the outbox while backup is off', () => {
  it('queues writes before backup is on, so turning it on later sends them', async () => {
    const db = await freshDb();
    const env = testEnv();
    await saveCheckIn(db, { date: '2026-11-24', pain: 3 }, env);
    await saveCheckIn(db, { date: '2026-11-25', pain: 5 }, env);
    expect(await countOutbox(db)).toBe(2);
  });

  it('queues every local record when backup is linked, also ones no longer in the outbox', async () => {
    const db = await freshDb();
    const env = testEnv();
    const record = await saveCheckIn(db, { date: '2026-11-25', pain: 5 }, env);
    await db.clear('outbox');
    await linkBackup(db, { token: 't', patientId: 'p', recoveryCode: 'c' });
    expect(await db.getAll('outbox')).toEqual([record]);
    expect(await getMeta(db, 'cursor')).toBe(0);
    expect(await getMeta(db, 'auth')).toEqual({ token: 't', patientId: 'p' });
  });

  it('keeps records and outbox when backup is unlinked', async () => {
    const db = await freshDb();
    const env = testEnv();
    await saveCheckIn(db, { date: '2026-11-25', pain: 5 }, env);
    await linkBackup(db, { token: 't', patientId: 'p', recoveryCode: 'c' });
    await unlinkBackup(db);
    expect(await getMeta(db, 'auth')).toBeUndefined();
    expect(await getMeta(db, 'recoveryCode')).toBeUndefined();
    expect((await loadRecords(db)).all).toHaveLength(1);
    expect(await countOutbox(db)).toBe(1);
  });
});

describe('the device identity', () => {
  it('is made once at start-up and then kept', async () => {
    const db = await freshDb();
    const env = testEnv();
    await ensureDevice(db, env);
    const node = await getMeta(db, 'node');
    expect(node).toMatch(/^[0-9a-f]{16}$/);
    await ensureDevice(db, env);
    expect(await getMeta(db, 'node')).toBe(node);
    const record = await saveCheckIn(db, { date: '2026-11-25', pain: 1 }, env);
    expect(parseHlc(record.hlc)?.node).toBe(node);
  });
});
