import { partOfDay } from '@veerkracht/core';
import { TodayActivity } from '../activity/today/TodayActivity';
import { SyncStatusLine } from '../backup/SyncStatusLine';
import { CheckInValues } from '../checkin/CheckInValues';
import { useApp } from '../data/app';
import { useObservable } from '../data/observable';
import { useCheckInsByDay, useToday } from '../data/useCheckIns';
import { TodayExercise } from '../exercise/today/TodayExercise';
import { TodayExposure } from '../exposure/today/TodayExposure';
import { useI18n } from '../i18n/i18n';
import { TodayMeasure } from '../measures/TodayMeasure';
import { TodayAdvice, TodayChecks } from '../safety/TodaySafety';
import { PageHeading } from '../ui/PageHeading';

export function Today() {
  const { t } = useI18n();
  const today = useToday();
  const checkIn = useCheckInsByDay().get(today);
  const sync = useObservable(useApp().sync.view);
  const greeting = t(`today.greeting.${partOfDay(new Date().getHours())}`);
  return (
    <div class="page page--today">
      <PageHeading title={t('today.title')}>{greeting}</PageHeading>
      <p class="lead">{t('today.intro')}</p>
      <TodayAdvice />

      <section class="card card--next" aria-labelledby="next-step">
        {checkIn ? (
          <>
            <h2 id="next-step">{t('today.done.title')}</h2>
            <p>{t('today.done.text')}</p>
            <CheckInValues checkIn={checkIn.data} />
            <p class="actions">
              <a class="button button--secondary" href="/check-in">
                {t('today.done.edit')}
              </a>
              <a class="text-link" href="/history">
                {t('today.done.history')}
              </a>
            </p>
          </>
        ) : (
          <>
            <h2 id="next-step">{t('today.next.title')}</h2>
            <p>{t('today.next.text')}</p>
            <p class="actions">
              <a class="button" href="/check-in">
                {t('today.next.button')}
              </a>
            </p>
          </>
        )}
      </section>

      <TodayActivity />
      <TodayExercise />
      <TodayExposure />

      <TodayChecks>
        <TodayMeasure />
      </TodayChecks>

      <section class="card" aria-labelledby="good-to-know">
        <h2 id="good-to-know">{t('today.tip.title')}</h2>
        <p>{t('today.tip.text')}</p>
      </section>

      <section class="card" aria-labelledby="your-data">
        <h2 id="your-data">{t('today.data.title')}</h2>
        <SyncStatusLine />
        {!sync.backupOn && (
          <>
            <p>{t('today.backup.offText')}</p>
            <p>
              <a class="text-link" href="/backup">
                {t('today.backup.link')}
              </a>
            </p>
          </>
        )}
      </section>
    </div>
  );
}
