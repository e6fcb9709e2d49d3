import { RECORD, type SyncRecord } from '@veerkracht/core';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { freshDb, testEnv } from '../testing/env';
import { openVeerkrachtDb } from './db';
import { loadRecords } from './device';
import { RECORD_RULES } from './recordRules';
import { saveCheckIn, saveRecords } from './store';

// docs/architecture.md, "Checked once, read many times": each record is checked when it enters the device, the check
// is stored beside it, and loading reads the checked copies without checking again.

const HLC = '0001764072000000-0000-aaaaaaaaaaaaaaaa';

/** A record put straight into the database, as a pull or an older version of the app leaves it: not checked. */
function unchecked(data: unknown, id = '01935f4e-0000-7000-8000-000000000001', hlc = HLC): SyncRecord {
  return { id, type: RECORD.checkIn, data, hlc, deleted: false };
}

describe('the checks of stored records', () => {
  it('stores a passed check with every save, in the same transaction', async () => {
    const db = await freshDb();
    const env = testEnv();
    const checkIn = await saveCheckIn(db, { date: '2026-11-25', pain: 4 }, env);
    const [concern] = await saveRecords(
      db,
      [{ type: RECORD.concern, data: { at: '2026-11-25T10:00:00Z', text: 'Mijn been tintelt' } }],
      env,
    );
    for (const record of [checkIn, concern]) {
      expect(await db.get('checks', record?.id ?? '')).toEqual({
        id: record?.id,
        hlc: record?.hlc,
        by: RECORD_RULES,
        ok: true,
      });
    }
    expect((await loadRecords(db)).checked).toEqual((await loadRecords(db)).all);
  });

  it('checks a record no check covers when loading, and stores that check for the next start', async () => {
    const db = await freshDb();
    const good = unchecked({ date: '2026-11-25', pain: 4 });
    const bad = unchecked({ date: '2026-11-24', pain: 'veel' }, '01935f4e-0000-7000-8000-000000000002');
    await db.put('records', good);
    await db.put('records', bad);
    const loaded = await loadRecords(db);
    expect(loaded.all).toHaveLength(2);
    expect(loaded.checked).toEqual([good]);
    expect(await db.get('checks', good.id)).toEqual({ id: good.id, hlc: HLC, by: RECORD_RULES, ok: true });
    expect(await db.get('checks', bad.id)).toEqual({ id: bad.id, hlc: HLC, by: RECORD_RULES, ok: false });
  });

  it('reads a record with a current check as checked, without checking it again', async () => {
    const db = await freshDb();
    // Data no validator would pass: read anyway, which shows that a current check is trusted, not redone.
    const trusted = unchecked({ date: '2026-11-25', pain: 'veel' });
    await db.put('records', trusted);
    await db.put('checks', { id: trusted.id, hlc: HLC, by: RECORD_RULES, ok: true });
    expect((await loadRecords(db)).checked).toEqual([trusted]);
  });

  it('checks again what other rules checked, or another version of the record', async () => {
    const db = await freshDb();
    const byOlderRules = unchecked({ date: '2026-11-25', pain: 'veel' });
    const otherVersion = unchecked({ date: '2026-11-24', pain: 'weinig' }, '01935f4e-0000-7000-8000-000000000002');
    await db.put('records', byOlderRules);
    await db.put('records', otherVersion);
    await db.put('checks', { id: byOlderRules.id, hlc: HLC, by: 'older-rules', ok: true });
    await db.put('checks', {
      id: otherVersion.id,
      hlc: '0001764071000000-0000-aaaaaaaaaaaaaaaa',
      by: RECORD_RULES,
      ok: true,
    });
    expect((await loadRecords(db)).checked).toEqual([]);
    expect((await db.getAll('checks')).map((check) => [check.by, check.ok])).toEqual([
      [RECORD_RULES, false],
      [RECORD_RULES, false],
    ]);
  });

  it('reads a record from a newer app without the field it added, and stores it whole', async () => {
    const db = await freshDb();
    const newer = unchecked({ date: '2026-11-25', pain: 4, mood: 'calm' });
    await db.put('records', newer);
    const loaded = await loadRecords(db);
    expect(loaded.all).toEqual([newer]);
    expect(loaded.checked).toEqual([{ ...newer, data: { date: '2026-11-25', pain: 4 } }]);
    // The checked copy is kept with the check, so the next start reads it without a validator.
    expect(await db.get('checks', newer.id)).toMatchObject({ ok: true, data: { date: '2026-11-25', pain: 4 } });
    expect((await loadRecords(db)).checked).toEqual(loaded.checked);
  });

  it('reads a record a check refused as not there, and keeps it stored', async () => {
    const db = await freshDb();
    const refused = unchecked({ date: '2026-11-25', pain: 4 });
    await db.put('records', refused);
    await db.put('checks', { id: refused.id, hlc: HLC, by: RECORD_RULES, ok: false });
    expect(await loadRecords(db)).toEqual({ all: [refused], checked: [] });
  });

  it('checks every record once after the update that added the checks, keeping every record', async () => {
    // A database as version 1 of the app left it: records, outbox and meta, no checks.
    const name = `upgrade-${Math.random().toString(36).slice(2)}`;
    const old = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('records', { keyPath: 'id' }).createIndex('byDate', 'data.date');
        db.createObjectStore('outbox', { keyPath: 'id' });
        db.createObjectStore('meta');
      },
    });
    const record = unchecked({ date: '2026-11-25', pain: 4 });
    await old.put('records', record);
    await old.put('outbox', record);
    old.close();

    const db = await openVeerkrachtDb(name);
    expect(await loadRecords(db)).toEqual({ all: [record], checked: [record] });
    expect(await db.getAll('outbox')).toEqual([record]);
    expect(await db.get('checks', record.id)).toEqual({ id: record.id, hlc: HLC, by: RECORD_RULES, ok: true });
    db.close();
  });
});
