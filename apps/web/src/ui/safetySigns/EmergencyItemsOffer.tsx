import { EMERGENCY_ITEMS } from '@veerkracht/core';
import { useI18n } from '../../i18n/i18n';
import { SafetySignList } from './WhenToCallDoctor';

/**
 * The emergency signs, offered right after a flare-up was reported or a
 * session did not settle (docs/clinical-rules.md, "When the safety check
 * runs"). The signs and whom to call come first; the reassurance that more
 * pain is usually not dangerous comes only after them, never before.
 */
export function EmergencyItemsOffer(props: { context: 'flare_up' | 'not_settled' }) {
  const { t } = useI18n();
  const id = `safety-offer-${props.context}`;
  return (
    <section class="card card--urgent safety-offer" aria-labelledby={id} data-safety-offer={props.context}>
      <h2 id={id}>{t('safetyOffer.title')}</h2>
      <p>{t(`safetyOffer.intro.${props.context}`)}</p>
      <SafetySignList items={EMERGENCY_ITEMS} />
      <p>
        <strong>{t('safetyOffer.call')}</strong>
      </p>
      <p class="actions">
        <a class="button" href="/safety/check?trigger=flare_up">
          {t('safetyOffer.button')}
        </a>
      </p>
      <p>{t('safetyOffer.none')}</p>
    </section>
  );
}
