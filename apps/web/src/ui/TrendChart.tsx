import {
  type CheckIn,
  chartAxisMax,
  chartPoints,
  checkInSeries,
  type DailyValues,
  linePath,
  summarizeSeries,
} from '@veerkracht/core';
import { formatDay, formatNumber, formatShortDate, type MessageKey, useI18n } from '../i18n/i18n';
import { ChartFrame, type ChartSize, plotArea } from './ChartFrame';

const DAYS = 30;
// SVG units; the chart scales to the width of the screen.
const SIZE: ChartSize = { width: 340, height: 200, left: 28, right: 8, top: 10, bottom: 26 };

type SeriesName = 'pain' | 'sleepHours' | 'stress';
const SERIES: { name: SeriesName; label: MessageKey }[] = [
  { name: 'pain', label: 'history.chart.pain' },
  { name: 'sleepHours', label: 'history.chart.sleepHours' },
  { name: 'stress', label: 'history.chart.stress' },
];

/** One marker shape per series, so the lines differ by shape and dash as well as colour. */
function Marker(props: { series: SeriesName; x: number; y: number }) {
  const { x, y } = props;
  if (props.series === 'pain') return <circle cx={x} cy={y} r={3.5} />;
  if (props.series === 'sleepHours') return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} />;
  return <path d={`M${x} ${y - 4.5}L${x + 4.5} ${y}L${x} ${y + 4.5}L${x - 4.5} ${y}Z`} />;
}

function LegendSwatch(props: { series: SeriesName }) {
  return (
    <svg class={`swatch chart-series chart-series--${props.series}`} viewBox="0 0 36 12" aria-hidden="true">
      <path d="M2 6H34" class="chart-line" />
      <g class="chart-markers">
        <Marker series={props.series} x={18} y={6} />
      </g>
    </svg>
  );
}

/**
 * Pain, sleep hours and stress over the last 30 days, hand-drawn in SVG. The
 * picture is hidden from screen readers; the caption says the same in words
 * and a table (visually hidden) gives every day's values.
 */
export function TrendChart(props: { byDay: ReadonlyMap<string, { data: CheckIn }>; today: string }) {
  const { t, tn, lang } = useI18n();
  const series = checkInSeries(props.byDay, props.today, DAYS);
  const values: Record<SeriesName, DailyValues> = series;
  const summaries = SERIES.map((entry) => ({ ...entry, summary: summarizeSeries(values[entry.name]) }));
  if (summaries.every((entry) => entry.summary.filled === 0)) {
    return <p class="chart-empty">{t('history.chart.empty')}</p>;
  }
  const yMax = chartAxisMax([series.pain, series.sleepHours, series.stress], 12, 2);
  const { box } = plotArea(SIZE, yMax);
  const ticks = Array.from({ length: yMax / 2 + 1 }, (_, i) => i * 2);
  const xOf = (index: number) => SIZE.left + (index * box.width) / (DAYS - 1);
  const dayTicks = [0, 14, DAYS - 1];
  const number = (value: number | null) => (value === null ? '–' : formatNumber(value, lang));

  return (
    <figure class="chart">
      <ul class="chart-legend">
        {SERIES.map((entry) => (
          <li key={entry.name}>
            <LegendSwatch series={entry.name} />
            {t(entry.label)}
          </li>
        ))}
      </ul>
      <ChartFrame
        size={SIZE}
        yMax={yMax}
        ticks={ticks}
        svgClass="chart-svg"
        xLabels={dayTicks.map((index) => ({
          x: xOf(index),
          text: formatShortDate(series.days[index] ?? props.today, lang, { withYearIfNot: props.today }),
          anchor: index === 0 ? 'start' : index === DAYS - 1 ? 'end' : 'middle',
        }))}
      >
        {SERIES.map((entry) => (
          <g key={entry.name} class={`chart-series chart-series--${entry.name}`}>
            <path d={linePath(values[entry.name], box)} class="chart-line" />
            <g class="chart-markers">
              {chartPoints(values[entry.name], box).map((point) => (
                <Marker key={point.index} series={entry.name} x={point.x} y={point.y} />
              ))}
            </g>
          </g>
        ))}
      </ChartFrame>
      <figcaption>
        <ul class="chart-summary">
          {summaries.map(({ name, label, summary }) => (
            <li key={name}>
              {summary.filled === 0
                ? t('history.chart.summaryNone', { name: t(label) })
                : tn('history.chart.summary', DAYS, {
                    name: t(label),
                    mean: number(summary.mean),
                    min: number(summary.min),
                    max: number(summary.max),
                    filled: summary.filled,
                  })}
            </li>
          ))}
        </ul>
      </figcaption>
      {/* Wrapped: a table ignores a 1px width, so hiding the table itself would widen the page. */}
      <div class="visually-hidden">
        <table>
          <caption>{t('history.chart.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('history.chart.day')}</th>
              {SERIES.map((entry) => (
                <th scope="col" key={entry.name}>
                  {t(entry.label)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.days.map((day, index) => (
              <tr key={day}>
                <th scope="row">{formatDay(day, lang, 'long', { withYearIfNot: props.today })}</th>
                {SERIES.map((entry) => {
                  const value = values[entry.name][index] ?? null;
                  return <td key={entry.name}>{value === null ? t('history.chart.missing') : number(value)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
