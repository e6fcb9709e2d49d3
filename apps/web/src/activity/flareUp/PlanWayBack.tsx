import { useI18n } from '../../i18n/i18n';
import { activityName, quotaText } from '../format';
import { usePlans } from '../state';

/**
 * On the flare-up page: where each running activity plan goes on from (its
 * next step, after any step back), so the way back up is in plain sight.
 */
export function PlanWayBack() {
  const { t, lang } = useI18n();
  const { plans } = usePlans();
  const running = plans.filter((view) => view.phase === 'active' && view.next);
  if (running.length === 0) return null;
  return (
    <ul class="way-back">
      {running.map((view) =>
        view.next ? (
          <li key={view.planId}>
            {t('plan.wayBack', {
              activity: activityName(t, view.plan),
              level: view.next.level,
              quota: quotaText(t, lang, view.plan, view.next.amount).toLowerCase(),
            })}{' '}
            <a class="text-link" href={`/plan/${view.planId}`}>
              {t('plan.wayBack.link')}
            </a>
          </li>
        ) : null,
      )}
    </ul>
  );
}
