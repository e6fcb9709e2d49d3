import {
  chartAxisMax,
  chartPoints,
  type DailyValues,
  LONG_VIEW_SERIES,
  type LongView,
  type LongViewSeriesName,
  linePath,
} from '@veerkracht/core';
import { formatDayMonth, formatNumber, type MessageKey, useI18n } from '../../i18n/i18n';
import { ChartFrame, type ChartSize, plotArea } from '../../ui/ChartFrame';

const SIZE: ChartSize = { width: 340, height: 200, left: 30, right: 8, top: 10, bottom: 26 };
const LINES = ['pain', 'sleepHours', 'stress'] as const;

export const SERIES_LABEL: Readonly<Record<LongViewSeriesName, MessageKey>> = {
  pain: 'progress.series.pain',
  sleepHours: 'progress.series.sleepHours',
  stress: 'progress.series.stress',
  activeMinutes: 'progress.series.activeMinutes',
};

const valuesOf = (view: LongView, name: LongViewSeriesName): DailyValues => view.points.map((point) => point[name]);

/** The first, middle and last point's dates under a chart. */
function xLabels(view: LongView, xOf: (index: number) => number, today: string, lang: 'nl' | 'en') {
  const last = view.points.length - 1;
  return [0, Math.floor(last / 2), last].map((index) => ({
    x: xOf(index),
    text: formatDayMonth(view.points[index]?.last ?? today, lang, { withYearIfNot: today }),
    anchor: (index === 0 ? 'start' : index === last ? 'end' : 'middle') as 'start' | 'middle' | 'end',
  }));
}

/**
 * Pain, sleep and stress as lines, and active minutes as bars, over the
 * chosen period (docs/clinical-rules.md §10.4). Hand-drawn SVG hidden from
 * screen readers: the words under it and the table say the same.
 */
export function LongViewChart(props: { view: LongView; today: string }) {
  const { t, tn, lang } = useI18n();
  const { view } = props;
  const yMax = chartAxisMax(
    LINES.map((name) => valuesOf(view, name)),
    12,
    2,
  );
  const { box } = plotArea(SIZE, yMax);
  const count = view.points.length;
  const xOf = (index: number) => SIZE.left + (count <= 1 ? 0 : (index * box.width) / (count - 1));
  const minutes = valuesOf(view, 'activeMinutes');
  const minutesMax = chartAxisMax([minutes], 60, 30);
  const activity = plotArea(SIZE, minutesMax);
  const barWidth = Math.max(1, (activity.box.width / Math.max(count, 1)) * 0.7);
  const number = (value: number | null) => (value === null ? '–' : formatNumber(value, lang));

  return (
    <>
      <figure class="chart">
        <h2 id="progress-chart">{t('progress.chart.title')}</h2>
        <ul class="chart-legend">
          {LINES.map((name) => (
            <li key={name}>
              <span class={`legend-line chart-series chart-series--${name}`} aria-hidden="true" />
              {t(SERIES_LABEL[name])}
            </li>
          ))}
        </ul>
        <ChartFrame
          size={SIZE}
          yMax={yMax}
          ticks={Array.from({ length: yMax / 2 + 1 }, (_, i) => i * 2)}
          svgClass="chart-svg"
          xLabels={xLabels(view, xOf, props.today, lang)}
        >
          {LINES.map((name) => (
            <g key={name} class={`chart-series chart-series--${name}`}>
              <path d={linePath(valuesOf(view, name), box)} class="chart-line" />
              {count <= 90 &&
                chartPoints(valuesOf(view, name), box).map((point) => (
                  <circle key={point.index} cx={point.x} cy={point.y} r={2} class="chart-dot" />
                ))}
            </g>
          ))}
        </ChartFrame>
        <figcaption>
          <p class="hint">{t(view.daysPerPoint === 7 ? 'progress.perWeek' : 'progress.perDay')}</p>
          <ul class="chart-summary">
            {LONG_VIEW_SERIES.map((name) => {
              const summary = view.summaries[name];
              const label = t(SERIES_LABEL[name]);
              return (
                <li key={name}>
                  {summary.filled === 0
                    ? t('progress.summary.none', { name: label })
                    : tn('progress.summary', summary.filled, {
                        name: label,
                        mean: number(summary.mean),
                        min: number(summary.min),
                        max: number(summary.max),
                      })}
                </li>
              );
            })}
          </ul>
        </figcaption>
      </figure>

      <figure class="chart">
        <h2 id="progress-activity">{t('progress.activity.title')}</h2>
        <ChartFrame
          size={SIZE}
          yMax={minutesMax}
          ticks={Array.from({ length: minutesMax / 30 + 1 }, (_, i) => i * 30)}
          svgClass="chart-svg"
          xLabels={xLabels(view, xOf, props.today, lang)}
        >
          <g class="chart-series chart-series--activeMinutes">
            {minutes.map((value, index) =>
              value === null ? null : (
                <rect
                  key={index}
                  class="chart-bar"
                  x={(count <= 1 ? 0 : (index * activity.box.width) / (count - 1)) - barWidth / 2}
                  y={activity.yOf(value) - SIZE.top}
                  width={barWidth}
                  height={activity.box.height - (activity.yOf(value) - SIZE.top)}
                />
              ),
            )}
          </g>
        </ChartFrame>
      </figure>
    </>
  );
}

/** Every point of the period as a table, opened on request: the same values as the charts, for any reader. */
export function LongViewTable(props: { view: LongView; today: string }) {
  const { t, lang } = useI18n();
  const day = (value: string) => formatDayMonth(value, lang, { withYearIfNot: props.today });
  const number = (value: number | null) => (value === null ? t('progress.table.missing') : formatNumber(value, lang));
  return (
    <details class="long-view-table">
      <summary>{t('progress.table.show')}</summary>
      <table>
        <caption>{t('progress.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress.table.when')}</th>
            {LONG_VIEW_SERIES.map((name) => (
              <th scope="col" key={name}>
                {t(SERIES_LABEL[name])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...props.view.points].reverse().map((point) => (
            <tr key={point.last}>
              <th scope="row">
                {point.first === point.last
                  ? day(point.last)
                  : t('progress.table.week', { first: day(point.first), last: day(point.last) })}
              </th>
              {LONG_VIEW_SERIES.map((name) => (
                <td key={name}>{number(point[name])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
