import type { Measure } from '@veerkracht/core';
import { useToday } from '../data/useCheckIns';
import { formatDay, type MessageKey, useI18n } from '../i18n/i18n';
import { useNextMeasure } from './state';

const MEASURE_NAME: Record<Measure, MessageKey> = { psk: 'today.measure.psk', start_back: 'today.measure.startBack' };
const MEASURE_HREF: Record<Measure, string> = { psk: '/measures/psk', start_back: '/measures/start-back' };

/** On Today: the questionnaire that is due (with a button), or the day the next one is. */
export function TodayMeasure() {
  const { t, lang } = useI18n();
  const next = useNextMeasure(useToday());
  if (!next) return null;
  return next.due ? (
    <div class="today-item" data-due={next.measure}>
      <p>{t('today.measure.due', { name: t(MEASURE_NAME[next.measure]) })}</p>
      <p class="actions">
        <a class="button button--secondary" href={MEASURE_HREF[next.measure]}>
          {t('today.measure.button')}
        </a>
      </p>
    </div>
  ) : (
    <p class="today-item" data-next={next.measure}>
      {t('today.measure.next', { name: t(MEASURE_NAME[next.measure]), day: formatDay(next.next, lang) })}
    </p>
  );
}
