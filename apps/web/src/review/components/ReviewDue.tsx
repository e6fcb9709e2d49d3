import { addDays } from '@veerkracht/core';
import { formatDayMonth, useI18n } from '../../i18n/i18n';

/** The weekly review that waits, as a next-step card (on Today and on the review page). */
export function ReviewDue(props: { lastDay: string; today: string; headingId: string }) {
  const { t, lang } = useI18n();
  const day = (value: string) => formatDayMonth(value, lang, { withYearIfNot: props.today });
  return (
    <section class="card card--next" aria-labelledby={props.headingId}>
      <h2 id={props.headingId}>{t('review.due.title')}</h2>
      <p>{t('review.due.text', { first: day(addDays(props.lastDay, -6)), last: day(props.lastDay) })}</p>
      <p class="actions">
        <a class="button" href="/review/week">
          {t('review.due.button')}
        </a>
      </p>
    </section>
  );
}
