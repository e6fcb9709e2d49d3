import { LONG_VIEW_PERIODS, type LongViewPeriod } from '@veerkracht/core';
import { useState } from 'preact/hooks';
import { useToday } from '../../data/useCheckIns';
import { useI18n } from '../../i18n/i18n';
import { Choices } from '../../ui/Choices';
import { PageHeading } from '../../ui/PageHeading';
import { LongViewChart, LongViewTable } from '../components/LongViewChart';
import { YearCalendar } from '../components/YearCalendar';
import { useLongView, useYearCalendar } from '../progress';
import '../review.css';

const PERIOD_LABEL = { 30: 'progress.period.30', 90: 'progress.period.90', 365: 'progress.period.365' } as const;

/** `/progress`: the long view of tip 10, trends over 30, 90 or 365 days and a year at a glance. */
export function ProgressPage() {
  const { t } = useI18n();
  const today = useToday();
  const [period, setPeriod] = useState<LongViewPeriod>(30);
  const view = useLongView(today, period);
  const months = useYearCalendar(today);
  const empty = Object.values(view.summaries).every((summary) => summary.filled === 0);
  return (
    <div class="page page--progress">
      <PageHeading title={t('progress.title')} />
      <p class="lead">{t('progress.intro')}</p>
      <Choices
        name="period"
        legend={t('progress.period.legend')}
        options={LONG_VIEW_PERIODS.map((days) => ({ value: String(days), label: t(PERIOD_LABEL[days]) }))}
        value={String(period)}
        onChange={(value) => setPeriod(Number(value) as LongViewPeriod)}
        layout="inline"
      />
      {empty ? (
        <p class="chart-empty">{t('progress.empty')}</p>
      ) : (
        <>
          <LongViewChart view={view} today={today} />
          <LongViewTable view={view} today={today} />
        </>
      )}
      <section aria-labelledby="year-title">
        <h2 id="year-title">{t('progress.year.title')}</h2>
        <p>{t('progress.year.intro')}</p>
        <YearCalendar months={months} today={today} />
      </section>
    </div>
  );
}
