import { useToday } from '../../data/useCheckIns';
import { formatDay, useI18n } from '../../i18n/i18n';
import { PageHeading } from '../../ui/PageHeading';
import { PlanParts } from '../PlanParts';
import { useFlareUpPlan } from '../state';
import '../flareup.css';

/** `/flare-up-plan`: the person's plan, or the invitation to write one in a calm week. */
export function FlareUpPlanPage() {
  const { t, lang } = useI18n();
  const today = useToday();
  const plan = useFlareUpPlan();
  return (
    <div class="page page--flare-up-plan">
      <PageHeading title={t('flareUp.plan.title')} />
      <p class="lead">{t('flareUp.plan.intro')}</p>
      {plan ? (
        <>
          <PlanParts plan={plan.data} headingLevel={2} />
          <p class="muted">
            {t('flareUp.plan.writtenOn', {
              day: formatDay(plan.data.writtenOn, lang, 'long', { withYearIfNot: today }),
            })}
          </p>
          <p class="actions">
            <a class="button button--secondary" href="/flare-up-plan/edit">
              {t('flareUp.plan.edit')}
            </a>
          </p>
        </>
      ) : (
        <>
          <p>{t('flareUp.plan.calmWeek')}</p>
          <p>{t('flareUp.plan.empty')}</p>
          <p class="actions">
            <a class="button" href="/flare-up-plan/edit">
              {t('flareUp.plan.write')}
            </a>
          </p>
        </>
      )}
      <p>
        <a class="text-link" href="/flare-up">
          {t('flareUp.plan.openNow')}
        </a>
      </p>
    </div>
  );
}
