import { useI18n } from '../../i18n/i18n';

/**
 * The gentle streak (docs/clinical-rules.md §10): weeks in a row, and this
 * week's active days so far. With no run yet it says that every week can be
 * a start; it never says a run was lost.
 */
export function WeeksInARow(props: { weeks: number; daysPerWeek: number; thisWeek: number }) {
  const { t, tn } = useI18n();
  return (
    <>
      <p class="weeks-count">
        {props.weeks > 0
          ? tn('review.weeks.count', props.weeks, { days: props.daysPerWeek })
          : t('review.weeks.start', { days: props.daysPerWeek })}
      </p>
      {props.thisWeek > 0 && <p>{tn('review.weeks.thisWeek', props.thisWeek)}</p>}
      <p class="hint">{t('review.weeks.what')}</p>
    </>
  );
}
