import type { PlanView } from '@veerkracht/core';
import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n';
import { useTodayStep } from '../../ui/todaySteps';
import { FollowUpQuestion } from '../components/FollowUpQuestion';
import { ProposalCard } from '../components/ProposalCard';
import { activityName, quotaText } from '../format';
import { usePlans } from '../state';
import { quotaReasonText } from '../text';
import '../../ui/kit.css';
import '../activity.css';

function PlanToday(props: {
  view: PlanView;
  answered: ReadonlySet<string>;
  onAnswered: (id: string) => void;
  onDeciding: (planId: string) => void;
}) {
  const { t, tn, lang } = useI18n();
  const { view } = props;
  const headingId = `today-plan-${view.planId}`;
  const asks = view.sessions.filter(
    (session) => props.answered.has(session.id) || view.followUpsDue.some((due) => due.sessionId === session.id),
  );
  const next = view.next;
  return (
    <section class="card card--plan" aria-labelledby={headingId}>
      <h2 id={headingId}>{activityName(t, view.plan)}</h2>
      {asks.map((session) => (
        <FollowUpQuestion
          key={session.id}
          view={view}
          session={session}
          again={view.followUpsDue.some((due) => due.sessionId === session.id && due.kind === 'again')}
          headingLevel={3}
          onAnswered={props.onAnswered}
        />
      ))}
      <ProposalCard view={view} headingLevel={3} onDeciding={props.onDeciding} />
      {view.phase === 'baseline' && (
        <>
          <p class="quota-line">{t('plan.today.baseline.title', { activity: activityName(t, view.plan) })}</p>
          <p>{t('plan.baseline.text')}</p>
          <p class="muted">
            {tn('plans.status.baseline', view.plan.baselineSessions, { done: view.baselineSessions.length })}
          </p>
          <p class="actions">
            <a class="button" href={`/plan/${view.planId}/log`}>
              {t('plan.baseline.log')}
            </a>
          </p>
        </>
      )}
      {view.phase === 'confirm' && (
        <>
          <p>{t('plans.status.confirm')}</p>
          <p class="actions">
            <a class="button" href={`/plan/${view.planId}`}>
              {t('plan.today.confirm.link')}
            </a>
          </p>
        </>
      )}
      {view.phase === 'active' && next && next.status !== 'proposal' && (
        <>
          {view.doneToday ? (
            <>
              <p class="quota-line">{t('plan.next.doneToday')}</p>
              <p>{t('plans.status.next', { quota: quotaText(t, lang, view.plan, next.amount) })}</p>
            </>
          ) : (
            <>
              <p class="quota-line">{t('plan.today.quota', { quota: quotaText(t, lang, view.plan, next.amount) })}</p>
              <p>{t('plan.next.rule')}</p>
              <p class="muted">{quotaReasonText(t, next)}</p>
              {view.measuredToday && view.sessions.length === 0 && <p>{t('plan.next.measuredToday')}</p>}
            </>
          )}
          <p class="actions">
            {!view.doneToday && (
              <a class="button" href={`/plan/${view.planId}/log`}>
                {t('plan.next.log')}
              </a>
            )}
            <a class="text-link" href={`/plan/${view.planId}`}>
              {t('plan.today.view')}
            </a>
          </p>
        </>
      )}
    </section>
  );
}

/** Today's cards for graded activity (loaded on demand by `TodayActivity`). */
export function TodayPlans() {
  const { t } = useI18n();
  const { plans, paused } = usePlans();
  const [answered, setAnswered] = useState<ReadonlySet<string>>(new Set());
  const [deciding, setDeciding] = useState<ReadonlySet<string>>(new Set());
  const onAnswered = (id: string) => setAnswered((current) => new Set([...current, id]));
  const onDeciding = (id: string) => setDeciding((current) => new Set([...current, id]));
  // A plan completed here stays until the person leaves the page, so its congratulations can show.
  const shown = plans.filter(
    (view) => view.phase !== 'stopped' && (view.phase !== 'completed' || deciding.has(view.planId)),
  );
  // A question answered or a proposal decided here stays a step until the person leaves, so its thanks can show.
  const isStep = useTodayStep('activity', {
    follow_up:
      answered.size > 0 ||
      deciding.size > 0 ||
      shown.some((view) => view.followUpsDue.length > 0 || view.next?.proposal),
    activity: shown.some(
      (view) =>
        view.phase === 'confirm' ||
        (view.phase === 'baseline' && !view.measuredToday) ||
        (view.phase === 'active' && view.next !== null && !view.doneToday),
    ),
  });
  if (!isStep) return null;
  return (
    <>
      {paused && shown.length > 0 && <p class="notice">{t('plans.paused')}</p>}
      {shown.map((view) => (
        <PlanToday key={view.planId} view={view} answered={answered} onAnswered={onAnswered} onDeciding={onDeciding} />
      ))}
    </>
  );
}
