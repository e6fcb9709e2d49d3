import type { PlanView } from '@veerkracht/core';
import { useState } from 'preact/hooks';
import { useApp } from '../../data/app';
import { useI18n } from '../../i18n/i18n';
import { amountText, quotaText } from '../format';
import { decideProposal } from '../state';
import { proposalText } from '../text';

type Answer = 'accept' | 'decline' | 'alternative';

/**
 * An open proposal for a plan's next quota, with its reason in words and a
 * one-tap answer, always with a real choice (docs/clinical-rules.md §0): yes,
 * or keep the current amount; a proposal to keep the same amount offers one
 * step up anyway (or finishing the plan at the goal). After the answer it
 * says what the next quota is.
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

  async function answer(choice: Answer) {
    if (!proposal || phase === 'saving') return;
    setPhase('saving');
    // Tell the page first: a completed plan would otherwise leave the page before the confirmation shows.
    props.onDeciding?.(view.planId);
    try {
      await decideProposal(app, view.planId, proposal, choice);
      setPhase('saved');
    } catch {
      setPhase('failed');
    }
  }

  const unit = view.plan.unit;
  const from = amountText(t, lang, unit, proposal.from);
  const alternative = proposal.alternative;
  const [yes, no]: [string, string] =
    proposal.change === 'complete'
      ? [t('proposal.complete.accept'), t('proposal.complete.decline')]
      : proposal.change === 'same'
        ? [
            t('proposal.same.accept', { from }),
            alternative?.decision === 'complete'
              ? t('proposal.same.complete')
              : t('proposal.same.up', { to: amountText(t, lang, unit, alternative?.amount ?? proposal.amount) }),
          ]
        : [t('proposal.accept'), t('proposal.decline', { from })];
  const other: Answer = proposal.change === 'same' && alternative ? 'alternative' : 'decline';
  return (
    <section class="proposal" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('proposal.title')}</Heading>
      <p>{proposalText(t, lang, view, proposal)}</p>
      <p class="muted">{t('proposal.youDecide')}</p>
      <p class="actions">
        <button type="button" class="button" onClick={() => answer('accept')} disabled={phase === 'saving'}>
          {yes}
        </button>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => answer(other)}
          disabled={phase === 'saving'}
        >
          {no}
        </button>
      </p>
      {phase === 'failed' && (
        <p class="field-error" role="alert">
          {t('proposal.failed')}
        </p>
      )}
    </section>
  );
}
