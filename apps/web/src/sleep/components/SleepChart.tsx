import type { SleepSummary, SleepTargetSetting } from '@veerkracht/core';
import { formatDay, formatNumber, formatShortDate, type MessageKey, useI18n } from '../../i18n/i18n';
import { ChartFrame, type ChartSize, plotArea } from '../../ui/ChartFrame';

const SIZE: ChartSize = { width: 340, height: 190, left: 28, right: 8, top: 10, bottom: 26 };
const Y_MAX = 12;
const QUALITY: Record<number, MessageKey> = {
  1: 'sleep.quality.1',
  2: 'sleep.quality.2',
  3: 'sleep.quality.3',
  4: 'sleep.quality.4',
  5: 'sleep.quality.5',
};

/**
 * Hours slept per night as bars, with the person's target as a band behind
 * them. The picture is hidden from screen readers: the caption says it in
 * words and a table (behind a disclosure) gives every night.
 */
export function SleepChart(props: {
  summary: SleepSummary;
  target: SleepTargetSetting;
  quality: ReadonlyMap<string, number | undefined>;
  today: string;
}) {
  const { t, tn, lang } = useI18n();
  const { summary, target } = props;
  if (summary.filled === 0) return <p class="chart-empty">{t('sleep.chart.empty')}</p>;
  const { box, yOf } = plotArea(SIZE, Y_MAX);
  const slot = box.width / summary.days.length;
  const barWidth = Math.max(2, slot * 0.6);
  const last = summary.days.length - 1;
  const hours = (value: number) => formatNumber(value, lang);
  return (
    <figure class="chart sleep-chart">
      <ChartFrame
        size={SIZE}
        yMax={Y_MAX}
        ticks={[0, 3, 6, 9, 12]}
        svgClass="chart-svg"
        xLabels={[0, last].map((index) => ({
          x: SIZE.left + slot * index + slot / 2,
          text: formatShortDate(summary.days[index] ?? props.today, lang, { withYearIfNot: props.today }),
          anchor: index === 0 ? 'start' : 'end',
        }))}
      >
        <rect
          class="sleep-chart-band"
          x={0}
          width={box.width}
          y={yOf(target.maxHours) - SIZE.top}
          height={yOf(target.minHours) - yOf(target.maxHours)}
        />
        {summary.hours.map((value, index) =>
          value === null ? null : (
            <rect
              key={summary.days[index]}
              class={`sleep-chart-bar${value < target.minHours ? ' sleep-chart-bar--short' : ''}`}
              x={slot * index + (slot - barWidth) / 2}
              width={barWidth}
              y={yOf(value) - SIZE.top}
              height={box.height - (yOf(value) - SIZE.top)}
            />
          ),
        )}
      </ChartFrame>
      <figcaption>
        <p class="sleep-chart-legend">
          <span class="sleep-chart-swatch" aria-hidden="true" />
          {t('sleep.chart.band')}: {hours(target.minHours)}–{hours(target.maxHours)}
        </p>
        <p>
          {tn('sleep.chart.summary', summary.filled, { hours: hours(summary.meanHours ?? 0) })}{' '}
          {t('sleep.chart.within', { within: summary.withinTarget })}
        </p>
      </figcaption>
      <details class="chart-table">
        <summary>{t('sleep.chart.tableSummary')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('sleep.chart.night')}</th>
              <th scope="col">{t('sleep.chart.hours')}</th>
              <th scope="col">{t('sleep.chart.quality')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.days.flatMap((day, index) => {
              const value = summary.hours[index];
              if (value === null || value === undefined) return [];
              const quality = props.quality.get(day);
              const qualityKey = quality === undefined ? undefined : QUALITY[quality];
              return [
                <tr key={day}>
                  <th scope="row">{formatDay(day, lang, 'long', { withYearIfNot: props.today })}</th>
                  <td>{hours(value)}</td>
                  <td>{qualityKey ? t(qualityKey) : t('sleep.chart.noQuality')}</td>
                </tr>,
              ];
            })}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
