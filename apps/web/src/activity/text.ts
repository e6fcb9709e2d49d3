import { type NextQuota, type PlanView, type Proposal, quotaChange, type SessionView } from '@veerkracht/core';
import type { Lang, MessageKey, Translate } from '../i18n/i18n';
import { amountText } from './format';

/** The reason for a proposal in words, with the amounts ("… 14 minutes instead of 16"). */
export function proposalText(t: Translate, lang: Lang, view: PlanView, proposal: Proposal): string {
  const reason = view.next?.reason;
  const unit = view.plan.unit;
  const params = {
    hours: view.plan.windowHours,
    from: amountText(t, lang, unit, proposal.from),
    to: amountText(t, lang, unit, proposal.amount),
  };
  if (reason === 'settled') return t('proposal.reason.settled', params);
  if (reason === 'goal_reached') return t('proposal.reason.goal_reached', params);
  if (reason === 'not_settled') {
    return proposal.amount < proposal.from
      ? t('proposal.reason.not_settled', params)
      : t('proposal.reason.not_settled_first', params);
  }
  return t('proposal.reason.no_answer', params);
}

/** A decided quota in words, by what it changes for the person (never "a step less" for an amount that stays). */
const DECIDED: Record<'more' | 'same' | 'less', MessageKey> = {
  more: 'plan.reason.decided.more',
  same: 'plan.reason.decided.same',
  less: 'plan.reason.decided.less',
};

/** Why the next quota is what it is, for a quota that needs no answer (no open proposal). */
export function quotaReasonText(t: Translate, next: NextQuota): string {
  switch (next.status) {
    case 'start':
      return t('plan.reason.start');
    case 'waiting':
      return t('plan.reason.waiting');
    case 'paused':
      return t('plan.reason.paused');
    case 'scheduled':
      return t('plan.reason.schedule');
    case 'decided':
      return next.reason === 'declined' ? t('plan.reason.declined') : t(DECIDED[quotaChange(next) ?? 'same']);
    default:
      return t('plan.reason.same');
  }
}

/** Whether the back settled, in a word, for the plan table. */
export function settledText(t: Translate, view: PlanView, session: SessionView): string {
  if (view.plan.mode === 'time') return t('plan.settled.notAsked');
  if (session.settled === 'yes') return t('plan.settled.yes');
  if (session.settled === 'no') return t('plan.settled.no');
  return session.open ? t('plan.settled.open') : t('plan.settled.none');
}
