import { type ChartBox, chartPoints, linePath } from '@veerkracht/core';
import { formatDay, formatNumber, useI18n } from '../i18n/i18n';
import { fill, type SafetyTexts } from '../safety/texts';

const WIDTH = 320;
const HEIGHT = 120;
const PAD = 12;

/**
 * A measure over time: a small line in SVG (hidden from screen readers) and
 * the same values as a list of days and scores, which is the text alternative.
 */
export function MeasureTrend(props: {
  texts: SafetyTexts;
  id: string;
  title: string;
  points: readonly { date: string; value: number }[];
  max: number;
}) {
  const { lang } = useI18n();
  const { measures } = props.texts;
  if (props.points.length === 0) return <p class="muted">{measures.trendEmpty}</p>;
  const box: ChartBox = { width: WIDTH - 2 * PAD, height: HEIGHT - 2 * PAD, yMax: props.max };
  const values = props.points.map((point) => point.value);
  return (
    <figure class="measure-trend" aria-labelledby={`${props.id}-title`}>
      <figcaption id={`${props.id}-title`} class="measure-trend-title">
        {props.title}
      </figcaption>
      {values.length > 1 && (
        <svg class="measure-trend-svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
          <line class="measure-trend-axis" x1={PAD} x2={WIDTH - PAD} y1={HEIGHT - PAD} y2={HEIGHT - PAD} />
          <line class="measure-trend-axis" x1={PAD} x2={WIDTH - PAD} y1={PAD} y2={PAD} />
          <g transform={`translate(${PAD} ${PAD})`}>
            <path class="measure-trend-line" d={linePath(values, box)} />
            {chartPoints(values, box).map((point) => (
              <circle key={point.index} class="measure-trend-dot" cx={point.x} cy={point.y} r={4} />
            ))}
          </g>
        </svg>
      )}
      <ol class="measure-trend-list">
        {props.points.map((point) => (
          <li key={point.date}>
            {fill(measures.trendSummary, { day: formatDay(point.date, lang), value: formatNumber(point.value, lang) })}
          </li>
        ))}
      </ol>
    </figure>
  );
}
