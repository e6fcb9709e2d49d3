import { describe, expect, it } from 'vitest';
import { readerOf } from '../records/recordRegistry.js';
import { recordSeries } from '../testing/testRecords.js';
import { activeDaysOf, type PracticeDays, practiceDays, weekInNumbers } from './weekInNumbers.js';

const record = recordSeries();
const planId = '0190a0b0-0000-7000-8000-00000000aaaa';
const programmeId = '0190a0b0-0000-7000-8000-00000000bbbb';
const activitySession = (endedAt: string) => ({
  planId,
  version: 1,
  occurrence: 1,
  phase: 'baseline',
  amount: 10,
  painBefore: 3,
  painAfter: 3,
  endedAt,
});
const exerciseSession = (startedAt: string, endedAt: string) => ({
  programmeId,
  version: 1,
  occurrence: 1,
  by: 'patient',
  startedAt,
  endedAt,
  painBefore: 3,
  painAfter: 3,
  outcome: 'stopped',
  stopReason: 'no_time',
  items: [],
});

describe('practiceDays', () => {
  it('reads the day of each check-in and session in Amsterdam time, and sleep from diary or check-in', () => {
    const days = practiceDays(
      readerOf([
        record('checkin', { date: '2026-11-23', pain: 5, sleepHours: 6 }),
        record('checkin', { date: '2026-11-24', pain: 4 }),
        record('checkin', { date: '2026-11-25', pain: 'high' }),
        record('checkin', { date: '2026-11-26', pain: 2 }, { deleted: true }),
        // 23:30 UTC on the 24th is 00:30 on the 25th in Amsterdam.
        record('activity_session', activitySession('2026-11-24T23:30:00Z')),
        record('exercise_session', exerciseSession('2026-11-26T23:50:00+01:00', '2026-11-27T00:10:00+01:00')),
        record('relaxation_session', {
          kind: 'body_scan',
          startedAt: '2026-11-27T21:00:00+01:00',
          plannedSeconds: 600,
          doneSeconds: 120,
        }),
        record('sleep_night', { day: '2026-11-24', hoursSlept: 7.5 }),
      ]),
    );
    expect(days.checkIns.sort()).toEqual(['2026-11-23', '2026-11-24']);
    expect(days.activitySessions).toEqual(['2026-11-25']);
    expect(days.exerciseSessions).toEqual(['2026-11-26']);
    expect(days.relaxationSessions).toEqual(['2026-11-27']);
    expect([...days.pain]).toEqual([
      ['2026-11-23', 5],
      ['2026-11-24', 4],
    ]);
    expect(new Map(days.sleepHours)).toEqual(
      new Map([
        ['2026-11-23', 6],
        ['2026-11-24', 7.5],
      ]),
    );
  });
});

const empty: PracticeDays = {
  checkIns: [],
  activitySessions: [],
  exerciseSessions: [],
  relaxationSessions: [],
  pain: new Map(),
  sleepHours: new Map(),
};

describe('activeDaysOf', () => {
  it('gives each day with any check-in or session once, sorted', () => {
    expect(
      activeDaysOf({
        ...empty,
        checkIns: ['2026-11-25'],
        activitySessions: ['2026-11-25', '2026-11-24'],
        relaxationSessions: ['2026-11-20', '2026-11-20'],
        exerciseSessions: ['2026-11-22'],
      }),
    ).toEqual(['2026-11-20', '2026-11-22', '2026-11-24', '2026-11-25']);
  });
});

describe('weekInNumbers (docs/clinical-rules.md §10.1)', () => {
  it('counts the seven days that end on the review day, each kind of session apart', () => {
    const week = weekInNumbers(
      {
        ...empty,
        checkIns: ['2026-11-22', '2026-11-23', '2026-11-25', '2026-11-29'],
        activitySessions: ['2026-11-23', '2026-11-23', '2026-11-30'],
        exerciseSessions: ['2026-11-26'],
        relaxationSessions: ['2026-11-16', '2026-11-27', '2026-11-27'],
      },
      '2026-11-29',
    );
    expect(week).toMatchObject({
      firstDay: '2026-11-23',
      lastDay: '2026-11-29',
      checkIns: 3,
      activeDays: 5,
      activitySessions: 2,
      exerciseSessions: 1,
      relaxationSessions: 2,
    });
  });

  it('compares pain and sleep with the week before, rounding each mean once to a tenth', () => {
    const pain = new Map([
      ['2026-11-16', 6],
      ['2026-11-18', 5],
      ['2026-11-23', 4],
      ['2026-11-24', 4],
      ['2026-11-29', 5],
    ]);
    const sleepHours = new Map([
      ['2026-11-17', 6.25],
      ['2026-11-24', 6.5],
      ['2026-11-25', 6.25],
    ]);
    const week = weekInNumbers({ ...empty, pain, sleepHours }, '2026-11-29');
    expect(week.pain).toEqual({ mean: 4.3, before: 5.5, change: 'lower' });
    // 6.375 rounds to 6.4; 0.15 hours more is about the same.
    expect(week.sleepHours).toEqual({ mean: 6.4, before: 6.3, change: 'about_the_same' });
  });

  it('calls a difference of exactly one pain point or half an hour of sleep a change, and less about the same', () => {
    const at = (values: [string, number][]) => new Map(values);
    const pain = (before: number, now: number) =>
      weekInNumbers(
        {
          ...empty,
          pain: at([
            ['2026-11-20', before],
            ['2026-11-27', now],
          ]),
        },
        '2026-11-29',
      ).pain.change;
    expect(pain(4, 5)).toBe('higher');
    expect(pain(5, 4)).toBe('lower');
    expect(pain(4, 4)).toBe('about_the_same');
    const sleep = (before: number, now: number) =>
      weekInNumbers(
        {
          ...empty,
          sleepHours: at([
            ['2026-11-20', before],
            ['2026-11-27', now],
          ]),
        },
        '2026-11-29',
      ).sleepHours.change;
    expect(sleep(6, 6.5)).toBe('higher');
    expect(sleep(7, 6.5)).toBe('lower');
    expect(sleep(7, 7.25)).toBe('about_the_same');
  });

  it('gives no comparison when either week has no values', () => {
    const week = weekInNumbers({ ...empty, pain: new Map([['2026-11-27', 3]]) }, '2026-11-29');
    expect(week.pain).toEqual({ mean: 3, before: null, change: null });
    expect(week.sleepHours).toEqual({ mean: null, before: null, change: null });
  });
});
