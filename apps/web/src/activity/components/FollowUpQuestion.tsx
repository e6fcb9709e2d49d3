import type { FollowUpReply, PlanView, SessionView } from '@veerkracht/core';
import { useState } from 'preact/hooks';
import { useApp } from '../../data/app';
import { dayAndTime } from '../../i18n/formatInstant';
import { useI18n } from '../../i18n/i18n';
import { EmergencyItemsOffer } from '../../ui/safetySigns/EmergencyItemsOffer';
import { activityName } from '../format';
import { answerFollowUp } from '../state';

type Answered = { answer: FollowUpReply; again: boolean };

/**
 * "Are your back symptoms back to how they were before?" with Yes / Not yet,
 * and a kind word after the answer. `again` is the second ask at the end of
 * the window. When a "not yet" made the session unsettled (the core's
 * `settled` is now `'no'`), the emergency signs come first, before any
 * reassurance (docs/clinical-rules.md §1.2); a "not yet" that leaves the
 * question open shows a short way to the urgent questions.
 */
export function FollowUpQuestion(props: {
  view: PlanView;
  session: SessionView;
  again: boolean;
  headingLevel?: 2 | 3;
  onAnswered?: (sessionId: string) => void;
}) {
  const { t, lang } = useI18n();
  const app = useApp();
  const { view, session } = props;
  const [phase, setPhase] = useState<'open' | 'saving' | 'failed' | 'unknown'>('open');
  const [answered, setAnswered] = useState<Answered | null>(null);
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  const headingId = `follow-up-${session.id}`;
  const ended = dayAndTime(Date.parse(session.session.endedAt), lang);

  async function answer(reply: FollowUpReply) {
    if (phase === 'saving') return;
    setPhase('saving');
    // Tell the page first: once saved, the question is no longer due, and the page must keep showing the thanks.
    props.onAnswered?.(session.id);
    try {
      const result = await answerFollowUp(app, session.id, reply);
      if (!result.ok) {
        setPhase('unknown');
        return;
      }
      setAnswered({ answer: reply, again: props.again });
      setPhase('open');
    } catch {
      setPhase('failed');
    }
  }

  const unsettled = answered?.answer === 'not_yet' && session.settled === 'no';
  let thanks = '';
  if (answered?.answer === 'yes') thanks = t('followUp.thanks.yes');
  else if (unsettled) thanks = t('followUp.thanks.notYetAgain');
  else if (answered) {
    const next = dayAndTime(session.schedule.windowEnd, lang);
    thanks = t('followUp.thanks.notYet', { day: next.day, time: next.time });
  }

  return (
    <section class="follow-up" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('followUp.title')}</Heading>
      <p class="muted">
        {t('followUp.about', { activity: activityName(t, view.plan).toLowerCase(), day: ended.day, time: ended.time })}
      </p>
      {unsettled && <EmergencyItemsOffer context="not_settled" />}
      {unsettled && (
        <p>
          <a class="text-link" href="/flare-up">
            {t('followUp.flareUpPlan')}
          </a>
        </p>
      )}
      {answered?.answer === 'not_yet' && !unsettled && (
        <p class="follow-up-check">
          {t('followUp.check.text')}{' '}
          <a class="text-link" href="/safety/check?trigger=flare_up">
            {t('followUp.check.link')}
          </a>
        </p>
      )}
      {answered ? (
        <p class="confirmation-text" role="status">
          {thanks}
        </p>
      ) : (
        <>
          <p class="follow-up-question">{t('followUp.question')}</p>
          <p class="hint">{t('followUp.hint', { hours: view.plan.windowHours })}</p>
          <p class="actions">
            <button type="button" class="button" onClick={() => answer('yes')} disabled={phase === 'saving'}>
              {t('followUp.yes')}
            </button>
            <button
              type="button"
              class="button button--secondary"
              onClick={() => answer('not_yet')}
              disabled={phase === 'saving'}
            >
              {t('followUp.notYet')}
            </button>
          </p>
          {phase === 'unknown' && (
            <p class="field-error" role="alert">
              {t('followUp.unknown')}
            </p>
          )}
          {phase === 'failed' && (
            <p class="field-error" role="alert">
              {t('followUp.failed')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
