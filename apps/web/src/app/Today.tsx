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
import { preloadTodayLesson, TodayLesson } from '../lessons/today/TodayLesson';
import { TodayMeasure } from '../measures/TodayMeasure';
import { preloadTodayReview, TodayReview } from '../review/today/TodayReview';
import { TodayAdvice, TodayChecks } from '../safety/TodaySafety';
import { PageHeading } from '../ui/PageHeading';
import { TodayStepsProvider, useTodayStep } from '../ui/todaySteps';
import { TodayStress } from './TodayStress';

/**
 * The cards Today would otherwise load when the browser is idle, loaded with Today when it is the page opened: they
 * are then there in its first paint, instead of appearing a moment later and pushing the cards under them down
 * (layout shift). Never rejects: offline, the cards load later, as before.
 */
export function todayCardsLoaded(): Promise<void> {
  return Promise.all([preloadTodayLesson(), preloadTodayReview()]).then(
    () => undefined,
    () => undefined,
  );
}

/**
 * Today: safety advice first, then the one or two next steps the core's
 * `todayNextSteps` chooses from what each part reports (ui/todaySteps.tsx),
 * and never a list of everything or a word about a missed day.
 */
export function Today() {
  const { t } = useI18n();
  const greeting = t(`today.greeting.${partOfDay(new Date().getHours())}`);
  return (
    <div class="page page--today">
      <PageHeading title={t('today.title')}>{greeting}</PageHeading>
      <p class="lead">{t('today.intro')}</p>
      <TodayStepsProvider>
        <TodayAdvice />
        <CheckInStep />
        <TodayActivity />
        <TodayExercise />
        <TodayReview />
        <TodayExposure />
        <TodayStress />
        <TodayLesson />
      </TodayStepsProvider>
      <TodayRest />
    </div>
  );
}

/** The check-in: a next step while not done today; once done, today's values (not a step, just what was said). */
function CheckInStep() {
  const { t } = useI18n();
  const today = useToday();
  const checkIn = useCheckInsByDay().get(today);
  const shown = useTodayStep('today-check-in', { check_in: !checkIn });
  if (!checkIn && !shown) return null;
  return (
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
  );
}

/** What Today always has at the end: gentle checks that are due, a tip, and the state of the person's data. */
function TodayRest() {
  const { t } = useI18n();
  const sync = useObservable(useApp().sync.view);
  return (
    <>
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
    </>
  );
}
