import { breathAt, DEFAULT_BREATHING_PACE } from '@veerkracht/core';
import { describe, expect, it } from 'vitest';
import { circleScale, plannedSeconds, SMALLEST } from './pacerView';

describe('the pacer circle', () => {
  const at = (ms: number) => circleScale(breathAt(DEFAULT_BREATHING_PACE, ms));

  it('is small at the start of the in-breath and grows to its full size', () => {
    expect(at(0)).toBe(SMALLEST);
    expect(at(2_000)).toBeCloseTo(0.775);
    expect(at(3_999)).toBeGreaterThan(0.99);
  });

  it('shrinks on the out-breath, back to small for the next in-breath', () => {
    expect(at(4_000)).toBe(1);
    expect(at(7_000)).toBeCloseTo(0.775);
    expect(at(9_999)).toBeLessThan(0.56);
    expect(at(10_000)).toBe(SMALLEST);
  });

  it('rests small when the exercise is over', () => {
    expect(at(300_000)).toBe(SMALLEST);
  });
});

describe('the planned length of a pacer session', () => {
  it('is the minutes chosen when they hold whole breaths', () => {
    expect(plannedSeconds(DEFAULT_BREATHING_PACE)).toBe(300);
    expect(plannedSeconds({ inhaleSeconds: 4, exhaleSeconds: 6, minutes: 1 })).toBe(60);
  });

  it('ends after the last whole breath otherwise', () => {
    expect(plannedSeconds({ inhaleSeconds: 5.3, exhaleSeconds: 8, minutes: 1 })).toBe(53);
  });
});
