import { axisTicks, type ChartBox, datedChartPoints, pathThrough } from '@veerkracht/core';
import { formatDay, formatNumber, formatShortDate, useI18n } from '../i18n/i18n';
import type { MeasureTexts } from './texts';

// SVG units; the chart scales to the width of the screen.
const WIDTH = 320;
const HEIGHT = 150;
const LEFT = 26;
const RIGHT = 14;
const TOP = 10;
const BOTTOM = 24;

/** One filled-in questionnaire: its day, its score and, for some, the group the score falls in (e.g. "midden"). */
export type TrendPoint = { date: string; value: number; group?: string };

/**
 * A measure over time: a small line in SVG (hidden from screen readers), with
 * the scores along the side and the first and last day along the bottom, and
 * the same values as a visible list of days and scores, which is the text
 * alternative. Points are spaced by the days between them.
 */
export function MeasureTrend(props: {
  texts: MeasureTexts;
  id: string;
  title: string;
  points: readonly TrendPoint[];
  /** The highest possible score: the top of the chart. */
  max: number;
  /** Distance between the scores written along the side. */
  tickStep: number;
  today: string;
}) {
  const { t, lang } = useI18n();
  const { measures } = props.texts;
  if (props.points.length === 0) return <p class="muted">{measures.trendEmpty}</p>;
  const box: ChartBox = { width: WIDTH - LEFT - RIGHT, height: HEIGHT - TOP - BOTTOM, yMax: props.max };
  const placed = datedChartPoints(props.points, box);
  const yOf = (value: number) => TOP + box.height - (value / props.max) * box.height;
  const first = props.points[0];
  const last = props.points.at(-1);
  const dateOptions = { withYearIfNot: props.today };
  return (
    <figure class="measure-trend" aria-labelledby={`${props.id}-title`}>
      <figcaption id={`${props.id}-title`} class="measure-trend-title">
        {props.title}
      </figcaption>
      {placed.length > 1 && first && last && (
        <svg class="measure-trend-svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
          <g class="measure-trend-grid">
            {axisTicks(props.max, props.tickStep).map((tick) => (
              <g key={tick}>
                <line class="measure-trend-axis" x1={LEFT} x2={WIDTH - RIGHT} y1={yOf(tick)} y2={yOf(tick)} />
                <text class="measure-trend-label" x={LEFT - 6} y={yOf(tick) + 4} text-anchor="end">
                  {tick}
                </text>
              </g>
            ))}
            <text class="measure-trend-label" x={LEFT} y={HEIGHT - 6} text-anchor="start">
              {formatShortDate(first.date, lang, dateOptions)}
            </text>
            <text class="measure-trend-label" x={WIDTH - RIGHT} y={HEIGHT - 6} text-anchor="end">
              {formatShortDate(last.date, lang, dateOptions)}
            </text>
          </g>
          <g transform={`translate(${LEFT} ${TOP})`}>
            <path class="measure-trend-line" d={pathThrough(placed)} />
            {placed.map((point) => (
              <circle key={point.date} class="measure-trend-dot" cx={point.x} cy={point.y} r={4} />
            ))}
          </g>
        </svg>
      )}
      <ol class="measure-trend-list">
        {props.points.map((point) => {
          const params = {
            day: formatDay(point.date, lang, 'long', dateOptions),
            value: formatNumber(point.value, lang),
            max: props.max,
          };
          return (
            <li key={point.date} data-trend-date={point.date}>
              {point.group === undefined
                ? t('measures.trend.point', params)
                : t('measures.trend.pointGroup', { ...params, group: point.group })}
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
