import { describe, expect, it } from 'vitest';
import type { CheckIn } from '../checkIn/checkIn.js';
import { chartAxisMax, chartPoints, checkInSeries, linePath, summarizeSeries } from './checkInSeries.js';

const day = (data: CheckIn) => [data.date, { data }] as const;

describe('check-in series for a chart', () => {
  it('gives one entry per day, oldest first, with gaps for missing days and skipped fields', () => {
    const byDay = new Map([
      day({ date: '2026-11-23', pain: 3, sleepHours: 7, stress: 2 }),
      day({ date: '2026-11-25', pain: 5 }),
    ]);
    expect(checkInSeries(byDay, '2026-11-25', 3)).toEqual({
      days: ['2026-11-23', '2026-11-24', '2026-11-25'],
      pain: [3, null, 5],
      sleepHours: [7, null, null],
      stress: [2, null, null],
    });
  });

  it('keeps a zero as a value, not a gap', () => {
    const byDay = new Map([day({ date: '2026-11-25', pain: 0, stress: 0 })]);
    expect(checkInSeries(byDay, '2026-11-25', 1).pain).toEqual([0]);
  });

  it('crosses month ends without skipping a day', () => {
    expect(checkInSeries(new Map(), '2026-03-01', 30).days).toHaveLength(30);
    expect(checkInSeries(new Map(), '2026-03-01', 2).days).toEqual(['2026-02-28', '2026-03-01']);
  });
});

describe('summaries of a series', () => {
  it('counts only days with a value and rounds the mean to one decimal', () => {
    expect(summarizeSeries([4, null, 5, 6, 5])).toEqual({ filled: 4, mean: 5, min: 4, max: 6 });
    expect(summarizeSeries([1, 2, 2])).toEqual({ filled: 3, mean: 1.7, min: 1, max: 2 });
  });

  it('has no mean when nothing was filled in', () => {
    expect(summarizeSeries([null, null])).toEqual({ filled: 0, mean: null, min: null, max: null });
  });
});

describe('chart geometry', () => {
  const box = { width: 40, height: 10, yMax: 10 };

  it('puts the axis top on a round number above every value', () => {
    expect(
      chartAxisMax(
        [
          [4, 10],
          [8, null],
        ],
        12,
        2,
      ),
    ).toBe(12);
    expect(chartAxisMax([[13.5]], 12, 2)).toBe(14);
    expect(chartAxisMax([[]], 10, 5)).toBe(10);
  });

  it('spreads days evenly and draws values from the bottom up', () => {
    expect(chartPoints([0, null, 10], { width: 100, height: 50, yMax: 10 })).toEqual([
      { index: 0, value: 0, x: 0, y: 50 },
      { index: 2, value: 10, x: 100, y: 0 },
    ]);
  });

  it('keeps a value above the axis inside the box', () => {
    expect(chartPoints([24], { width: 10, height: 10, yMax: 12 })[0]?.y).toBe(0);
  });

  it('breaks the line at a missing day instead of bridging it', () => {
    expect(linePath([0, 10, null, 5, 5], box)).toBe('M0 10L10 0M30 5L40 5');
  });

  it('draws no line for a lone value between gaps', () => {
    expect(linePath([null, 4, null, null, null], box)).toBe('');
    expect(linePath([1, null, 4, null, 2], box)).toBe('');
  });

  it('draws nothing for an empty series', () => {
    expect(linePath([null, null], box)).toBe('');
  });
});
