import { flareUpAfterCheckIn } from '@veerkracht/core';
import { useI18n } from '../i18n/i18n';
import { useCheckInsByDay } from '../state/useCheckIns';
import './today.css';

/**
 * After a check-in with a flare-up (pain at least 3 points above the median
 * of the 7 days before), offer the emergency questions right away.
 */
export function FlareUpOffer(props: { date: string; pain: number }) {
  const { t } = useI18n();
  const byDay = useCheckInsByDay();
  if (!flareUpAfterCheckIn(byDay, props.date, props.pain)) return null;
  return (
    <div class="flare-up" data-flare-up>
      <p class="flare-up-title">{t('checkin.flareUp.title')}</p>
      <p>{t('checkin.flareUp.text')}</p>
      <p class="actions">
        <a class="button" href="/safety/check?trigger=flare_up">
          {t('checkin.flareUp.button')}
        </a>
      </p>
    </div>
  );
}
