import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc } from './hlc.js';
import { mergeChanges, type SyncRecord, shouldApply } from './merge.js';

const ids = [
  '00000000-0000-7000-8000-000000000001',
  '00000000-0000-7000-8000-000000000002',
  '00000000-0000-7000-8000-000000000003',
];
const nodes = ['000000000000000a', '000000000000000b', '000000000000000c'];

const arbChange: fc.Arbitrary<SyncRecord<{ pain: number }>> = fc
  .record({
    id: fc.constantFrom(...ids),
    node: fc.constantFrom(...nodes),
    millis: fc.integer({ min: 0, max: 50 }),
    counter: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ id, node, millis, counter }) => {
    // A clock identifies one write of one device, so the same clock always
    // carries the same content: derive the content from the clock.
    const deleted = (millis + counter) % 5 === 0;
    return {
      id,
      type: 'checkin',
      data: deleted ? null : { pain: (millis * 7 + counter * 3 + nodes.indexOf(node)) % 11 },
      hlc: formatHlc({ millis, counter, node }),
      deleted,
    };
  });

function snapshot(records: Map<string, SyncRecord<{ pain: number }>>) {
  return [...records.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

describe('merge rule (last writer wins per record)', () => {
  it('applies a change to an empty store and a newer change over an older one', () => {
    expect(shouldApply(undefined, 'x')).toBe(true);
    expect(
      shouldApply('2026-01-01T00:00:00.000Z-0000-000000000000000a', '2026-01-01T00:00:00.000Z-0001-000000000000000a'),
    ).toBe(true);
  });

  it('ignores the same change twice and an older change that arrives late', () => {
    const hlc = '2026-01-01T00:00:00.000Z-0001-000000000000000a';
    expect(shouldApply(hlc, hlc)).toBe(false);
    expect(shouldApply(hlc, '2026-01-01T00:00:00.000Z-0000-000000000000000b')).toBe(false);
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
