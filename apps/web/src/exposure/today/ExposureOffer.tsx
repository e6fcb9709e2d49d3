import type { MovementId } from '@veerkracht/core';
import { useI18n } from '../../i18n/i18n';
import { useTodayStep } from '../../ui/todaySteps';
import { movementNameKey } from '../names';
import { useExposure } from '../state';
import '../../ui/kit.css';
import '../exposure.css';

/** The card on Today that offers practising feared movements, with the next one on the ladder. */
export function ExposureOffer() {
  const { t } = useI18n();
  const exposure = useExposure();
  const shown = useTodayStep('movements', { exposure: Boolean(exposure.offer) });
  if (!exposure.offer || !shown) return null;
  return (
    <section class="card card--plan" aria-labelledby="today-movements">
      <h2 id="today-movements">{t('movements.offer.title')}</h2>
      <p>{t('movements.offer.text')}</p>
      {exposure.next && (
        <p class="quota-line">
          {t('movements.offer.next', { name: t(movementNameKey(exposure.next.movement as MovementId)) })}
        </p>
      )}
      <p class="actions">
        <a class="button button--secondary" href="/movements">
          {t('movements.offer.link')}
        </a>
      </p>
    </section>
  );
}
