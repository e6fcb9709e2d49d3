import { daysBetween } from '../calendar/calendarDay.js';
import type { ChartBox } from './checkInSeries.js';

/** One value on one calendar day, e.g. a questionnaire's score. */
export type DatedValue = { date: string; value: number };
export type DatedChartPoint = DatedValue & { x: number; y: number };

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Where each dated value sits in the box: x by the number of days since the
 * first value (so a long gap between two questionnaires looks long), y from
 * the bottom (0) to the top (`yMax`). Values must be oldest first; a single
 * value sits in the middle.
 *
 * @example
 * datedChartPoints([{ date: '2026-01-01', value: 0 }, { date: '2026-01-11', value: 10 }], { width: 100, height: 50, yMax: 10 })
 * // [{ date: '2026-01-01', value: 0, x: 0, y: 50 }, { date: '2026-01-11', value: 10, x: 100, y: 0 }]
 */
export function datedChartPoints(points: readonly DatedValue[], box: ChartBox): DatedChartPoint[] {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return [];
  const span = daysBetween(first.date, last.date);
  return points.map((point) => {
    const clamped = Math.min(Math.max(point.value, 0), box.yMax);
    return {
      ...point,
      x: span > 0 ? round1((daysBetween(first.date, point.date) / span) * box.width) : round1(box.width / 2),
      y: round1(box.height - (clamped / box.yMax) * box.height),
    };
  });
}

/**
 * An SVG path joining points in order; empty for fewer than two points.
 *
 * @example
 * pathThrough([{ x: 0, y: 50 }, { x: 100, y: 0 }]) // 'M0 50L100 0'
 */
export function pathThrough(points: readonly { x: number; y: number }[]): string {
  if (points.length < 2) return '';
  return points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join('');
}

/**
 * The values to write along a chart's vertical axis: from 0 to `max` in
 * steps of `step` (the last tick is always `max`).
 *
 * @example
 * axisTicks(10, 5) // [0, 5, 10]
 * axisTicks(9, 3) // [0, 3, 6, 9]
 */
export function axisTicks(max: number, step: number): number[] {
  const ticks: number[] = [];
  for (let value = 0; value < max; value += step) ticks.push(value);
  ticks.push(max);
  return ticks;
}
