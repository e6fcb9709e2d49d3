import { validateRelaxationSession } from '@veerkracht/core';
import { describe, expect, it } from 'vitest';
import { latestSessions, MIN_LOGGED_SECONDS, sessionRecord, weekSummary } from './sessionRecord';

const startedAt = '2026-11-28T20:00:00.000Z';
const pace = { inhaleSeconds: 4, exhaleSeconds: 6, minutes: 5 };

describe('the session record built when a session ends', () => {
  it('keeps the pacer’s pace and the whole seconds done', () => {
    const record = sessionRecord({ kind: 'breathing_pacer', startedAt, plannedSeconds: 300, doneMs: 120_900, pace });
    expect(record).toEqual({
      kind: 'breathing_pacer',
      startedAt,
      plannedSeconds: 300,
      doneSeconds: 120,
      inhaleSeconds: 4,
      exhaleSeconds: 6,
    });
    expect(validateRelaxationSession(record).ok).toBe(true);
  });

  it('carries no pace for a guide', () => {
    const record = sessionRecord({ kind: 'body_scan', startedAt, plannedSeconds: 480, doneMs: 200_000, pace });
    expect(record).toEqual({ kind: 'body_scan', startedAt, plannedSeconds: 480, doneSeconds: 200 });
    expect(validateRelaxationSession(record).ok).toBe(true);
  });

  it('never counts more than planned', () => {
    const record = sessionRecord({ kind: 'mindfulness', startedAt, plannedSeconds: 300, doneMs: 301_000 });
    expect(record?.doneSeconds).toBe(300);
    expect(validateRelaxationSession(record).ok).toBe(true);
  });

  it('leaves out a guide stopped within half a minute, and keeps one stopped after it', () => {
    expect(MIN_LOGGED_SECONDS.guided_breathing).toBe(30);
    expect(sessionRecord({ kind: 'guided_breathing', startedAt, plannedSeconds: 360, doneMs: 29_999 })).toBeUndefined();
    expect(
      sessionRecord({ kind: 'guided_breathing', startedAt, plannedSeconds: 360, doneMs: 30_000 })?.doneSeconds,
    ).toBe(30);
  });

  it('leaves out a pacer stopped within ten seconds, and keeps one stopped after it', () => {
    expect(
      sessionRecord({ kind: 'breathing_pacer', startedAt, plannedSeconds: 60, doneMs: 9_500, pace }),
    ).toBeUndefined();
    expect(
      sessionRecord({ kind: 'breathing_pacer', startedAt, plannedSeconds: 60, doneMs: 10_000, pace }),
    ).toMatchObject({ doneSeconds: 10 });
  });
});

describe('the week’s summary', () => {
  const dayOf = (instant: string) => instant.slice(0, 10);

  it('sums the sessions and minutes of the 7 days ending today', () => {
    const sessions = [
      { startedAt: '2026-11-28T20:00:00.000Z', doneSeconds: 300 },
      { startedAt: '2026-11-22T20:00:00.000Z', doneSeconds: 90 },
      { startedAt: '2026-11-21T20:00:00.000Z', doneSeconds: 600 },
    ];
    expect(weekSummary(sessions, '2026-11-28', dayOf)).toEqual({ sessions: 2, minutes: 7 });
  });

  it('shows a short session as a minute, never as none', () => {
    expect(weekSummary([{ startedAt: '2026-11-28T20:00:00.000Z', doneSeconds: 15 }], '2026-11-28', dayOf)).toEqual({
      sessions: 1,
      minutes: 1,
    });
  });

  it('is empty without sessions, and leaves out sessions with an unreadable start', () => {
    expect(weekSummary([], '2026-11-28', dayOf)).toEqual({ sessions: 0, minutes: 0 });
    expect(weekSummary([{ startedAt: 'x', doneSeconds: 60 }], '2026-11-28', () => undefined)).toEqual({
      sessions: 0,
      minutes: 0,
    });
  });
});

describe('the latest sessions', () => {
  it('come newest first, by the moment they started in any time zone', () => {
    const sessions = [
      { startedAt: '2026-11-27T20:00:00.000Z', doneSeconds: 1 },
      { startedAt: '2026-11-28T08:00:00+01:00', doneSeconds: 2 },
      { startedAt: '2026-11-28T07:30:00.000Z', doneSeconds: 3 },
    ];
    expect(latestSessions(sessions, 5).map((session) => session.doneSeconds)).toEqual([3, 2, 1]);
  });

  it('are at most as many as asked for', () => {
    const sessions = [{ startedAt: '2026-11-27T20:00:00.000Z' }, { startedAt: '2026-11-28T20:00:00.000Z' }];
    expect(latestSessions(sessions, 1)).toEqual([{ startedAt: '2026-11-28T20:00:00.000Z' }]);
    expect(latestSessions(sessions, 0)).toEqual([]);
  });
});
