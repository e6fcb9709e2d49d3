import { describe, expect, it } from 'vitest';
import { GUIDES, guideSeconds, guideStepAt, stepStart } from './guides';
import { DEFAULT_SETTINGS, paceOf, RATES, readSettings } from './paceSettings';
import { MIN_LOGGED_SECONDS, sessionRecord, weekSummary } from './sessionRecord';

describe('the relaxation guides', () => {
  it('last about 5 to 8 minutes each', () => {
    for (const guide of Object.values(GUIDES)) {
      expect(guideSeconds(guide), guide.id).toBeGreaterThanOrEqual(5 * 60);
      expect(guideSeconds(guide), guide.id).toBeLessThanOrEqual(8 * 60);
    }
  });

  it('move from step to step on the clock, counting down the seconds of each', () => {
    const steps = [{ seconds: 30 }, { seconds: 60 }];
    expect(guideStepAt(steps, 0)).toEqual({ index: 0, secondsLeft: 30, done: false });
    expect(guideStepAt(steps, 29.5)).toEqual({ index: 0, secondsLeft: 1, done: false });
    expect(guideStepAt(steps, 30)).toEqual({ index: 1, secondsLeft: 60, done: false });
    expect(guideStepAt(steps, 90)).toEqual({ index: 1, secondsLeft: 0, done: true });
    expect(stepStart(steps, 1)).toBe(30);
  });
});

describe('the pacer settings', () => {
  it('start at 6 breaths a minute, 4 seconds in and 6 out, for 5 minutes', () => {
    expect(paceOf(DEFAULT_SETTINGS)).toEqual({ inhaleSeconds: 4, exhaleSeconds: 6, minutes: 5 });
  });

  it('offer 4.5 to 7 breaths a minute in half steps', () => {
    expect(RATES).toEqual([4.5, 5, 5.5, 6, 6.5, 7]);
  });

  it('read back what was kept, and fall back to the default for anything else', () => {
    expect(readSettings('{"breathsPerMinute":5,"split":0,"minutes":3,"tone":true}')).toEqual({
      breathsPerMinute: 5,
      split: 0,
      minutes: 3,
      tone: true,
      vibration: false,
    });
    expect(readSettings('{"breathsPerMinute":12,"split":7,"minutes":0}')).toEqual(DEFAULT_SETTINGS);
    expect(readSettings('not json')).toEqual(DEFAULT_SETTINGS);
    expect(readSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('never make the out-breath shorter than the in-breath', () => {
    for (const breathsPerMinute of RATES)
      for (const split of [0, 1, 2]) {
        const pace = paceOf({ ...DEFAULT_SETTINGS, breathsPerMinute, split });
        expect(pace.exhaleSeconds).toBeGreaterThanOrEqual(pace.inhaleSeconds);
      }
  });
});

describe('the session record', () => {
  const startedAt = '2026-11-28T20:00:00.000Z';

  it('keeps the pacer’s pace and the whole seconds done', () => {
    expect(
      sessionRecord({
        kind: 'breathing_pacer',
        startedAt,
        plannedSeconds: 300,
        doneMs: 120_900,
        pace: { inhaleSeconds: 4, exhaleSeconds: 6, minutes: 5 },
      }),
    ).toEqual({
      kind: 'breathing_pacer',
      startedAt,
      plannedSeconds: 300,
      doneSeconds: 120,
      inhaleSeconds: 4,
      exhaleSeconds: 6,
    });
  });

  it('never counts more than planned, and leaves out a session stopped within seconds', () => {
    expect(sessionRecord({ kind: 'mindfulness', startedAt, plannedSeconds: 300, doneMs: 301_000 })?.doneSeconds).toBe(
      300,
    );
    expect(
      sessionRecord({ kind: 'mindfulness', startedAt, plannedSeconds: 300, doneMs: (MIN_LOGGED_SECONDS - 1) * 1000 }),
    ).toBeUndefined();
  });

  it('sums this week’s sessions and minutes', () => {
    const dayOf = (instant: string) => instant.slice(0, 10);
    const sessions = [
      { startedAt: '2026-11-28T20:00:00.000Z', doneSeconds: 300 },
      { startedAt: '2026-11-22T20:00:00.000Z', doneSeconds: 90 },
      { startedAt: '2026-11-21T20:00:00.000Z', doneSeconds: 600 },
    ];
    expect(weekSummary(sessions, '2026-11-28', dayOf)).toEqual({ sessions: 2, minutes: 7 });
  });
});
