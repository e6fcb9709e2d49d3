import { formatHlc, mergeChanges, RECORD, type SyncRecord } from '@veerkracht/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { checkIn, NOW, recordId, TestClock } from '../testing/fixtures.js';
import { MemoryRecordRepository } from './memoryRecordRepository.js';
import { createSyncService } from './syncService.js';

const PATIENT = 'patient-a';

function setup(pageSize?: number) {
  const records = new MemoryRecordRepository();
  records.addPatient(PATIENT);
  records.addPatient('patient-b');
  const clock = new TestClock();
  const service = createSyncService({ records, clock, ...(pageSize ? { pageSize } : {}) });
  return { records, clock, service };
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('the sync service', () => {
  it('stores pushed changes with increasing sequence numbers and returns them on the pull', async () => {
    const { service, records } = setup();
    const result = await service.sync(PATIENT, { cursor: 0, changes: [checkIn(1), checkIn(2)] });
    expect(result).toEqual({ cursor: 2, changes: [checkIn(1), checkIn(2)], more: false, serverTime: NOW });
    expect(records.recordsOf(PATIENT).map((r) => r.seq)).toEqual([1, 2]);
  });

  it('changes nothing when the same push arrives twice', async () => {
    const { service, records } = setup();
    await service.sync(PATIENT, { cursor: 0, changes: [checkIn(1), checkIn(2)] });
    const before = records.recordsOf(PATIENT);
    const again = await service.sync(PATIENT, { cursor: 2, changes: [checkIn(1), checkIn(2)] });
    expect(again).toMatchObject({ cursor: 2, changes: [], more: false });
    expect(records.recordsOf(PATIENT)).toEqual(before);
  });

  it('keeps the change with the later clock, whichever arrives first (last writer wins)', async () => {
    const { service, records } = setup();
    const older = checkIn(1, { at: -1000, pain: 2 });
    const newer = checkIn(1, { at: 0, pain: 7 });
    await service.sync(PATIENT, { cursor: 0, changes: [newer] });
    await service.sync(PATIENT, { cursor: 1, changes: [older] });
    expect(records.recordsOf(PATIENT)).toEqual([{ ...newer, seq: 1 }]);
    await service.sync(PATIENT, { cursor: 1, changes: [checkIn(1, { at: 5, pain: 9 })] });
    expect(records.recordsOf(PATIENT)).toEqual([{ ...checkIn(1, { at: 5, pain: 9 }), seq: 2 }]);
  });

  it('lets the later clock win when one push carries the same record twice, in either order', async () => {
    for (const order of [0, 1]) {
      const { service, records } = setup();
      const pair = [checkIn(1, { at: 0, pain: 2 }), checkIn(1, { at: 10, pain: 8 })];
      if (order) pair.reverse();
      await service.sync(PATIENT, { cursor: 0, changes: pair });
      expect(records.recordsOf(PATIENT)).toEqual([{ ...checkIn(1, { at: 10, pain: 8 }), seq: 1 }]);
    }
  });

  it('stores a deletion (a tombstone) like any other change', async () => {
    const { service, records } = setup();
    await service.sync(PATIENT, { cursor: 0, changes: [checkIn(1)] });
    const tombstone = { ...checkIn(1, { at: 10 }), data: null, deleted: true };
    const result = await service.sync(PATIENT, { cursor: 1, changes: [tombstone] });
    expect(result.changes).toEqual([tombstone]);
    expect(records.recordsOf(PATIENT)).toEqual([{ ...tombstone, seq: 2 }]);
  });

  it('rejects the whole push, naming each field, when one change is invalid', async () => {
    const { service, records } = setup();
    const error = await rejection(
      service.sync(PATIENT, {
        cursor: 0,
        changes: [checkIn(1), checkIn(2), { ...checkIn(3), data: { date: '2026-11-25', pain: 11 } }],
      }),
    );
    expect(error.status).toBe(400);
    expect(error.code).toBe('invalid_request');
    expect(error.issues).toEqual([
      expect.objectContaining({ field: 'changes.2.data.pain', code: 'out_of_range', min: 0, max: 10 }),
    ]);
    expect(records.recordsOf(PATIENT)).toEqual([]);
  });

  it('refuses a clock more than an hour ahead of the server, and a check-in dated after tomorrow', async () => {
    const { service } = setup();
    const ahead = await rejection(service.sync(PATIENT, { cursor: 0, changes: [checkIn(1, { at: 61 * 60 * 1000 })] }));
    expect(ahead.issues).toEqual([expect.objectContaining({ field: 'changes.0.hlc', code: 'clock_ahead' })]);
    const future = await rejection(service.sync(PATIENT, { cursor: 0, changes: [checkIn(1, { date: '2026-11-27' })] }));
    expect(future.issues).toEqual([expect.objectContaining({ field: 'changes.0.data.date', code: 'date_in_future' })]);
    await expect(
      service.sync(PATIENT, { cursor: 0, changes: [checkIn(1, { at: 59 * 60 * 1000 })] }),
    ).resolves.toBeTruthy();
  });

  it("judges 'today' by the calendar day in Amsterdam at the injected clock's time", async () => {
    const { service, clock } = setup();
    clock.ms = Date.parse('2026-11-26T23:30:00Z'); // 00:30 on 27 November in Amsterdam
    const result = await service.sync(PATIENT, { cursor: 0, changes: [checkIn(1, { date: '2026-11-28', at: 0 })] });
    expect(result.serverTime).toBe(clock.ms);
  });

  it('pages the pull: at most a page per answer, with more=true until the end', async () => {
    const { service } = setup(3);
    const changes = Array.from({ length: 7 }, (_, i) => checkIn(i + 1));
    const first = await service.sync(PATIENT, { cursor: 0, changes });
    expect(first).toMatchObject({ cursor: 3, more: true });
    expect(first.changes.map((c) => c.id)).toEqual([1, 2, 3].map(recordId));
    const second = await service.sync(PATIENT, { cursor: first.cursor, changes: [] });
    expect(second).toMatchObject({ cursor: 6, more: true });
    const third = await service.sync(PATIENT, { cursor: second.cursor, changes: [] });
    expect(third).toMatchObject({ cursor: 7, more: false, changes: [checkIn(7)] });
    const empty = await service.sync(PATIENT, { cursor: 7, changes: [] });
    expect(empty).toMatchObject({ cursor: 7, more: false, changes: [] });
  });

  it('starts the pull again from 0 when the cursor is beyond anything this server gave out', async () => {
    const { service } = setup();
    await service.sync(PATIENT, { cursor: 0, changes: [checkIn(1)] });
    const result = await service.sync(PATIENT, { cursor: 50, changes: [] });
    expect(result).toMatchObject({ cursor: 1, changes: [checkIn(1)] });
    // Also when the push itself would carry the sequence past the stale cursor.
    const pushing = await service.sync(PATIENT, { cursor: 2, changes: [checkIn(2), checkIn(3)] });
    expect(pushing).toMatchObject({ cursor: 3, changes: [checkIn(1), checkIn(2), checkIn(3)] });
  });

  it("never shows one patient's records to another", async () => {
    const { service } = setup();
    await service.sync(PATIENT, { cursor: 0, changes: [checkIn(1)] });
    const other = await service.sync('patient-b', { cursor: 0, changes: [checkIn(2)] });
    expect(other.changes).toEqual([checkIn(2)]);
    // Same record id for both patients: two separate records.
    await service.sync('patient-b', { cursor: 1, changes: [checkIn(1, { at: 5, pain: 9 })] });
    const mine = await service.sync(PATIENT, { cursor: 0, changes: [] });
    expect(mine.changes).toEqual([checkIn(1)]);
  });

  it('refuses more than 500 changes in one push', async () => {
    const { service } = setup();
    const error = await rejection(
      service.sync(PATIENT, { cursor: 0, changes: Array.from({ length: 501 }, (_, i) => checkIn(i)) }),
    );
    expect(error.issues).toEqual([expect.objectContaining({ field: 'changes', code: 'too_many', max: 500 })]);
  });

  it("marks a linked patient's attention source only for an applied change it reads, and tells the workspace after the commit", async () => {
    const records = new MemoryRecordRepository();
    records.addPatient(PATIENT);
    records.addPatient('patient-b');
    records.watch(PATIENT);
    const told: string[] = [];
    const service = createSyncService({
      records,
      clock: new TestClock(),
      attention: { types: new Set([RECORD.checkIn]), markedStale: (patientId) => told.push(patientId) },
    });
    const lesson = {
      id: recordId(90),
      type: RECORD.lessonProgress,
      data: { lessonId: 'pain-alarm', readAt: new Date(NOW).toISOString() },
      hlc: formatHlc({ millis: NOW, counter: 0, node: '0123456789abcdef' }),
      deleted: false,
    };

    await service.sync(PATIENT, { cursor: 0, changes: [lesson] });
    expect(told).toEqual([]);
    await service.sync(PATIENT, { cursor: 0, changes: [checkIn(1)] });
    expect(told).toEqual([PATIENT]);
    // The same push again applies nothing, so there is nothing new to read.
    await service.sync(PATIENT, { cursor: 0, changes: [checkIn(1)] });
    // Not linked: no source to mark.
    await service.sync('patient-b', { cursor: 0, changes: [checkIn(2)] });
    expect(told).toEqual([PATIENT]);
    expect(records.attentionMarks.get(PATIENT)).toBe(1);
    // A refused push marks nothing and tells no one.
    await rejection(service.sync(PATIENT, { cursor: 0, changes: [checkIn(3), { ...checkIn(4), data: { pain: 11 } }] }));
    expect(records.attentionMarks.get(PATIENT)).toBe(1);
    expect(told).toEqual([PATIENT]);
  });

  it('answers 401 when the patient no longer exists', async () => {
    const { service } = setup();
    const error = await rejection(service.sync('gone', { cursor: 0, changes: [] }));
    expect([error.status, error.code]).toEqual([401, 'unauthorized']);
  });

  async function expectConvergence(contentFollowsClock: boolean) {
    const nodes = ['00000000000000a1', '00000000000000b2', '00000000000000c3'];
    const change = fc
      .record({
        id: fc.integer({ min: 1, max: 5 }),
        // Few clocks when content does not follow them, so that ties happen often.
        at: contentFollowsClock ? fc.integer({ min: -5000, max: 5000 }) : fc.integer({ min: -2, max: 2 }),
        counter: fc.integer({ min: 0, max: 3 }),
        node: fc.constantFrom(...nodes),
        deleted: fc.boolean(),
        otherPain: fc.integer({ min: 0, max: 10 }),
      })
      .map(({ id, at, counter, node, deleted, otherPain }): SyncRecord => {
        const clock = formatHlc({ millis: NOW + at, counter, node });
        // Content follows the clock (one clock is one write, as on real devices),
        // or not: then two writes share a clock and the content breaks the tie.
        const pain = contentFollowsClock ? (Math.abs(at) + counter) % 11 : otherPain;
        return deleted
          ? { id: recordId(id), type: 'checkin', data: null, hlc: clock, deleted }
          : { id: recordId(id), type: 'checkin', data: { date: '2026-11-24', pain }, hlc: clock, deleted };
      });
    const step = fc.record({ device: fc.integer({ min: 0, max: 2 }), push: fc.array(change, { maxLength: 6 }) });

    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const { service, records } = setup(4);
        const devices = nodes.map(() => ({ cursor: 0, local: new Map<string, SyncRecord>() }));
        const pushed: SyncRecord[] = [];
        const pullAll = async (device: (typeof devices)[number], first: SyncRecord[]) => {
          let changes = first;
          for (;;) {
            const result = await service.sync(PATIENT, { cursor: device.cursor, changes });
            changes = [];
            device.local = mergeChanges(device.local, result.changes).records;
            device.cursor = result.cursor;
            if (!result.more) return;
          }
        };
        for (const { device, push } of steps) {
          const d = devices[device];
          if (!d) continue;
          d.local = mergeChanges(d.local, push).records;
          pushed.push(...push);
          await pullAll(d, push);
        }
        for (const d of devices) await pullAll(d, []);

        const expected = mergeChanges(new Map(), pushed).records;
        const server = new Map(records.recordsOf(PATIENT).map(({ seq: _seq, ...r }) => [r.id, r]));
        expect(server).toEqual(expected);
        for (const d of devices) expect(d.local).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  }

  it('converges: any interleaving of pushes and pulls from several devices ends in the same records everywhere', async () => {
    await expectConvergence(true);
  });

  it('converges when two writes share a clock but not their content: the content breaks the tie everywhere', async () => {
    await expectConvergence(false);
  });

  it("refuses a change to a stored record's type, naming the field, and stores nothing of the push", async () => {
    const { service, records } = setup();
    await service.sync(PATIENT, { cursor: 0, changes: [checkIn(1)] });
    const before = records.recordsOf(PATIENT);
    const retyped = { ...checkIn(1, { at: 1_000 }), type: 'fear_rating', data: null, deleted: true };
    const error = await rejection(service.sync(PATIENT, { cursor: 1, changes: [checkIn(2), retyped] }));
    expect([error.status, error.code]).toEqual([400, 'invalid_request']);
    expect(error.issues).toEqual([expect.objectContaining({ field: 'changes.1.type', code: 'type_changed' })]);
    expect(records.recordsOf(PATIENT)).toEqual(before);
  });

  it('refuses one record with two types in one push', async () => {
    const { service, records } = setup();
    const retyped = { ...checkIn(1, { at: 1_000 }), type: 'fear_rating', data: null, deleted: true };
    const error = await rejection(service.sync(PATIENT, { cursor: 0, changes: [checkIn(1), retyped] }));
    expect(error.issues).toEqual([expect.objectContaining({ field: 'changes.1.type', code: 'type_changed' })]);
    expect(records.recordsOf(PATIENT)).toEqual([]);
  });

  it('breaks a clock tie by content, the same way whichever write arrives first', async () => {
    const low = checkIn(1, { pain: 2 });
    const high = checkIn(1, { pain: 8 });
    for (const order of [
      [low, high],
      [high, low],
    ]) {
      const { service, records } = setup();
      for (const change of order) await service.sync(PATIENT, { cursor: 0, changes: [change] });
      expect(records.recordsOf(PATIENT).map(({ seq: _seq, ...r }) => r)).toEqual([high]);
    }
  });

  it('refuses a push that would go over the storage quota (413), stores none of it, and lets shrinking pushes through', async () => {
    const records = new MemoryRecordRepository();
    records.addPatient(PATIENT);
    const service = createSyncService({ records, clock: new TestClock(), quota: { records: 3, size: 1_000_000 } });
    await service.sync(PATIENT, { cursor: 0, changes: [checkIn(1), checkIn(2)] });
    const error = await rejection(service.sync(PATIENT, { cursor: 2, changes: [checkIn(3), checkIn(4)] }));
    expect([error.status, error.code]).toEqual([413, 'storage_quota_exceeded']);
    expect(error.message).toContain('nothing was saved');
    expect(records.recordsOf(PATIENT)).toHaveLength(2);
    // Updating what is stored adds no record: still allowed at the limit.
    await service.sync(PATIENT, { cursor: 2, changes: [checkIn(3)] });
    await service.sync(PATIENT, { cursor: 3, changes: [checkIn(1, { at: 1_000, pain: 9 })] });
    expect(records.recordsOf(PATIENT)).toHaveLength(3);

    const small = createSyncService({ records, clock: new TestClock(), quota: { records: 100, size: 60 } });
    const big = { ...checkIn(1, { at: 2_000 }), data: { date: '2026-11-25', pain: 3, note: 'x'.repeat(100) } };
    expect((await rejection(small.sync(PATIENT, { cursor: 4, changes: [big] }))).code).toBe('storage_quota_exceeded');
    // Over the size quota already, yet a push that makes the data smaller passes.
    const smaller = { ...checkIn(1, { at: 3_000 }), data: { date: '2026-11-25', pain: 1 } };
    await expect(small.sync(PATIENT, { cursor: 4, changes: [smaller] })).resolves.toMatchObject({ cursor: 5 });
  });

  it('gives sequence numbers without gaps or repeats when devices sync at the same moment', async () => {
    const { service, records } = setup();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => service.sync(PATIENT, { cursor: 0, changes: [checkIn(i + 1, { at: i })] })),
    );
    expect(records.recordsOf(PATIENT).map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});
