import type { PlanView } from '@veerkracht/core';
import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n';
import { useApp } from '../../state/app';
import { amountText, quotaText } from '../format';
import { decideProposal } from '../state';
import { proposalText } from '../text';

/**
 * An open proposal for a plan's next quota, with its reason in words and a
 * one-tap answer. After the answer it says what the next quota is.
 */
export function ProposalCard(props: { view: PlanView; headingLevel?: 2 | 3; onDeciding?: (planId: string) => void }) {
  const { t, lang } = useI18n();
  const app = useApp();
  const [phase, setPhase] = useState<'open' | 'saving' | 'saved' | 'failed'>('open');
  const { view } = props;
  const proposal = view.next?.proposal ?? null;
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  const headingId = `proposal-${view.planId}`;

  if (phase === 'saved') {
    const amount = view.next?.amount;
    return (
      <div class="confirmation" role="status">
        <p class="confirmation-text">
          {view.phase === 'completed'
            ? t('plan.completed.title')
            : amount !== undefined && t('proposal.saved', { quota: quotaText(t, lang, view.plan, amount) })}
        </p>
      </div>
    );
  }
  if (!proposal || view.next?.status !== 'proposal') return null;

  async function answer(accepted: boolean) {
    if (!proposal || phase === 'saving') return;
    setPhase('saving');
    // Tell the page first: a completed plan would otherwise leave the page before the confirmation shows.
    props.onDeciding?.(view.planId);
    try {
      await decideProposal(app, view.planId, proposal, accepted);
      setPhase('saved');
    } catch {
      setPhase('failed');
    }
  }

  const changes = proposal.amount !== proposal.from || proposal.decision === 'complete';
  return (
    <section class="proposal" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('proposal.title')}</Heading>
      <p>{proposalText(t, lang, view, proposal)}</p>
      <p class="muted">{t('proposal.youDecide')}</p>
      <p class="actions">
        {proposal.decision === 'complete' ? (
          <>
            <button type="button" class="button" onClick={() => answer(true)} disabled={phase === 'saving'}>
              {t('proposal.complete.accept')}
            </button>
            <button
              type="button"
              class="button button--secondary"
              onClick={() => answer(false)}
              disabled={phase === 'saving'}
            >
              {t('proposal.complete.decline')}
            </button>
          </>
        ) : changes ? (
          <>
            <button type="button" class="button" onClick={() => answer(true)} disabled={phase === 'saving'}>
              {t('proposal.accept')}
            </button>
            <button
              type="button"
              class="button button--secondary"
              onClick={() => answer(false)}
              disabled={phase === 'saving'}
            >
              {t('proposal.decline', { from: amountText(t, lang, view.plan.unit, proposal.from) })}
            </button>
          </>
        ) : (
          <button type="button" class="button" onClick={() => answer(true)} disabled={phase === 'saving'}>
            {t('proposal.ok')}
          </button>
        )}
      </p>
      {phase === 'failed' && (
        <p class="field-error" role="alert">
          {t('proposal.failed')}
        </p>
      )}
    </section>
  );
}
