import { axisTicks, datedChartPoints, pathThrough } from '@veerkracht/core';
import { formatDay, formatNumber, formatShortDate, useI18n } from '../i18n/i18n';
import { ChartFrame, type ChartSize, plotArea } from '../ui/ChartFrame';
import type { MeasureTexts } from './texts';

// SVG units; the chart scales to the width of the screen.
const SIZE: ChartSize = { width: 320, height: 150, left: 26, right: 14, top: 10, bottom: 24 };

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
  const { box } = plotArea(SIZE, props.max);
  const placed = datedChartPoints(props.points, box);
  const first = props.points[0];
  const last = props.points.at(-1);
  const dateOptions = { withYearIfNot: props.today };
  return (
    <figure class="measure-trend" aria-labelledby={`${props.id}-title`}>
      <figcaption id={`${props.id}-title`} class="measure-trend-title">
        {props.title}
      </figcaption>
      {placed.length > 1 && first && last && (
        <ChartFrame
          size={SIZE}
          yMax={props.max}
          ticks={axisTicks(props.max, props.tickStep)}
          svgClass="measure-trend-svg"
          gridClass="measure-trend-grid"
          lineClass="measure-trend-axis"
          labelClass="measure-trend-label"
          xLabels={[
            { x: SIZE.left, text: formatShortDate(first.date, lang, dateOptions), anchor: 'start' },
            { x: SIZE.width - SIZE.right, text: formatShortDate(last.date, lang, dateOptions), anchor: 'end' },
          ]}
        >
          <path class="measure-trend-line" d={pathThrough(placed)} />
          {placed.map((point) => (
            <circle key={point.date} class="measure-trend-dot" cx={point.x} cy={point.y} r={4} />
          ))}
        </ChartFrame>
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
