import { describe, expect, it } from 'vitest';
import { formatHlc } from '../sync/hlc.js';
import { RECORD_TYPES, validateSyncChange } from './syncChange.js';

const now = Date.parse('2026-11-25T12:00:00Z');
const change = (type: string, data: unknown) => ({
  id: '019a0000-0000-7000-8000-000000000001',
  type,
  hlc: formatHlc({ millis: now, counter: 0, node: '0123456789abcdef' }),
  deleted: false,
  data,
});
const planId = '019a0000-0000-7000-8000-0000000000a1';
const at = '2026-11-25T12:00:00+01:00';

describe('the graded activity and exposure records sync', () => {
  it('registers every type', () => {
    for (const type of ['activity_plan', 'activity_session', 'follow_up', 'plan_decision', 'fear_rating', 'exposure']) {
      expect(RECORD_TYPES).toContain(type);
    }
  });

  it.each([
    [
      'activity_plan',
      {
        planId,
        version: 1,
        effectiveFrom: at,
        activity: 'walking',
        unit: 'minutes',
        baselineSessions: 3,
        baseline: [],
        goal: 30,
        sessions: 10,
        mode: 'symptom',
        windowHours: 48,
        levels: [],
        status: 'baseline',
      },
    ],
    [
      'activity_session',
      {
        planId,
        version: 1,
        occurrence: 1,
        phase: 'baseline',
        amount: 12,
        painBefore: 2,
        painAfter: 3,
        endedAt: at,
      },
    ],
    ['follow_up', { sessionId: planId, at, answer: 'not_yet' }],
    ['plan_decision', { planId, afterSessionId: planId, decision: 'hold', level: 0, accepted: true, at }],
    ['fear_rating', { movement: 'vacuum', rating: 60, ratedAt: at }],
    ['exposure', { movement: 'vacuum', expected: 6, actual: 2, at }],
  ])('accepts a valid %s change', (type, data) => {
    expect(validateSyncChange(change(type, data), { nowMs: now })).toMatchObject({ ok: true });
  });

  it('refuses a tampered plan and a negative amount, naming the fields under data.', () => {
    const tampered = validateSyncChange(
      change('activity_plan', {
        planId,
        version: 2,
        effectiveFrom: at,
        activity: 'walking',
        unit: 'minutes',
        baselineSessions: 1,
        baseline: [10],
        goal: 20,
        sessions: 2,
        mode: 'symptom',
        windowHours: 48,
        levels: [7, 21],
        status: 'active',
      }),
      { nowMs: now },
    );
    expect(tampered.ok ? [] : tampered.issues.map((issue) => issue.field)).toEqual(['data.levels']);
    const negative = validateSyncChange(
      change('activity_session', {
        planId,
        version: 1,
        occurrence: 1,
        phase: 'baseline',
        amount: -3,
        painBefore: 2,
        painAfter: 3,
        endedAt: at,
      }),
      { nowMs: now },
    );
    expect(negative.ok ? [] : negative.issues.map((issue) => issue.field)).toEqual(['data.amount']);
  });
});
