import type { LongView, LongViewPeriod } from '@veerkracht/core';
import { useState } from 'preact/hooks';
import { formatDayMonth, formatNumber, type MessageKey, useI18n } from '../../i18n/i18n';
import { Choices } from '../../ui/Choices';

const SERIES = [
  ['pain', 'therapist.trends.pain'],
  ['sleepHours', 'therapist.trends.sleep'],
  ['stress', 'therapist.trends.stress'],
  ['activeMinutes', 'therapist.trends.active'],
] as const satisfies readonly (readonly [keyof LongView['summaries'], MessageKey])[];

/**
 * Pain, sleep, stress and active minutes over 30, 90 or 365 days: each
 * series in words (days filled in, mean, lowest, highest), and every point
 * in a table (a day, or a week for a year).
 */
export function Trends(props: { trends: LongView[]; today: string }) {
  const { t, lang } = useI18n();
  const [period, setPeriod] = useState<LongViewPeriod>(30);
  const view = props.trends.find((trend) => trend.period === period);
  const number = (value: number | null) => (value === null ? '–' : formatNumber(value, lang));
  const day = (iso: string) => formatDayMonth(iso, lang, { withYearIfNot: props.today });
  return (
    <section class="card" aria-labelledby="trends-title">
      <h2 id="trends-title">{t('therapist.trends.title')}</h2>
      <Choices
        name="trend-period"
        legend={t('therapist.trends.period')}
        layout="inline"
        options={props.trends.map(({ period: value }) => ({
          value: String(value),
          label: t('therapist.trends.days', { days: value }),
        }))}
        value={String(period)}
        onChange={(value) => setPeriod(Number(value) as LongViewPeriod)}
      />
      {view && (
        <>
          <ul class="staff-concerns" data-section="trends">
            {SERIES.map(([name, label]) => {
              const summary = view.summaries[name];
              return (
                <li key={name}>
                  <strong>{t(label)}</strong>{' '}
                  {summary.filled === 0
                    ? t('therapist.trends.empty')
                    : t('therapist.trends.summary', {
                        filled: summary.filled,
                        mean: number(summary.mean),
                        min: number(summary.min),
                        max: number(summary.max),
                      })}
                </li>
              );
            })}
          </ul>
          <details>
            <summary>
              {t(view.daysPerPoint === 7 ? 'therapist.trends.tableWeeks' : 'therapist.trends.tableDays')}
            </summary>
            <table class="staff-table">
              <thead>
                <tr>
                  <th scope="col">{t('therapist.measures.date')}</th>
                  {SERIES.map(([name, label]) => (
                    <th scope="col" key={name}>
                      {t(label)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {[...view.points].reverse().map((point) => (
                  <tr key={point.last}>
                    <th scope="row">
                      {point.first === point.last ? day(point.last) : `${day(point.first)} – ${day(point.last)}`}
                    </th>
                    {SERIES.map(([name]) => (
                      <td key={name}>{number(point[name])}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}
