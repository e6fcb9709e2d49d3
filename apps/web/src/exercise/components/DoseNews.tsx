import type { ProgrammeView } from '@veerkracht/core';
import { useState } from 'preact/hooks';
import { useApp } from '../../data/app';
import { type MessageKey, useI18n } from '../../i18n/i18n';
import { changeText } from '../format';
import { decideProposal } from '../state';
import { useExerciseTexts } from '../texts';

const STATUS: Partial<Record<ProgrammeView['status'], MessageKey>> = {
  waiting: 'exercise.status.waiting',
  no_answer: 'exercise.status.no_answer',
  paused: 'exercise.status.paused',
  same: 'exercise.status.same',
};

/**
 * What the 48-hour rule makes of the last session (docs/clinical-rules.md §9):
 * a proposal with its reason, taken with one tap (§0: the app proposes, the
 * person decides), or in words why the doses stay as they are.
 */
export function DoseNews(props: { view: ProgrammeView; headingLevel: 2 | 3; quiet?: boolean }) {
  const { t, tn, lang } = useI18n();
  const texts = useExerciseTexts();
  const app = useApp();
  const { view } = props;
  const [phase, setPhase] = useState<'open' | 'saving' | 'failed'>('open');
  const [done, setDone] = useState<'accepted' | 'declined' | null>(null);
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  const proposal = view.proposal;

  async function decide(accept: boolean) {
    setPhase('saving');
    try {
      await decideProposal(app, view, accept);
      setDone(accept ? 'accepted' : 'declined');
      setPhase('open');
    } catch {
      setPhase('failed');
    }
  }

  if (done) {
    return (
      <p class="confirmation-text" role="status">
        {t(done === 'accepted' ? 'exercise.proposal.accepted' : 'exercise.proposal.declined')}
      </p>
    );
  }
  if (!proposal) {
    const key = STATUS[view.status];
    if (!key || (props.quiet && view.status !== 'paused')) return null;
    return <p class={view.status === 'paused' ? 'notice' : 'muted'}>{t(key, { hours: view.programme.windowHours })}</p>;
  }
  const headingId = `exercise-proposal-${proposal.afterSessionId}`;
  return (
    <section class="proposal" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('exercise.proposal.title')}</Heading>
      <p>
        {t(proposal.settled === 'yes' ? 'exercise.proposal.reason.settled' : 'exercise.proposal.reason.notSettled', {
          hours: view.programme.windowHours,
        })}
      </p>
      <ul class="proposal-changes">
        {proposal.changes.map((change) => (
          <li key={change.exerciseId}>{changeText(t, tn, lang, texts, change)}</li>
        ))}
      </ul>
      <p class="actions">
        <button type="button" class="button" onClick={() => decide(true)} disabled={phase === 'saving'}>
          {t('exercise.proposal.accept')}
        </button>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => decide(false)}
          disabled={phase === 'saving'}
        >
          {t('exercise.proposal.decline')}
        </button>
      </p>
      {phase === 'failed' && (
        <p class="field-error" role="alert">
          {t('exercise.saveFailed')}
        </p>
      )}
    </section>
  );
}
