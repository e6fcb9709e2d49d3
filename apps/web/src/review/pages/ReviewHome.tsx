import {
  activeDaysThisWeek,
  addDays,
  nextReviewDay,
  reviewInForce,
  reviewOfWeek,
  reviewWeekEnd,
} from '@veerkracht/core';
import { useToday } from '../../data/useCheckIns';
import { formatDay, formatDayMonth, useI18n } from '../../i18n/i18n';
import { PageHeading } from '../../ui/PageHeading';
import { IntentionList } from '../components/IntentionList';
import { ReviewDue } from '../components/ReviewDue';
import { WeeksInARow } from '../components/WeeksInARow';
import { useReview } from '../state';
import '../review.css';

const PAST_SHOWN = 4;

/** `/review`: weeks in a row, the weekly review when it waits (or the one done), and earlier reviews. */
export function ReviewHome() {
  const { t, lang } = useI18n();
  const today = useToday();
  const { settings, reviews, activeDays, weeks, due } = useReview(today);
  const lastDay = reviewWeekEnd(settings.reviewDay, today);
  const done = reviewOfWeek(reviews, lastDay);
  const current = reviewInForce(reviews, today);
  const day = (value: string) => formatDayMonth(value, lang, { withYearIfNot: today });
  const past = [...reviews]
    .filter((review) => review.id !== current?.id)
    .sort((a, b) => b.data.lastDay.localeCompare(a.data.lastDay))
    .slice(0, PAST_SHOWN);

  return (
    <div class="page page--review">
      <PageHeading title={t('review.title')} />
      <p class="lead">{t('review.intro')}</p>

      {due && <ReviewDue lastDay={due} today={today} headingId="review-due" />}

      <section class="card" aria-labelledby="weeks-in-a-row">
        <h2 id="weeks-in-a-row">{t('review.weeks.title')}</h2>
        <WeeksInARow
          weeks={weeks}
          daysPerWeek={settings.activeDaysPerWeek}
          thisWeek={activeDaysThisWeek(activeDays, today)}
        />
      </section>

      {current && (
        <section class="card" aria-labelledby="intentions-now">
          <h2 id="intentions-now">{t('review.intentions.title')}</h2>
          <IntentionList intentions={current.data.intentions} />
        </section>
      )}

      {!due && (
        <section class="card" aria-labelledby="next-review">
          <h2 id="next-review">{t(done ? 'review.done.title' : 'review.next.title')}</h2>
          {done && <p>{t('review.done.text', { first: day(addDays(lastDay, -6)), last: day(lastDay) })}</p>}
          <p>
            {t('review.next.text', {
              day: formatDay(nextReviewDay(settings.reviewDay, today), lang, 'long', { withYearIfNot: today }),
            })}
          </p>
          <p class="actions">
            <a class="button button--secondary" href="/review/week">
              {done
                ? t('review.done.change')
                : t('review.next.early', { first: day(addDays(lastDay, -6)), last: day(lastDay) })}
            </a>
          </p>
        </section>
      )}

      {past.length > 0 && (
        <section class="card" aria-labelledby="past-reviews">
          <h2 id="past-reviews">{t('review.past.title')}</h2>
          <ul class="past-reviews">
            {past.map((review) => (
              <li key={review.id}>
                <h3>
                  {t('review.past.week', {
                    first: day(addDays(review.data.lastDay, -6)),
                    last: day(review.data.lastDay),
                  })}
                </h3>
                {review.data.wentWell && <p>{t('review.past.wentWell', { text: review.data.wentWell })}</p>}
                <IntentionList intentions={review.data.intentions} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <p>
        <a class="text-link" href="/progress">
          {t('review.progressLink')}
        </a>
      </p>
      <p>
        <a class="text-link" href="/review/settings">
          {t('review.settingsLink')}
        </a>
      </p>
    </div>
  );
}
