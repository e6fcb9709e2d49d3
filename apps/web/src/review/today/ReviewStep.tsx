import { addDays } from '@veerkracht/core';
import { useToday } from '../../data/useCheckIns';
import { formatDayMonth, useI18n } from '../../i18n/i18n';
import { useTodayStep } from '../../ui/todaySteps';
import { useReview } from '../state';

/** Today's card for the weekly review, while it waits (the review day and two days after). */
export function ReviewStep() {
  const { t, lang } = useI18n();
  const today = useToday();
  const { due } = useReview(today);
  const shown = useTodayStep('review', { review: due !== null });
  if (!due || !shown) return null;
  const day = (value: string) => formatDayMonth(value, lang, { withYearIfNot: today });
  return (
    <section class="card card--next" aria-labelledby="today-review">
      <h2 id="today-review">{t('review.due.title')}</h2>
      <p>{t('review.due.text', { first: day(addDays(due, -6)), last: day(due) })}</p>
      <p class="actions">
        <a class="button" href="/review/week">
          {t('review.due.button')}
        </a>
      </p>
    </section>
  );
}
