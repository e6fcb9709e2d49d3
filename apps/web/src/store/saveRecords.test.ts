import { parseHlc } from '@veerkracht/core';
import { describe, expect, it } from 'vitest';
import { freshDb, testEnv } from '../testing/env';
import { getMeta, loadRecords, saveRecords } from './store';

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
    expect(await loadRecords(db)).toHaveLength(2);
    expect(await getMeta(db, 'hlc')).toBe(saved[1]?.hlc);
    expect(parseHlc(saved[0]?.hlc)?.millis).toBe(env.time);
  });

  it('writes a new version of an existing record under the same id', async () => {
    const db = await freshDb();
    const env = testEnv();
    const [first] = await saveRecords(db, [{ type: 'exposure', data: { a: 1 } }], env);
    const [second] = await saveRecords(db, [{ type: 'exposure', data: { a: 2 }, id: first?.id }], env);
    expect(second?.id).toBe(first?.id);
    expect(await loadRecords(db)).toEqual([second]);
  });

  it('writes nothing when one record of the batch cannot be stored', async () => {
    const db = await freshDb();
    const env = testEnv();
    // An id that is not a string is refused by IndexedDB's key path: the whole batch must roll back.
    await expect(
      saveRecords(
        db,
        [
          { type: 'exposure', data: {} },
          { type: 'exposure', data: {}, id: {} as string },
        ],
        env,
      ),
    ).rejects.toBeTruthy();
    expect(await loadRecords(db)).toEqual([]);
    expect(await db.getAll('outbox')).toEqual([]);
  });
});
