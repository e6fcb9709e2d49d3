import { weekdayOf } from '@veerkracht/core';
import { useI18n } from '../../i18n/i18n';
import { dayName } from '../format';
import { useProgramme } from '../state';

/**
 * On the flare-up page: when the running programme goes on, and that a
 * session that does not settle leads to a lighter dose, not to stopping.
 */
export function ProgrammeWayBack() {
  const { t } = useI18n();
  const { view } = useProgramme();
  if (!view?.nextDay) return null;
  return (
    <p class="way-back">
      {t('exercise.wayBack', { day: dayName(t, weekdayOf(view.nextDay)) })}{' '}
      <a class="text-link" href="/exercise">
        {t('exercise.today.view')}
      </a>
    </p>
  );
}
