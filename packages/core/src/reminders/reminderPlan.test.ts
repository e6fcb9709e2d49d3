import { describe, expect, it } from 'vitest';
import { readerOf } from '../records/recordRegistry.js';
import type { SyncRecord } from '../sync/merge.js';
import { outOfQuietHours, type ReminderInputs, reminderInputs, reminderOccurrences } from './reminderPlan.js';
import { DEFAULT_REMINDER_SETTINGS } from './reminderSettings.js';

const iso = (ms: number) => new Date(ms).toISOString();
// Monday 23 November to Monday 30 November 2026, in Amsterdam (CET, UTC+1).
const FROM = Date.parse('2026-11-23T00:00:00+01:00');
const UNTIL = Date.parse('2026-11-30T00:00:00+01:00');
const allOn: ReminderInputs = {
  settings: {
    ...DEFAULT_REMINDER_SETTINGS,
    checkIn: { on: true, time: '20:00' },
    exercise: { on: true, time: '10:00' },
    followUp: { on: true },
    review: { on: true, time: '19:00' },
  },
  exerciseDays: [1, 4],
  reviewDay: 7,
  followUps: [],
};

describe('reminderOccurrences (docs/clinical-rules.md §10.3)', () => {
  it('gives the check-in every day, exercise on the programme days and the review on its day, at their times, in order', () => {
    const week = reminderOccurrences(allOn, FROM, UNTIL);
    expect(week.filter((item) => item.kind === 'check_in')).toHaveLength(7);
    expect(week.filter((item) => item.kind === 'exercise').map((item) => iso(item.at))).toEqual([
      '2026-11-23T09:00:00.000Z',
      '2026-11-26T09:00:00.000Z',
    ]);
    expect(week.filter((item) => item.kind === 'review')).toEqual([
      { key: 'review:2026-11-29', kind: 'review', at: Date.parse('2026-11-29T18:00:00Z'), path: '/review/week' },
    ]);
    expect(week[0]).toEqual({
      key: 'exercise:2026-11-23',
      kind: 'exercise',
      at: Date.parse('2026-11-23T09:00:00Z'),
      path: '/exercise',
    });
    expect(week.map((item) => item.at)).toEqual([...week.map((item) => item.at)].sort((a, b) => a - b));
  });

  it('gives nothing for kinds that are off, and no exercise without a programme', () => {
    expect(reminderOccurrences({ ...allOn, settings: DEFAULT_REMINDER_SETTINGS }, FROM, UNTIL)).toEqual([]);
    expect(
      reminderOccurrences({ ...allOn, exerciseDays: [] }, FROM, UNTIL).some((item) => item.kind === 'exercise'),
    ).toBe(false);
  });

  it('keeps the wall-clock time across a DST change', () => {
    const spring = reminderOccurrences(
      { ...allOn, settings: { ...DEFAULT_REMINDER_SETTINGS, checkIn: { on: true, time: '20:00' } } },
      Date.parse('2026-03-28T00:00:00+01:00'),
      Date.parse('2026-03-30T00:00:00+02:00'),
    );
    expect(spring.map((item) => iso(item.at))).toEqual(['2026-03-28T19:00:00.000Z', '2026-03-29T18:00:00.000Z']);
  });

  it('sends a follow-up when its question may be asked, or at the end of the quiet hours, keyed by session and moment', () => {
    const followUps = [
      { sessionId: 's1', askFrom: Date.parse('2026-11-24T18:00:00+01:00'), path: '/follow-up/s1' },
      { sessionId: 's2', askFrom: Date.parse('2026-11-24T23:30:00+01:00'), path: '/exercise' },
    ];
    const items = reminderOccurrences({ ...allOn, followUps }, FROM, UNTIL).filter((item) => item.kind === 'follow_up');
    expect(items.map((item) => [item.key, iso(item.at), item.path])).toEqual([
      [`follow_up:s1:${followUps[0]?.askFrom}`, '2026-11-24T17:00:00.000Z', '/follow-up/s1'],
      [`follow_up:s2:${followUps[1]?.askFrom}`, '2026-11-25T07:00:00.000Z', '/exercise'],
    ]);
  });

  it('leaves out what lies before the start or at the end of the period', () => {
    const day = reminderOccurrences(
      allOn,
      Date.parse('2026-11-25T20:00:00+01:00'),
      Date.parse('2026-11-26T20:00:00+01:00'),
    );
    expect(day.map((item) => item.key)).toEqual(['check_in:2026-11-25', 'exercise:2026-11-26']);
  });
});

describe('outOfQuietHours', () => {
  it('moves a moment in the quiet hours to their end, the same night or the next morning', () => {
    const settings = { quietFrom: '22:00', quietUntil: '08:00' };
    expect(iso(outOfQuietHours(Date.parse('2026-11-24T23:30:00+01:00'), settings))).toBe('2026-11-25T07:00:00.000Z');
    expect(iso(outOfQuietHours(Date.parse('2026-11-25T03:00:00+01:00'), settings))).toBe('2026-11-25T07:00:00.000Z');
    expect(iso(outOfQuietHours(Date.parse('2026-11-25T08:00:00+01:00'), settings))).toBe('2026-11-25T07:00:00.000Z');
    expect(iso(outOfQuietHours(Date.parse('2026-11-25T12:00:00+01:00'), settings))).toBe('2026-11-25T11:00:00.000Z');
  });
});

describe('reminderInputs', () => {
  const planId = '019a0000-0000-7000-8000-0000000000a1';
  const sessionId = '019a0000-0000-7000-8000-000000000101';
  let n = 0;
  const record = (type: string, data: unknown, id?: string): SyncRecord => {
    n += 1;
    return {
      id: id ?? `019a0000-0000-7000-8000-${String(n).padStart(12, '0')}`,
      type,
      data,
      hlc: `2026-11-20T17:00:00.000Z-${String(n).padStart(4, '0')}-0123456789abcdef`,
      deleted: false,
    };
  };
  const plan = {
    planId,
    version: 1,
    effectiveFrom: '2026-11-17T10:00:00+01:00',
    activity: 'walking',
    unit: 'minutes',
    baselineSessions: 3,
    baseline: [10, 12, 14],
    goal: 16,
    sessions: 4,
    mode: 'symptom',
    windowHours: 48,
    levels: [8, 11, 13, 16],
    status: 'active',
  };
  const session = {
    planId,
    version: 1,
    occurrence: 1,
    phase: 'plan',
    level: 0,
    amount: 8,
    painBefore: 3,
    painAfter: 4,
    endedAt: '2026-11-20T18:00:00+01:00',
  };

  it('reads the settings, the review day and the follow-up still to come of an activity session', () => {
    const records = [
      record('reminder_settings', allOn.settings),
      record('review_settings', { reviewDay: 5, activeDaysPerWeek: 3 }),
      record('activity_plan', plan),
      record('activity_session', session, sessionId),
    ];
    const inputs = reminderInputs(readerOf(records), Date.parse('2026-11-20T20:00:00+01:00'));
    expect(inputs.settings).toEqual(allOn.settings);
    expect(inputs.reviewDay).toBe(5);
    expect(inputs.exerciseDays).toEqual([]);
    expect(inputs.followUps).toEqual([
      { sessionId, askFrom: Date.parse('2026-11-21T18:00:00+01:00'), path: `/follow-up/${sessionId}` },
    ]);
  });

  it('has no follow-up once the back settled, and defaults without settings', () => {
    const records = [
      record('activity_plan', plan),
      record('activity_session', session, sessionId),
      record('follow_up', { sessionId, at: '2026-11-21T18:10:00+01:00', answer: 'yes' }),
    ];
    const inputs = reminderInputs(readerOf(records), Date.parse('2026-11-21T19:00:00+01:00'));
    expect(inputs.followUps).toEqual([]);
    expect(inputs.settings).toEqual(DEFAULT_REMINDER_SETTINGS);
    expect(inputs.reviewDay).toBe(7);
  });
});
