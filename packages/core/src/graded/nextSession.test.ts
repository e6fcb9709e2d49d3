import { describe, expect, it } from 'vitest';
import { nextSession, type PlanMode, type SessionRecord } from './nextSession.js';

const levels = [8, 11, 13, 16];
const plan = (mode: PlanMode) => ({ levels, mode });

describe('nextSession', () => {
  it('starts at level 0 without history, in both modes and when paused', () => {
    for (const mode of ['time', 'symptom'] as const) {
      expect(nextSession(plan(mode), [])).toEqual({ level: 0, amount: 8, decision: 'start' });
      expect(nextSession(plan(mode), [], { paused: true })).toEqual({ level: 0, amount: 8, decision: 'start' });
    }
  });

  it('holds the last level while a safety result pauses the plan', () => {
    expect(nextSession(plan('symptom'), [{ level: 2, settled: 'yes' }], { paused: true })).toEqual({
      level: 2,
      amount: 13,
      decision: 'hold',
    });
    expect(nextSession(plan('time'), [{ level: 1, settled: null }], { paused: true }).decision).toBe('hold');
  });

  it('in time mode goes up one level whatever the symptoms, and completes after the last level', () => {
    for (const settled of ['yes', 'no', null] as const) {
      expect(nextSession(plan('time'), [{ level: 1, settled }])).toEqual({
        level: 2,
        amount: 13,
        decision: 'progress',
      });
      expect(nextSession(plan('time'), [{ level: 3, settled }])).toEqual({
        level: 3,
        amount: 16,
        decision: 'complete',
      });
    }
  });

  it.each([
    ['yes', 1, { level: 2, amount: 13, decision: 'progress' }],
    ['yes', 3, { level: 3, amount: 16, decision: 'complete' }],
    ['no', 2, { level: 1, amount: 11, decision: 'step_back' }],
    ['no', 0, { level: 0, amount: 8, decision: 'step_back' }],
    [null, 2, { level: 2, amount: 13, decision: 'hold' }],
  ] as const)('in symptom mode, settled %s after level %s gives %j', (settled, level, expected) => {
    expect(
      nextSession(plan('symptom'), [
        { level: 0, settled: 'yes' },
        { level, settled },
      ]),
    ).toEqual(expected);
  });

  it('decides by the last record only', () => {
    const history: SessionRecord[] = [
      { level: 0, settled: 'yes' },
      { level: 1, settled: 'no' },
      { level: 0, settled: 'yes' },
    ];
    expect(nextSession(plan('symptom'), history)).toEqual({ level: 1, amount: 11, decision: 'progress' });
  });

  it.each([
    [[{ level: 4, settled: 'yes' }], /history\.0\.level/],
    [
      [
        { level: 0, settled: 'yes' },
        { level: -1, settled: 'yes' },
      ],
      /history\.1\.level/,
    ],
    [[{ level: 1.5, settled: 'yes' }], /history\.0\.level/],
    [[{ level: 1, settled: 'maybe' }], /history\.0\.settled/],
  ])('throws a RangeError for a history outside the plan: %j', (history, field) => {
    expect(() => nextSession(plan('symptom'), history as SessionRecord[])).toThrow(RangeError);
    expect(() => nextSession(plan('symptom'), history as SessionRecord[])).toThrow(field);
  });

  it('throws a RangeError for an empty plan or an unknown mode', () => {
    expect(() => nextSession({ levels: [], mode: 'symptom' }, [])).toThrow(/plan\.levels/);
    expect(() => nextSession({ levels, mode: 'pain' as PlanMode }, [])).toThrow(/plan\.mode/);
  });
});
