import { describe, expect, it } from 'vitest';
import { sleepSummary } from './sleepSummary.js';

describe('sleepSummary', () => {
  const target = { minHours: 7, maxHours: 9 };

  it('lists every day of the period with its hours, or null for a night not filled in', () => {
    const nights = new Map([
      ['2026-11-28', { hoursSlept: 6 }],
      ['2026-11-26', { hoursSlept: 8.25 }],
    ]);
    const summary = sleepSummary(nights, target, '2026-11-28', 3);
    expect(summary).toEqual({
      days: ['2026-11-26', '2026-11-27', '2026-11-28'],
      hours: [8.25, null, 6],
      filled: 2,
      meanHours: 7.1,
      withinTarget: 1,
    });
  });

  it('counts both ends of the target as within it, and ignores nights outside the period', () => {
    const nights = new Map([
      ['2026-11-28', { hoursSlept: 7 }],
      ['2026-11-27', { hoursSlept: 9 }],
      ['2026-11-20', { hoursSlept: 9 }],
    ]);
    expect(sleepSummary(nights, target, '2026-11-28', 2)).toMatchObject({ filled: 2, withinTarget: 2, meanHours: 8 });
  });

  it('has no mean without nights', () => {
    expect(sleepSummary(new Map(), target, '2026-11-28', 7)).toMatchObject({ filled: 0, meanHours: null });
  });
});
