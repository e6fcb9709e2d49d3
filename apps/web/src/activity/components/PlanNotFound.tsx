import { useI18n } from '../../i18n/i18n';
import { PageHeading } from '../../ui/PageHeading';

/** A plan page whose plan is not on this device (removed, or a wrong link), with the way back to the plans. */
export function PlanNotFound() {
  const { t } = useI18n();
  return (
    <div class="page">
      <PageHeading title={t('plan.notFound.title')} />
      <p>{t('plan.notFound.text')}</p>
      <p>
        <a class="text-link" href="/plan">
          {t('plan.back')}
        </a>
      </p>
    </div>
  );
}
