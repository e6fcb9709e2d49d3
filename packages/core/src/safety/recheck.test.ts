import { describe, expect, it } from 'vitest';
import { isDue, isFlareUp, median } from './recheck.js';

describe('re-checks', () => {
  it('is due after the interval, on the day it ends, and when never done', () => {
    expect(isDue('2026-10-28', '2026-11-25', 28)).toBe(true);
    expect(isDue('2026-10-29', '2026-11-25', 28)).toBe(false);
    expect(isDue(undefined, '2026-11-25', 84)).toBe(true);
    expect(isDue('2024-02-01', '2024-04-25', 84)).toBe(true);
    expect(isDue('2024-02-02', '2024-04-25', 84)).toBe(false);
  });

  it('takes the median of odd and even lists', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });

  it('calls pain at least 3 points above the median of the previous days a flare-up', () => {
    expect(isFlareUp(7, [3, 4, 4, 5])).toBe(true);
    expect(isFlareUp(6, [3, 4, 4, 5])).toBe(false);
    expect(isFlareUp(5.5, [1, 2, 3, 4])).toBe(true);
  });

  it('calls severe pain a flare-up when there is no usual pain to compare with (the safer side)', () => {
    expect(isFlareUp(9, [])).toBe(true);
    expect(isFlareUp(7, [])).toBe(true);
    expect(isFlareUp(6, [])).toBe(false);
  });
});
