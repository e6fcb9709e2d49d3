import { lastDays } from '../calendar/calendarDay.js';
import type { CheckIn } from '../checkIn/checkIn.js';

/** A value per calendar day, `null` for a day without that value. */
export type DailyValues = (number | null)[];

/** The check-in values of consecutive days, oldest first, ready to chart. */
export type CheckInSeries = {
  days: string[];
  pain: DailyValues;
  sleepHours: DailyValues;
  stress: DailyValues;
};

/**
 * The last `count` days up to `lastDay` with each day's pain, sleep hours and
 * stress. A day without a check-in, or a skipped field, is `null`: a gap, never
 * a zero, because a missing day says nothing about the pain.
 *
 * @example
 * checkInSeries(new Map([['2026-11-25', { data: { date: '2026-11-25', pain: 4 } }]]), '2026-11-25', 2)
 * // { days: ['2026-11-24', '2026-11-25'], pain: [null, 4], sleepHours: [null, null], stress: [null, null] }
 */
export function checkInSeries(
  byDay: ReadonlyMap<string, { data: CheckIn }>,
  lastDay: string,
  count: number,
): CheckInSeries {
  const days = lastDays(lastDay, count);
  const pick = (field: 'pain' | 'sleepHours' | 'stress') => days.map((day) => byDay.get(day)?.data[field] ?? null);
  return { days, pain: pick('pain'), sleepHours: pick('sleepHours'), stress: pick('stress') };
}

export type SeriesSummary = {
  /** Days that have a value. */
  filled: number;
  /** Mean of the days with a value, rounded to one decimal; `null` without values. */
  mean: number | null;
  min: number | null;
  max: number | null;
};

/**
 * Count, mean, lowest and highest of the days that have a value; the text
 * alternative of a chart says these in words.
 *
 * @example
 * summarizeSeries([4, null, 5, 6]) // { filled: 3, mean: 5, min: 4, max: 6 }
 */
export function summarizeSeries(values: DailyValues): SeriesSummary {
  const present = values.filter((value): value is number => value !== null);
  if (present.length === 0) return { filled: 0, mean: null, min: null, max: null };
  const sum = present.reduce((total, value) => total + value, 0);
  return {
    filled: present.length,
    mean: Math.round((sum / present.length) * 10) / 10,
    min: Math.min(...present),
    max: Math.max(...present),
  };
}

/**
 * The top of a chart's value axis: at least `floor`, high enough for every
 * value, and a multiple of `step` so the grid lines fall on round numbers.
 *
 * @example
 * chartAxisMax([[4, 7], [8.5, null]], 12, 2) // 12
 * chartAxisMax([[13.5]], 12, 2) // 14
 */
export function chartAxisMax(series: readonly DailyValues[], floor: number, step: number): number {
  let max = floor;
  for (const values of series) for (const value of values) if (value !== null && value > max) max = value;
  return Math.ceil(max / step) * step;
}

/** The drawing area of a chart in SVG units; values run from 0 (bottom) to `yMax` (top). */
export type ChartBox = { width: number; height: number; yMax: number };

export type ChartPoint = { index: number; value: number; x: number; y: number };

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Where each day's value sits in the box: days spread evenly from left to
 * right, values from the bottom up. Days without a value have no point.
 *
 * @example
 * chartPoints([0, null, 10], { width: 100, height: 50, yMax: 10 })
 * // [{ index: 0, value: 0, x: 0, y: 50 }, { index: 2, value: 10, x: 100, y: 0 }]
 */
export function chartPoints(values: DailyValues, box: ChartBox): ChartPoint[] {
  const stepX = values.length > 1 ? box.width / (values.length - 1) : 0;
  const points: ChartPoint[] = [];
  values.forEach((value, index) => {
    if (value === null) return;
    const clamped = Math.min(Math.max(value, 0), box.yMax);
    points.push({ index, value, x: round1(index * stepX), y: round1(box.height - (clamped / box.yMax) * box.height) });
  });
  return points;
}

/**
 * An SVG path through the values. The line breaks at a missing day instead of
 * bridging it, so the chart never suggests a value nobody entered; a lone
 * value between gaps is left to the chart's markers.
 *
 * @example
 * linePath([0, 10, null, 5, 5], { width: 40, height: 10, yMax: 10 }) // 'M0 10L10 0M30 5L40 5'
 */
export function linePath(values: DailyValues, box: ChartBox): string {
  let path = '';
  let previous = -2;
  for (const point of chartPoints(values, box)) {
    path += `${point.index === previous + 1 ? 'L' : 'M'}${point.x} ${point.y}`;
    previous = point.index;
  }
  // Drop move-only fragments (a lone point): they draw nothing and only add bytes.
  return path.replace(/M[^ML]+(?=M|$)/g, '');
}
