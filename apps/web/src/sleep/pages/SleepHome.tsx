import { sleepSummary } from '@veerkracht/core';
import { useMemo } from 'preact/hooks';
import { useToday } from '../../data/useCheckIns';
import { formatNumber, useI18n } from '../../i18n/i18n';
import { PageHeading } from '../../ui/PageHeading';
import { SleepChart } from '../components/SleepChart';
import { SleepInsight } from '../components/SleepInsight';
import { useSleep, useSleepPainInsight } from '../state';
import '../sleep.css';

const CHART_DAYS = 28;

/** `/sleep`: last night, the target, four weeks of nights, and sleep and pain read together. */
export function SleepHome() {
  const { t, lang } = useI18n();
  const today = useToday();
  const { nights, target } = useSleep();
  const insight = useSleepPainInsight(today);
  const summary = useMemo(() => sleepSummary(nights, target, today, CHART_DAYS), [nights, target, today]);
  const quality = useMemo(
    () => new Map([...nights.values()].map((night) => [night.day, night.quality] as const)),
    [nights],
  );
  const lastNight = nights.get(today);
  const hours = (value: number) => formatNumber(value, lang);
  return (
    <div class="page page--sleep">
      <PageHeading title={t('sleep.title')} />
      <p class="lead">{t('sleep.intro')}</p>

      <section class="card" aria-labelledby="last-night">
        <h2 id="last-night">{t('sleep.lastNight.title')}</h2>
        <p>
          {lastNight ? t('sleep.lastNight.done', { hours: hours(lastNight.hoursSlept) }) : t('sleep.lastNight.empty')}
        </p>
        <p class="actions">
          <a class={lastNight ? 'button button--secondary' : 'button'} href="/sleep/night">
            {t(lastNight ? 'sleep.lastNight.edit' : 'sleep.lastNight.fill')}
          </a>
        </p>
      </section>

      <section class="card" aria-labelledby="sleep-target">
        <h2 id="sleep-target">{t('sleep.target.title')}</h2>
        <p>
          {t(target.own ? 'sleep.target.own' : 'sleep.target.recommended', {
            min: hours(target.minHours),
            max: hours(target.maxHours),
          })}
        </p>
        <p>
          <a class="text-link" href="/sleep/target">
            {t('sleep.target.change')}
          </a>
        </p>
      </section>

      <section class="card" aria-labelledby="sleep-nights">
        <h2 id="sleep-nights">{t('sleep.chart.title')}</h2>
        <SleepChart summary={summary} target={target} quality={quality} today={today} />
      </section>

      <section class="card" aria-labelledby="sleep-and-pain">
        <h2 id="sleep-and-pain">{t('sleep.insight.title')}</h2>
        <SleepInsight insight={insight} minHours={target.minHours} />
        <p>
          <a class="text-link" href="/lessons/sleep-and-pain">
            {t('sleep.lesson')}
          </a>
        </p>
      </section>
    </div>
  );
}
