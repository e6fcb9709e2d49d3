import { RECORD, type SyncRecord } from '@veerkracht/core';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { freshDb, testEnv } from '../testing/env';
import { openVeerkrachtDb } from './db';
import { loadRecords } from './device';
import { RECORD_RULES } from './recordRules';
import { saveCheckIn, saveRecords } from './store';

// docs/architecture.md, "Checked once, read many times": each record is checked when it enters the device; only the
// exceptions get a row in `checks`, and loading reads the records without checking them again.

const HLC = '0001764072000000-0000-aaaaaaaaaaaaaaaa';

/** A record put straight into the database, as a pull or an older version of the app leaves it: not checked. */
function unchecked(data: unknown, id = '01935f4e-0000-7000-8000-000000000001', hlc = HLC): SyncRecord {
  return { id, type: RECORD.checkIn, data, hlc, deleted: false };
}

describe('the checks of stored records', () => {
  it('needs no row for a saved record, and a save takes away the row of an older version', async () => {
    const db = await freshDb();
    const env = testEnv();
    expect((await loadRecords(db)).all).toEqual([]);
    expect(await db.get('meta', 'recordRules')).toBe(RECORD_RULES);
    const first = await saveCheckIn(db, { date: '2026-11-25', pain: 4 }, env);
    // Pulled meanwhile and not checked yet: a row says so; saving a new version over it checks that version.
    await db.put('checks', { id: first.id, hlc: first.hlc, by: '', ok: false });
    const second = await saveCheckIn(db, { date: '2026-11-25', pain: 5 }, env);
    const [concern] = await saveRecords(
      db,
      [{ type: RECORD.concern, data: { at: '2026-11-25T10:00:00Z', text: 'Mijn been tintelt' } }],
      env,
    );
    expect(await db.count('checks')).toBe(0);
    const loaded = await loadRecords(db);
    expect(loaded.checked).toEqual(loaded.all);
    expect(loaded.all.map((record) => record.id).sort()).toEqual([second.id, concern?.id].sort());
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
    // Only the exception is stored; the rules are stored as the ones that checked every other record.
    expect(await db.getAll('checks')).toEqual([{ id: bad.id, hlc: HLC, by: RECORD_RULES, ok: false }]);
    expect(await db.get('meta', 'recordRules')).toBe(RECORD_RULES);
    expect((await loadRecords(db)).checked).toEqual([good]);
  });

  it('reads a record the current rules checked as it is, without checking it again', async () => {
    const db = await freshDb();
    // Data no validator would pass: read anyway, which shows that a check already made is trusted, not redone.
    const trusted = unchecked({ date: '2026-11-25', pain: 'veel' });
    await db.put('records', trusted);
    await db.put('meta', RECORD_RULES, 'recordRules');
    expect((await loadRecords(db)).checked).toEqual([trusted]);
  });

  it('checks every record again after an update of the rules', async () => {
    const db = await freshDb();
    const byOlderRules = unchecked({ date: '2026-11-25', pain: 'veel' });
    await db.put('records', byOlderRules);
    await db.put('meta', 'older-rules', 'recordRules');
    expect((await loadRecords(db)).checked).toEqual([]);
    expect(await db.getAll('checks')).toEqual([{ id: byOlderRules.id, hlc: HLC, by: RECORD_RULES, ok: false }]);
    expect(await db.get('meta', 'recordRules')).toBe(RECORD_RULES);
  });

  it('checks a record whose row is not current: pulled and waiting, of other rules, or of another version', async () => {
    const db = await freshDb();
    await db.put('meta', RECORD_RULES, 'recordRules');
    const ids = [1, 2, 3].map((n) => `01935f4e-0000-7000-8000-00000000000${n}`);
    const [waiting, byOtherRules, otherVersion] = ids.map((id) => unchecked({ date: '2026-11-25', pain: 'veel' }, id));
    for (const record of [waiting, byOtherRules, otherVersion]) if (record) await db.put('records', record);
    await db.put('checks', { id: ids[0] ?? '', hlc: HLC, by: '', ok: false });
    await db.put('checks', { id: ids[1] ?? '', hlc: HLC, by: 'older-rules', ok: true });
    await db.put('checks', {
      id: ids[2] ?? '',
      hlc: '0001764071000000-0000-aaaaaaaaaaaaaaaa',
      by: RECORD_RULES,
      ok: true,
    });
    expect((await loadRecords(db)).checked).toEqual([]);
    expect((await db.getAll('checks')).map((check) => [check.by, check.ok])).toEqual([
      [RECORD_RULES, false],
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
    await db.put('meta', RECORD_RULES, 'recordRules');
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
    expect(await db.count('checks')).toBe(0);
    expect(await db.get('meta', 'recordRules')).toBe(RECORD_RULES);
    db.close();
  });
});
