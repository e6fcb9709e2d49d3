import { describe, expect, it } from 'vitest';
import { axisTicks, datedChartPoints, pathThrough } from './measureChart.js';

const box = { width: 100, height: 50, yMax: 10 };

describe('a chart of dated values', () => {
  it('spaces the points by the days between them, not by their number', () => {
    const points = datedChartPoints(
      [
        { date: '2026-01-01', value: 2 },
        { date: '2026-01-02', value: 4 },
        { date: '2026-01-11', value: 10 },
      ],
      box,
    );
    expect(points.map((point) => point.x)).toEqual([0, 10, 100]);
    expect(points.map((point) => point.y)).toEqual([40, 30, 0]);
  });

  it('puts a single value in the middle and keeps values inside the box', () => {
    expect(datedChartPoints([{ date: '2026-01-01', value: 12 }], box)).toEqual([
      { date: '2026-01-01', value: 12, x: 50, y: 0 },
    ]);
    expect(datedChartPoints([], box)).toEqual([]);
  });

  it('joins two or more points with a line, and draws nothing for one', () => {
    expect(
      pathThrough([
        { x: 0, y: 50 },
        { x: 10, y: 30 },
        { x: 100, y: 0 },
      ]),
    ).toBe('M0 50L10 30L100 0');
    expect(pathThrough([{ x: 0, y: 50 }])).toBe('');
  });

  it('labels the vertical axis from 0 to the maximum, the maximum included', () => {
    expect(axisTicks(10, 5)).toEqual([0, 5, 10]);
    expect(axisTicks(9, 3)).toEqual([0, 3, 6, 9]);
    expect(axisTicks(9, 4)).toEqual([0, 4, 8, 9]);
  });
});
