import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc } from './hlc.js';
import { clockDecides, compareWrites, mergeChanges, type SyncRecord, shouldReplace } from './merge.js';

const ids = [
  '00000000-0000-7000-8000-000000000001',
  '00000000-0000-7000-8000-000000000002',
  '00000000-0000-7000-8000-000000000003',
];
const nodes = ['000000000000000a', '000000000000000b', '000000000000000c'];

// Content independent of the clock: two devices can write different content under the same clock (the same
// instant, counter and node id, or a copied clock), and the merge rule must still converge.
const arbChange: fc.Arbitrary<SyncRecord<{ pain: number }>> = fc
  .record({
    id: fc.constantFrom(...ids),
    node: fc.constantFrom(...nodes),
    // A small range, so many changes share a clock.
    millis: fc.integer({ min: 0, max: 6 }),
    counter: fc.integer({ min: 0, max: 3 }),
    pain: fc.integer({ min: 0, max: 10 }),
    deleted: fc.boolean(),
  })
  .map(({ id, node, millis, counter, pain, deleted }) => ({
    id,
    type: 'checkin',
    data: deleted ? null : { pain },
    hlc: formatHlc({ millis, counter, node }),
    deleted,
  }));

function snapshot(records: Map<string, SyncRecord<{ pain: number }>>) {
  return [...records.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

describe('merge rule (last writer wins per record)', () => {
  it('applies a change to an empty store and a newer change over an older one', () => {
    expect(clockDecides(undefined, 'x')).toBe(true);
    expect(
      clockDecides('2026-01-01T00:00:00.000Z-0000-000000000000000a', '2026-01-01T00:00:00.000Z-0001-000000000000000a'),
    ).toBe(true);
  });

  it('ignores the same change twice and an older change that arrives late', () => {
    const hlc = '2026-01-01T00:00:00.000Z-0001-000000000000000a';
    const write = { hlc, type: 'checkin', deleted: false, data: { date: '2026-01-01', pain: 2 } };
    expect(shouldReplace(write, { ...write, data: { pain: 2, date: '2026-01-01' } })).toBe(false);
    expect(clockDecides(hlc, '2026-01-01T00:00:00.000Z-0000-000000000000000b')).toBe(false);
    // Equal clocks: the clock alone cannot decide; the content does.
    expect(clockDecides(hlc, hlc)).toBeUndefined();
  });

  it('breaks a tie between two different writes with the same clock by their content, the same way everywhere', () => {
    const hlc = '2026-01-01T00:00:00.000Z-0001-000000000000000a';
    const a = { hlc, type: 'checkin', deleted: false, data: { date: '2026-01-01', pain: 2 } };
    const b = { hlc, type: 'checkin', deleted: false, data: { date: '2026-01-01', pain: 7 } };
    expect(compareWrites(a, b)).toBe(-compareWrites(b, a));
    expect(compareWrites(a, b)).not.toBe(0);
    // Whichever a device holds first, both end with the same write.
    const winner = compareWrites(a, b) > 0 ? a : b;
    expect(shouldReplace(a, b) ? b : a).toBe(winner);
    expect(shouldReplace(b, a) ? a : b).toBe(winner);
  });

  it('converges: every device that sees the same changes ends with the same records, whatever the order', () => {
    fc.assert(
      fc.property(
        fc
          .array(arbChange, { maxLength: 30 })
          .chain((changes) =>
            fc.tuple(
              fc.constant(changes),
              fc.shuffledSubarray(changes, { minLength: changes.length, maxLength: changes.length }),
            ),
          ),
        ([inOrder, shuffled]) => {
          const a = mergeChanges(new Map(), inOrder).records;
          const b = mergeChanges(new Map(), shuffled).records;
          expect(snapshot(a)).toEqual(snapshot(b));
        },
      ),
    );
  });

  it('converges under any interleaving of pushes and pulls between devices and a server', () => {
    // Three devices each write changes; at random moments a device pushes its
    // unsent changes to the server or pulls everything the server has. After a
    // final push and pull by every device, all devices equal the server.
    const arbStep = fc.oneof(
      fc.record({ kind: fc.constant('write' as const), device: fc.integer({ min: 0, max: 2 }), change: arbChange }),
      fc.record({ kind: fc.constant('push' as const), device: fc.integer({ min: 0, max: 2 }) }),
      fc.record({ kind: fc.constant('pull' as const), device: fc.integer({ min: 0, max: 2 }) }),
    );
    fc.assert(
      fc.property(fc.array(arbStep, { maxLength: 60 }), (steps) => {
        let server = new Map<string, SyncRecord<{ pain: number }>>();
        const devices = [0, 1, 2].map(() => ({
          records: new Map<string, SyncRecord<{ pain: number }>>(),
          outbox: [] as SyncRecord<{ pain: number }>[],
        }));
        const push = (d: (typeof devices)[number]) => {
          server = mergeChanges(server, d.outbox).records;
          d.outbox = [];
        };
        const pull = (d: (typeof devices)[number]) => {
          d.records = mergeChanges(d.records, [...server.values()]).records;
        };
        for (const step of steps) {
          const device = devices[step.device];
          if (!device) continue;
          if (step.kind === 'write') {
            const { records, applied } = mergeChanges(device.records, [step.change]);
            device.records = records;
            device.outbox.push(...applied);
          } else if (step.kind === 'push') push(device);
          else pull(device);
        }
        for (const d of devices) push(d);
        for (const d of devices) pull(d);
        for (const d of devices) expect(snapshot(d.records)).toEqual(snapshot(server));
      }),
    );
  });

  it('reports only the changes that took effect', () => {
    const old = {
      id: ids[0] as string,
      type: 'checkin',
      data: { pain: 1 },
      hlc: formatHlc({ millis: 1, counter: 0, node: nodes[0] as string }),
      deleted: false,
    };
    const newer = { ...old, data: { pain: 2 }, hlc: formatHlc({ millis: 2, counter: 0, node: nodes[1] as string }) };
    const { applied, records } = mergeChanges(new Map(), [newer, old, newer]);
    expect(applied).toEqual([newer]);
    expect(records.get(old.id)).toEqual(newer);
  });
});
