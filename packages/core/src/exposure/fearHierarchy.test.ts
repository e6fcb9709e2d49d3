import { describe, expect, it } from 'vitest';
import {
  exposureDifference,
  isMeaningfulFearChange,
  nextExposureStep,
  offerGradedExposure,
  orderFearHierarchy,
} from './fearHierarchy.js';

describe('fear hierarchy', () => {
  it('orders movements from least to most feared, keeping the given order for equal ratings', () => {
    const ordered = orderFearHierarchy([
      { movement: 'lift_crate', rating: 80 },
      { movement: 'twist', rating: 30 },
      { movement: 'bend', rating: 30 },
      { movement: 'vacuum', rating: 0 },
    ]);
    expect(ordered.map((r) => r.movement)).toEqual(['vacuum', 'twist', 'bend', 'lift_crate']);
  });

  it('proposes the least feared movement not practised yet, and nothing when all are practised', () => {
    const ratings = [
      { movement: 'twist', rating: 40 },
      { movement: 'bend', rating: 20 },
    ];
    expect(nextExposureStep(ratings, [])).toEqual({ movement: 'bend', rating: 20 });
    expect(nextExposureStep(ratings, [{ movement: 'bend', expected: 6, actual: 3 }])).toEqual({
      movement: 'twist',
      rating: 40,
    });
    expect(
      nextExposureStep(ratings, [
        { movement: 'bend', expected: 6, actual: 3 },
        { movement: 'twist', expected: 5, actual: 5 },
      ]),
    ).toBeNull();
  });

  it.each([
    [[{ movement: 'bend', rating: 101 }], /ratings\.0\.rating/],
    [[{ movement: 'bend', rating: 50.5 }], /ratings\.0\.rating/],
    [[{ movement: '', rating: 5 }], /ratings\.0\.movement/],
    [
      [
        { movement: 'bend', rating: 5 },
        { movement: 'bend', rating: 6 },
      ],
      /ratings\.1\.movement/,
    ],
  ])('throws a RangeError naming the field for %j', (ratings, field) => {
    expect(() => orderFearHierarchy(ratings)).toThrow(field);
  });

  it('shows expectation versus experience as actual minus expected', () => {
    expect(exposureDifference({ movement: 'bend', expected: 7, actual: 3 })).toBe(-4);
    expect(exposureDifference({ movement: 'bend', expected: 2, actual: 5 })).toBe(3);
    expect(() => exposureDifference({ movement: 'bend', expected: 11, actual: 3 })).toThrow(/expected/);
    expect(() => exposureDifference({ movement: 'bend', expected: 1, actual: -1 })).toThrow(/actual/);
  });

  it('calls a change of more than 20 points meaningful, and exactly 20 not', () => {
    expect(isMeaningfulFearChange(70, 49)).toBe(true);
    expect(isMeaningfulFearChange(70, 50)).toBe(false);
    expect(isMeaningfulFearChange(30, 51)).toBe(true);
  });

  it('offers graded exposure for STarT Back item 5 agreed or any rating of 50 or more', () => {
    expect(offerGradedExposure({ startBackQ5: true })).toBe(true);
    expect(offerGradedExposure({ ratings: [{ movement: 'bend', rating: 50 }] })).toBe(true);
    expect(offerGradedExposure({ startBackQ5: false, ratings: [{ movement: 'bend', rating: 49 }] })).toBe(false);
    expect(offerGradedExposure({})).toBe(false);
  });
});
