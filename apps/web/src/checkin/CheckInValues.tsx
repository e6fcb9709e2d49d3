import type { CheckIn } from '@veerkracht/core';
import { formatNumber, useI18n } from '../i18n/i18n';

/** The numbers of one check-in in words, as a short list. */
export function CheckInValues(props: { checkIn: CheckIn }) {
  const { t, tn, lang } = useI18n();
  const { pain, sleepHours, sleepQuality, stress, activeMinutes } = props.checkIn;
  return (
    <ul class="values">
      <li>{t('value.pain', { value: pain })}</li>
      {sleepHours !== undefined && <li>{t('value.sleepHours', { value: formatNumber(sleepHours, lang) })}</li>}
      {sleepQuality !== undefined && <li>{t('value.sleepQuality', { value: sleepQuality })}</li>}
      {stress !== undefined && <li>{t('value.stress', { value: stress })}</li>}
      {activeMinutes !== undefined && <li>{tn('value.activeMinutes', activeMinutes)}</li>}
    </ul>
  );
}
