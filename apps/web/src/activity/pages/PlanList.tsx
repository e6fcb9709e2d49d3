import '../../ui/kit.css';
import type { PlanView } from '@veerkracht/core';
import { useI18n } from '../../i18n/i18n';
import { PageHeading } from '../../ui/PageHeading';
import { activityName, quotaText } from '../format';
import { usePlans } from '../state';
import '../activity.css';

function PlanStatus(props: { view: PlanView }) {
  const { t, tn, lang } = useI18n();
  const { view } = props;
  switch (view.phase) {
    case 'baseline':
      return <p>{tn('plans.status.baseline', view.plan.baselineSessions, { done: view.baselineSessions.length })}</p>;
    case 'confirm':
      return <p>{t('plans.status.confirm')}</p>;
    case 'completed':
      return <p>{t('plans.status.completed')}</p>;
    case 'stopped':
      return <p>{t('plans.status.stopped')}</p>;
    default:
      return view.next?.status === 'proposal' ? (
        <p>{t('plans.status.proposal')}</p>
      ) : (
        <p>{t('plans.status.next', { quota: quotaText(t, lang, view.plan, view.next?.amount ?? view.plan.goal) })}</p>
      );
  }
}

/** `/plan`: every activity plan, the running ones first, and a way to make a new one. */
export function PlanList() {
  const { t } = useI18n();
  const { plans, paused } = usePlans();
  const running = plans.filter((view) => view.phase !== 'stopped' && view.phase !== 'completed');
  const finished = plans.filter((view) => view.phase === 'stopped' || view.phase === 'completed');
  return (
    <div class="page page--plans">
      <PageHeading title={t('plans.title')} />
      <p class="lead">{t('plans.intro')}</p>
      <p>
        <a class="text-link" href="/lessons/build-up-step-by-step">
          {t('plans.lesson')}
        </a>
      </p>
      {paused && running.length > 0 && <p class="notice">{t('plans.paused')}</p>}
      {running.length === 0 && <p>{t('plans.empty')}</p>}
      {running.map((view) => (
        <section class="card card--plan" key={view.planId} aria-labelledby={`plan-${view.planId}`}>
          <h2 id={`plan-${view.planId}`}>{activityName(t, view.plan)}</h2>
          <PlanStatus view={view} />
          <p class="actions">
            <a class="button button--secondary" href={`/plan/${view.planId}`}>
              {t('plans.open')}
              <span class="visually-hidden">: {activityName(t, view.plan)}</span>
            </a>
          </p>
        </section>
      ))}
      <p class="actions">
        <a class="button" href="/plan/new">
          {t('plans.new')}
        </a>
      </p>
      {finished.length > 0 && (
        <section class="card" aria-labelledby="plans-finished">
          <h2 id="plans-finished">{t('plans.finished.title')}</h2>
          <ul class="plain-list">
            {finished.map((view) => (
              <li key={view.planId}>
                <a class="text-link" href={`/plan/${view.planId}`}>
                  {activityName(t, view.plan)}
                </a>{' '}
                <PlanStatus view={view} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
