import { parseHlc, RECORD } from '@veerkracht/core';
import { describe, expect, it } from 'vitest';
import { freshDb, testEnv } from '../testing/env';
import { getMeta, loadRecords } from './device';
import { RecordRefused, saveCheckIn, saveRecords } from './store';

const AT = '2026-11-25T13:00:00+01:00';

describe('saving records of any type on the device', () => {
  it('stores every record with its outbox entry and the clock in one go, with increasing clocks', async () => {
    const db = await freshDb();
    const env = testEnv();
    const saved = await saveRecords(
      db,
      [
        { type: 'fear_rating', data: { movement: 'vacuum', rating: 40, ratedAt: '2026-11-25T13:00:00+01:00' } },
        { type: 'fear_rating', data: { movement: 'sit_long', rating: 60, ratedAt: '2026-11-25T13:00:00+01:00' } },
      ],
      env,
    );
    expect(saved).toHaveLength(2);
    expect(new Set(saved.map((r) => r.id)).size).toBe(2);
    expect((saved[1]?.hlc ?? '') > (saved[0]?.hlc ?? '')).toBe(true);
    expect(await db.getAll('outbox')).toEqual(expect.arrayContaining(saved));
    expect((await loadRecords(db)).all).toHaveLength(2);
    expect(await getMeta(db, 'hlc')).toBe(saved[1]?.hlc);
    expect(parseHlc(saved[0]?.hlc)?.millis).toBe(env.time);
  });

  it('writes a new version of an existing record under the same id', async () => {
    const db = await freshDb();
    const env = testEnv();
    const [first] = await saveRecords(db, [{ type: RECORD.concern, data: { at: AT, text: 'eerste' } }], env);
    const [second] = await saveRecords(
      db,
      [{ type: RECORD.concern, data: { at: AT, text: 'tweede' }, id: first?.id }],
      env,
    );
    expect(second?.id).toBe(first?.id);
    expect((await loadRecords(db)).all).toEqual([second]);
  });

  it('writes nothing when one record of the batch cannot be stored', async () => {
    const db = await freshDb();
    const env = testEnv();
    // An id that is not a string is refused by IndexedDB's key path: the whole batch must roll back.
    await expect(
      saveRecords(
        db,
        [
          { type: RECORD.concern, data: { at: AT, text: 'een' } },
          { type: RECORD.concern, data: { at: AT, text: 'twee' }, id: {} as string },
        ],
        env,
      ),
    ).rejects.toBeTruthy();
    expect((await loadRecords(db)).all).toEqual([]);
    expect(await db.getAll('outbox')).toEqual([]);
  });

  it('refuses a record the server would refuse, naming the field, and stores nothing of the batch', async () => {
    const db = await freshDb();
    const env = testEnv();
    const refused = saveRecords(
      db,
      [
        { type: RECORD.concern, data: { at: AT, text: 'goed' } },
        { type: RECORD.psk, data: { date: 'gisteren', activities: [], score: 0 } },
      ],
      env,
    );
    await expect(refused).rejects.toBeInstanceOf(RecordRefused);
    await expect(refused).rejects.toMatchObject({
      type: 'psk',
      issues: expect.arrayContaining([expect.objectContaining({ field: 'date' })]),
    });
    expect((await loadRecords(db)).all).toEqual([]);
    expect(await db.getAll('outbox')).toEqual([]);
  });

  it('refuses a record whose type the registry does not know', async () => {
    const db = await freshDb();
    const write = JSON.parse('{"type":"mood","data":{"level":3}}') as Parameters<typeof saveRecords>[1][number];
    await expect(saveRecords(db, [write], testEnv())).rejects.toMatchObject({
      name: 'RecordRefused',
      issues: [expect.objectContaining({ field: 'type', code: 'unknown_type' })],
    });
    expect((await loadRecords(db)).all).toEqual([]);
  });

  it('refuses a later write that would change a record into another type, and keeps the record as it was', async () => {
    const db = await freshDb();
    const env = testEnv();
    const [concern] = await saveRecords(db, [{ type: RECORD.concern, data: { at: AT, text: 'tintelt' } }], env);
    if (!concern) throw new Error('the concern was not saved');
    const changed = saveRecords(
      db,
      [{ id: concern.id, type: RECORD.lessonProgress, data: { lessonId: 'three-kinds-of-back-pain', readAt: AT } }],
      env,
    );
    await expect(changed).rejects.toMatchObject({
      name: 'RecordRefused',
      issues: [expect.objectContaining({ field: 'type', code: 'type_changed' })],
    });
    expect((await loadRecords(db)).all).toEqual([concern]);
    expect(await db.getAll('outbox')).toEqual([concern]);
  });

  it('refuses a check-in with a pain score outside 0 to 10 before anything is written', async () => {
    const db = await freshDb();
    await expect(saveCheckIn(db, { date: '2026-11-25', pain: 11 }, testEnv())).rejects.toMatchObject({
      issues: expect.arrayContaining([expect.objectContaining({ field: 'pain' })]),
    });
    expect((await loadRecords(db)).all).toEqual([]);
  });
});
