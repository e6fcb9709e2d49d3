import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BREATHS_PER_MINUTE,
  breathAt,
  breathCount,
  breathsPerMinute,
  DEFAULT_BREATHING_PACE,
  INHALE_SHARES,
  paceFor,
  validateBreathingPace,
} from './breathingPace.js';

describe('the breathing pace', () => {
  it('is 4 seconds in and 6 out, 6 breaths a minute, for 5 minutes by default', () => {
    expect(DEFAULT_BREATHING_PACE).toEqual({ inhaleSeconds: 4, exhaleSeconds: 6, minutes: 5 });
    expect(breathsPerMinute(DEFAULT_BREATHING_PACE)).toBe(6);
    expect(validateBreathingPace(DEFAULT_BREATHING_PACE).ok).toBe(true);
  });

  it.each([
    [4.5, 0.5, 6.6, 6.7],
    [7, 0.5, 4.2, 4.4],
    [6, 1 / 3, 3.3, 6.7],
  ])('at %s breaths a minute with an in-share of %s is %s s in and %s s out', (rate, share, inhale, exhale) => {
    const pace = paceFor(rate, share, 5);
    expect(pace.inhaleSeconds).toBe(inhale);
    expect(pace.exhaleSeconds).toBe(exhale);
  });

  it('accepts every pace the settings can make (4.5–7 a minute, every split, 1–10 minutes)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5 }),
        fc.constantFrom(...INHALE_SHARES),
        fc.integer({ min: 1, max: 10 }),
        (step, share, minutes) => {
          const pace = paceFor(BREATHS_PER_MINUTE.min + step * BREATHS_PER_MINUTE.step, share, minutes);
          expect(validateBreathingPace(pace)).toEqual({ ok: true, value: pace });
          expect(pace.exhaleSeconds).toBeGreaterThanOrEqual(pace.inhaleSeconds);
        },
      ),
    );
  });

  it.each([
    [{ inhaleSeconds: 6, exhaleSeconds: 4, minutes: 5 }, 'exhaleSeconds'],
    [{ inhaleSeconds: 2, exhaleSeconds: 3, minutes: 5 }, 'inhaleSeconds'],
    [{ inhaleSeconds: 7, exhaleSeconds: 7, minutes: 5 }, 'inhaleSeconds'],
    [{ inhaleSeconds: 4, exhaleSeconds: 6, minutes: 0 }, 'minutes'],
    [{ inhaleSeconds: 4, exhaleSeconds: 6, minutes: 11 }, 'minutes'],
    [{ inhaleSeconds: 4, exhaleSeconds: 6, minutes: 2.5 }, 'minutes'],
    [{ inhaleSeconds: 0, exhaleSeconds: 6, minutes: 5 }, 'inhaleSeconds'],
  ])('refuses %j naming %s', (pace, field) => {
    const result = validateBreathingPace(pace);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.field)).toContain(field);
  });
});

describe('breathAt', () => {
  const pace = DEFAULT_BREATHING_PACE;

  it('starts with the first in-breath, counting down its seconds', () => {
    expect(breathAt(pace, 0)).toEqual({ phase: 'in', breath: 1, breaths: 30, secondsLeft: 4, progress: 0 });
    expect(breathAt(pace, 3100)).toMatchObject({ phase: 'in', secondsLeft: 1 });
  });

  it('breathes out after the in-breath, then starts the next breath', () => {
    expect(breathAt(pace, 4000)).toMatchObject({ phase: 'out', breath: 1, secondsLeft: 6, progress: 0 });
    expect(breathAt(pace, 7000)).toMatchObject({ phase: 'out', breath: 1, secondsLeft: 3, progress: 0.5 });
    expect(breathAt(pace, 10_000)).toMatchObject({ phase: 'in', breath: 2, secondsLeft: 4 });
  });

  it('ends after the last whole breath', () => {
    expect(breathAt(pace, 299_999)).toMatchObject({ phase: 'out', breath: 30, secondsLeft: 1 });
    expect(breathAt(pace, 300_000)).toEqual({ phase: 'done', breaths: 30 });
  });

  it('fits only whole breaths in the minutes, and at least one', () => {
    expect(breathCount({ inhaleSeconds: 6.7, exhaleSeconds: 6.6, minutes: 1 })).toBe(4);
    expect(breathCount({ inhaleSeconds: 6.7, exhaleSeconds: 6.7, minutes: 1 })).toBe(4);
    expect(breathCount({ inhaleSeconds: 30, exhaleSeconds: 40, minutes: 1 })).toBe(1);
  });

  it('always has between 1 and the phase’s seconds left, and progress from 0 to below 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600_000 }), (ms) => {
        const moment = breathAt(pace, ms);
        if (moment.phase === 'done') return;
        const phaseSeconds = moment.phase === 'in' ? pace.inhaleSeconds : pace.exhaleSeconds;
        expect(moment.secondsLeft).toBeGreaterThanOrEqual(1);
        expect(moment.secondsLeft).toBeLessThanOrEqual(phaseSeconds);
        expect(moment.progress).toBeGreaterThanOrEqual(0);
        expect(moment.progress).toBeLessThan(1);
      }),
    );
  });
});
