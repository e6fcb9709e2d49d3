import { BREATHS_PER_MINUTE, breathsPerMinute, validateBreathingPace } from '@veerkracht/core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, MINUTES, paceOf, RATES, readSettings } from './paceSettings';

describe('the pacer settings', () => {
  it('start at 6 breaths a minute, 4 seconds in and 6 out, for 5 minutes, with no tone and no vibration', () => {
    expect(paceOf(DEFAULT_SETTINGS)).toEqual({ inhaleSeconds: 4, exhaleSeconds: 6, minutes: 5 });
    expect(DEFAULT_SETTINGS.tone).toBe(false);
    expect(DEFAULT_SETTINGS.vibration).toBe(false);
  });

  it('offer 4.5 to 7 breaths a minute in half steps, and 1 to 10 minutes', () => {
    expect(RATES).toEqual([4.5, 5, 5.5, 6, 6.5, 7]);
    expect(RATES[0]).toBe(BREATHS_PER_MINUTE.min);
    expect(MINUTES).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('give a pace inside the rules for every choice, never with the out-breath shorter than the in-breath', () => {
    for (const rate of RATES)
      for (const split of [0, 1, 2])
        for (const minutes of MINUTES) {
          const pace = paceOf({ ...DEFAULT_SETTINGS, breathsPerMinute: rate, split, minutes });
          expect(validateBreathingPace(pace).ok).toBe(true);
          expect(pace.exhaleSeconds).toBeGreaterThanOrEqual(pace.inhaleSeconds);
          expect(breathsPerMinute(pace)).toBeCloseTo(rate, 0);
          expect(pace.minutes).toBe(minutes);
        }
  });

  it('split a breath equally, 4 to 6, or 1 to 2', () => {
    const at = (split: number) => paceOf({ ...DEFAULT_SETTINGS, split });
    expect(at(0)).toMatchObject({ inhaleSeconds: 5, exhaleSeconds: 5 });
    expect(at(1)).toMatchObject({ inhaleSeconds: 4, exhaleSeconds: 6 });
    expect(at(2)).toMatchObject({ inhaleSeconds: 3.3, exhaleSeconds: 6.7 });
  });
});

describe('reading the kept pacer settings', () => {
  it('gives back what was kept', () => {
    expect(readSettings('{"breathsPerMinute":5,"split":0,"minutes":3,"tone":true}')).toEqual({
      breathsPerMinute: 5,
      split: 0,
      minutes: 3,
      tone: true,
      vibration: false,
    });
  });

  it('falls back to the default for each setting that is not a valid choice', () => {
    expect(readSettings('{"breathsPerMinute":12,"split":7,"minutes":0,"tone":"yes"}')).toEqual(DEFAULT_SETTINGS);
    expect(readSettings('{"breathsPerMinute":"6","minutes":2.5}')).toEqual(DEFAULT_SETTINGS);
    expect(readSettings('{"minutes":2}')).toEqual({ ...DEFAULT_SETTINGS, minutes: 2 });
  });

  it('falls back to the defaults when nothing was kept or the text is damaged', () => {
    expect(readSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings('not json')).toEqual(DEFAULT_SETTINGS);
    expect(readSettings('[1,2]')).toEqual(DEFAULT_SETTINGS);
    expect(readSettings('null')).toEqual(DEFAULT_SETTINGS);
  });
});
