import { describe, expect, it } from 'vitest';
import { GUIDE_IDS, GUIDES, guideSeconds, guideStepAt, isGuideId, stepStart } from './guides';

describe('the relaxation guides', () => {
  it('last about 5 to 10 minutes each', () => {
    for (const id of GUIDE_IDS) {
      expect(guideSeconds(GUIDES[id]), id).toBeGreaterThanOrEqual(5 * 60);
      expect(guideSeconds(GUIDES[id]), id).toBeLessThanOrEqual(10 * 60);
    }
  });

  it('are logged as their own kind of session', () => {
    expect(GUIDE_IDS.map((id) => GUIDES[id].kind)).toEqual(['guided_breathing', 'body_scan', 'mindfulness']);
  });

  it('know their own ids and nothing else', () => {
    expect(isGuideId('body-scan')).toBe(true);
    expect(isGuideId('breathing')).toBe(false);
    expect(isGuideId('')).toBe(false);
  });
});

describe('the step of a guide at a moment', () => {
  const steps = [{ seconds: 30 }, { seconds: 60 }];

  it('is the first step at the start, with all its seconds left', () => {
    expect(guideStepAt(steps, 0)).toEqual({ index: 0, secondsLeft: 30, done: false });
  });

  it('counts the seconds left up to the next whole second', () => {
    expect(guideStepAt(steps, 29.5)).toEqual({ index: 0, secondsLeft: 1, done: false });
  });

  it('moves to the next step the moment the previous one is over', () => {
    expect(guideStepAt(steps, 30)).toEqual({ index: 1, secondsLeft: 60, done: false });
  });

  it('is done after the last step', () => {
    expect(guideStepAt(steps, 90)).toEqual({ index: 1, secondsLeft: 0, done: true });
    expect(guideStepAt(steps, 500).done).toBe(true);
  });

  it('starts each step after the steps before it, and the first one at zero', () => {
    expect(stepStart(steps, 0)).toBe(0);
    expect(stepStart(steps, -1)).toBe(0);
    expect(stepStart(steps, 1)).toBe(30);
    expect(stepStart(steps, 2)).toBe(90);
  });
});
