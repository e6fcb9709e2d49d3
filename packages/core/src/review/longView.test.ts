import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/calendarDay.js';
import type { CheckIn } from '../checkIn/checkIn.js';
import { readerOf } from '../records/recordRegistry.js';
import type { SyncRecord } from '../sync/merge.js';
import { longView, sessionMinutes, timedSessions, yearCalendar } from './longView.js';

const TODAY = '2026-11-29';
const checkIns = (entries: [number, Partial<CheckIn>][]) =>
  new Map(
    entries.map(([back, data]) => {
      const date = addDays(TODAY, -back);
      return [date, { data: { date, pain: 4, ...data } }];
    }),
  );

describe('longView (docs/clinical-rules.md §10.4)', () => {
  it('has a point per day for 30 and 90 days, gaps where nothing was filled in', () => {
    const view = longView(
      checkIns([
        [0, { pain: 3, activeMinutes: 40 }],
        [2, { stress: 6 }],
      ]),
      new Map(),
      TODAY,
      30,
    );
    expect(view.daysPerPoint).toBe(1);
    expect(view.points).toHaveLength(30);
    expect(view.points.at(-1)).toEqual({
      first: TODAY,
      last: TODAY,
      pain: 3,
      sleepHours: null,
      stress: null,
      activeMinutes: 40,
    });
    expect(view.points.at(-2)?.pain).toBeNull();
    expect(view.summaries.pain).toEqual({ filled: 2, mean: 3.5, min: 3, max: 4 });
    expect(longView(new Map(), new Map(), TODAY, 90).points).toHaveLength(90);
  });

  it('has a point per week for a year, counted back from today, each the mean of its days rounded once', () => {
    const view = longView(
      checkIns([
        [0, { pain: 2 }],
        [3, { pain: 3 }],
        [6, { pain: 3 }],
        [7, { pain: 6 }],
        [364, { pain: 8 }],
      ]),
      new Map([[TODAY, { hoursSlept: 7.5 }]]),
      TODAY,
      365,
    );
    expect(view.daysPerPoint).toBe(7);
    expect(view.points).toHaveLength(53);
    expect(view.points.at(-1)).toMatchObject({ first: addDays(TODAY, -6), last: TODAY, pain: 2.7, sleepHours: 7.5 });
    expect(view.points.at(-2)).toMatchObject({ first: addDays(TODAY, -13), last: addDays(TODAY, -7), pain: 6 });
    // 365 = 52 weeks and a day: the oldest point is that one day.
    expect(view.points[0]).toMatchObject({ first: addDays(TODAY, -364), last: addDays(TODAY, -364), pain: 8 });
    expect(view.summaries.pain.filled).toBe(5);
  });
});

describe('yearCalendar', () => {
  it('lays out twelve months up to today by week, Monday first, with active days and mean pain', () => {
    const months = yearCalendar(
      new Set(['2026-11-02', '2026-11-03', '2025-12-01']),
      new Map([
        ['2026-11-02', 4],
        ['2026-11-03', 5],
      ]),
      TODAY,
    );
    expect(months.map((month) => month.month)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    const november = months.at(-1);
    // 1 November 2026 is a Sunday: six empty cells before it.
    expect(november?.weeks[0]?.slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(november?.weeks[0]?.[6]).toEqual({ day: '2026-11-01', active: false, pain: null });
    expect(november?.weeks[1]?.[0]).toEqual({ day: '2026-11-02', active: true, pain: 4 });
    // Up to today (Sunday the 29th), never after.
    expect(november?.weeks.flat().filter((day) => day !== null)).toHaveLength(29);
    expect(november).toMatchObject({ activeDays: 2, painMean: 4.5 });
    expect(months[0]).toMatchObject({ activeDays: 1, painMean: null });
    for (const month of months) for (const week of month.weeks) expect(week).toHaveLength(7);
  });
});

describe('the minutes of today’s sessions for the check-in', () => {
  const planId = '019a0000-0000-7000-8000-0000000000a1';
  const record = (n: number, type: string, data: unknown): SyncRecord => ({
    id: `019a0000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    type,
    data,
    hlc: `2026-11-20T17:00:00.000Z-000${n}-0123456789abcdef`,
    deleted: false,
  });
  const plan = (unit: string) => ({
    planId,
    version: 1,
    effectiveFrom: '2026-11-17T10:00:00+01:00',
    activity: 'walking',
    unit,
    baselineSessions: 3,
    baseline: [],
    goal: 30,
    sessions: 4,
    mode: 'time',
    windowHours: 48,
    levels: [],
    status: 'baseline',
  });
  const walk = {
    planId,
    version: 1,
    occurrence: 1,
    phase: 'baseline',
    amount: 20,
    painBefore: 3,
    painAfter: 3,
    endedAt: '2026-11-29T10:00:00+01:00',
  };
  const exercise = {
    programmeId: '019a0000-0000-7000-8000-0000000000b1',
    version: 1,
    occurrence: 1,
    by: 'patient',
    startedAt: '2026-11-29T17:00:00+01:00',
    endedAt: '2026-11-29T17:12:30+01:00',
    painBefore: 3,
    painAfter: 3,
    outcome: 'completed',
    items: [],
  };

  it('adds activity in minutes and the length of exercise sessions of that day', () => {
    const sessions = timedSessions(
      readerOf([
        record(1, 'activity_plan', plan('minutes')),
        record(2, 'activity_session', walk),
        record(3, 'exercise_session', exercise),
      ]),
    );
    expect(sessions).toEqual([
      { day: TODAY, minutes: 20 },
      { day: TODAY, minutes: 12.5 },
    ]);
    expect(sessionMinutes(sessions, TODAY)).toBe(33);
    expect(sessionMinutes(sessions, '2026-11-28')).toBeNull();
  });

  it('leaves out activity counted in anything but minutes', () => {
    expect(
      timedSessions(readerOf([record(1, 'activity_plan', plan('steps')), record(2, 'activity_session', walk)])),
    ).toEqual([]);
  });
});
