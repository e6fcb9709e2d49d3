import type { ComponentType } from 'preact';
import { useI18n } from '../../i18n/i18n';
import { PageHeading } from '../../ui/PageHeading';
import { EmergencyItemsOffer } from '../../ui/safetySigns/EmergencyItemsOffer';
import { PlanParts } from '../PlanParts';
import { useFlareUpPlan } from '../state';
import '../flareup.css';

const TIPS = ['flareUp.now.tip1', 'flareUp.now.tip2', 'flareUp.now.tip3', 'flareUp.now.tip4'] as const;

/**
 * `/flare-up`, opened with one tap when a flare-up is reported: the emergency
 * signs first (docs/clinical-rules.md §1.2: before any reassurance), then
 * calm words, the person's own plan (or what helps many people), and the way
 * back up. `wayBack` is what other features show there (each activity plan's
 * next step); the app passes it in, so this feature never imports them.
 */
export function FlareUpNow(props: { wayBack?: ComponentType }) {
  const { t } = useI18n();
  const plan = useFlareUpPlan();
  const WayBack = props.wayBack;
  return (
    <div class="page page--flare-up">
      <PageHeading title={t('flareUp.now.title')} />
      <EmergencyItemsOffer context="flare_up" />
      <p class="lead">{t('flareUp.now.calm')}</p>

      <section class="card" aria-labelledby="flare-up-your-plan">
        <h2 id="flare-up-your-plan">{t('flareUp.now.yourPlan')}</h2>
        {plan ? (
          <PlanParts plan={plan.data} headingLevel={3} />
        ) : (
          <>
            <p>{t('flareUp.now.noPlan')}</p>
            <ul>
              {TIPS.map((tip) => (
                <li key={tip}>{t(tip)}</li>
              ))}
            </ul>
            <p>
              <a class="text-link" href="/flare-up-plan/edit">
                {t('flareUp.now.writeLater')}
              </a>
            </p>
          </>
        )}
      </section>

      <section class="card" aria-labelledby="flare-up-way-back">
        <h2 id="flare-up-way-back">{t('flareUp.now.wayBack')}</h2>
        <p>{t('flareUp.now.wayBackText')}</p>
        {WayBack && <WayBack />}
      </section>

      <p class="actions">
        <a class="button button--secondary" href="/relax/breathing">
          {t('flareUp.now.breathing')}
        </a>
        <a class="text-link" href="/lessons/flare-ups">
          {t('flareUp.now.lesson')}
        </a>
      </p>
    </div>
  );
}
