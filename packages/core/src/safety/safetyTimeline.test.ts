import { describe, expect, it } from 'vitest';
import { safetyTimeline } from './safetyTimeline.js';

describe('the safety timeline', () => {
  it('puts checks, measures, concerns and clearances together, newest first', () => {
    const check = {
      date: '2026-11-20',
      completedAt: '2026-11-20T10:00:00Z',
      trigger: 'first_run' as const,
      scope: 'emergency' as const,
      answers: {},
      result: { tier: 'none' as const, reasons: [], painType: 'unknown' as const },
    };
    const entries = safetyTimeline({
      checks: [{ id: 'check', hlc: '1', data: check }],
      clearances: [{ id: 'clear', hlc: '5', data: { at: '2026-11-22T09:00:00Z' } }],
      concerns: [{ id: 'late-night', hlc: '6', data: { at: '2026-11-24T23:30:00Z', text: 'x' } }],
      startBacks: [
        {
          id: 'sb',
          hlc: '2',
          data: {
            date: '2026-11-20',
            answers: {
              q1: false,
              q2: false,
              q3: false,
              q4: false,
              q5: false,
              q6: false,
              q7: false,
              q8: false,
              q9: 'slightly',
            },
            score: { total: 0, psychosocial: 0, risk: 'low' },
          },
        },
      ],
      psks: [
        { id: 'psk', hlc: '3', data: { date: '2026-11-21', activities: [{ activity: 'a', score: 3 }], score: 3 } },
      ],
    });
    expect(entries.map((entry) => [entry.kind, entry.id, entry.date])).toEqual([
      // 23:30 UTC is already the next day in Amsterdam.
      ['concern', 'late-night', '2026-11-25'],
      ['safety_clearance', 'clear', '2026-11-22'],
      ['psk', 'psk', '2026-11-21'],
      ['start_back', 'sb', '2026-11-20'],
      ['safety_check', 'check', '2026-11-20'],
    ]);
  });

  it('shows check-in notes on their day, and leaves out check-ins without a note', () => {
    const entries = safetyTimeline({
      checks: [],
      clearances: [],
      concerns: [],
      startBacks: [],
      psks: [],
      checkIns: [
        { id: 'quiet', hlc: '1', data: { date: '2026-11-20', pain: 3 } },
        { id: 'blank', hlc: '2', data: { date: '2026-11-21', pain: 3, note: '   ' } },
        { id: 'noted', hlc: '3', data: { date: '2026-11-22', pain: 5, note: ' Walked to the market. ' } },
      ],
    });
    expect(entries).toEqual([
      {
        kind: 'check_in_note',
        id: 'noted',
        date: '2026-11-22',
        record: { date: '2026-11-22', pain: 5, note: 'Walked to the market.' },
      },
    ]);
  });
});
