import { EMERGENCY_ITEMS, type EmergencyItemId, GP_SOON_ITEMS, type GpSoonItemId } from '@veerkracht/core';
import { useI18n } from '../../i18n/i18n';

/** Signs of the emergency or GP-soon table in plain words (`doctor.item.<id>`); also used by `EmergencyItemsOffer`. */
export function SafetySignList(props: { items: readonly (EmergencyItemId | GpSoonItemId)[]; call?: 'now' | 'soon' }) {
  const { t } = useI18n();
  return (
    <ul class="bullets" data-call={props.call}>
      {props.items.map((item) => (
        <li key={item} data-item={item}>
          {t(`doctor.item.${item}`)}
        </li>
      ))}
    </ul>
  );
}

/**
 * "When to call a doctor", the one list everybody sees (docs/clinical-rules.md §1.2,
 * "What everyone sees"): with every safety result, in lessons and on the about
 * page. The items come from the core's item tables, so no sign can be left out
 * of one copy: every emergency item (including sudden severe pain and new
 * problems with sexual feeling or function), then every GP-soon item, each
 * with whom to call.
 */
export function WhenToCallDoctor(props: { headingLevel?: 2 | 3; id?: string }) {
  const { t } = useI18n();
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  const id = props.id ?? 'when-doctor';
  return (
    <section class="card card--urgent when-doctor" aria-labelledby={id} data-when-doctor>
      <Heading id={id}>{t('doctor.title')}</Heading>
      <p>
        <strong>{t('doctor.now.intro')}</strong>
      </p>
      <SafetySignList items={EMERGENCY_ITEMS} call="now" />
      <p>
        <strong>{t('doctor.now.call112')}</strong>
      </p>
      <p>{t('doctor.soon.intro')}</p>
      <SafetySignList items={GP_SOON_ITEMS} call="soon" />
      <p>{t('doctor.doubt')}</p>
      <p class="muted">{t('doctor.abroad')}</p>
    </section>
  );
}
