import type { WeekAverage, WeekNumbers } from '@veerkracht/core';
import { formatNumber, type MessageKey, useI18n } from '../../i18n/i18n';

const CHANGE_TEXT: Readonly<Record<'pain' | 'sleep', Record<NonNullable<WeekAverage['change']>, MessageKey>>> = {
  pain: {
    lower: 'review.change.pain.lower',
    about_the_same: 'review.change.pain.about_the_same',
    higher: 'review.change.pain.higher',
  },
  sleep: {
    lower: 'review.change.sleep.lower',
    about_the_same: 'review.change.sleep.about_the_same',
    higher: 'review.change.sleep.higher',
  },
};

/**
 * The week's numbers as a list, and pain and sleep against the week before
 * in words as well as numbers (docs/clinical-rules.md §10.1). A quiet week
 * gets a kind word, never a count of what did not happen.
 */
export function WeekInNumbers(props: { week: WeekNumbers }) {
  const { t, tn, lang } = useI18n();
  const { week } = props;
  const number = (value: number) => formatNumber(value, lang);
  const average = (kind: 'pain' | 'sleep', value: WeekAverage) => {
    if (value.mean === null) return <p>{t(kind === 'pain' ? 'review.week.painNone' : 'review.week.sleepNone')}</p>;
    return (
      <p>
        {t(kind === 'pain' ? 'review.week.pain' : 'review.week.sleep', { mean: number(value.mean) })}
        {value.before !== null && value.change !== null && (
          <>
            {' '}
            {t('review.week.before', { before: number(value.before) })} {t(CHANGE_TEXT[kind][value.change])}
          </>
        )}
      </p>
    );
  };
  return (
    <>
      <ul class="week-numbers">
        <li>{tn('review.week.checkIns', week.checkIns)}</li>
        <li>{tn('review.week.activeDays', week.activeDays)}</li>
        {week.activitySessions > 0 && <li>{tn('review.week.activity', week.activitySessions)}</li>}
        {week.exerciseSessions > 0 && <li>{tn('review.week.exercise', week.exerciseSessions)}</li>}
        {week.relaxationSessions > 0 && <li>{tn('review.week.relax', week.relaxationSessions)}</li>}
      </ul>
      {average('pain', week.pain)}
      {average('sleep', week.sleepHours)}
      {week.activeDays === 0 && <p>{t('review.week.quiet')}</p>}
    </>
  );
}
