import type { ExerciseSessionView, FollowUpReply } from '@veerkracht/core';
import { useState } from 'preact/hooks';
import { useApp } from '../../data/app';
import { dayAndTime } from '../../i18n/formatInstant';
import { useI18n } from '../../i18n/i18n';
import { EmergencyItemsOffer } from '../../ui/safetySigns/EmergencyItemsOffer';
import { answerFollowUp } from '../state';

/**
 * The one follow-up question after an exercise session (the 48-hour rule,
 * docs/clinical-rules.md §3.3): "are your back complaints back to how they were
 * before?" When a "not yet" leaves the session unsettled, the emergency signs
 * come first (§1.2).
 */
export function ExerciseFollowUp(props: {
  session: ExerciseSessionView;
  windowHours: number;
  again: boolean;
  headingLevel: 2 | 3;
  onAnswered?: (sessionId: string) => void;
}) {
  const { t, lang } = useI18n();
  const app = useApp();
  const { session } = props;
  const [phase, setPhase] = useState<'open' | 'saving' | 'failed' | 'unknown'>('open');
  const [answered, setAnswered] = useState<FollowUpReply | null>(null);
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  const headingId = `exercise-follow-up-${session.id}`;
  const ended = dayAndTime(Date.parse(session.session.endedAt), lang);

  async function answer(reply: FollowUpReply) {
    if (phase === 'saving') return;
    setPhase('saving');
    props.onAnswered?.(session.id);
    try {
      const result = await answerFollowUp(app, session.id, reply);
      if (!result.ok) return setPhase('unknown');
      setAnswered(reply);
      setPhase('open');
    } catch {
      setPhase('failed');
    }
  }

  const unsettled = answered === 'not_yet' && session.settled === 'no';
  let thanks = '';
  if (answered === 'yes') thanks = t('exercise.followUp.thanks.yes');
  else if (unsettled) thanks = t('exercise.followUp.thanks.notYetAgain');
  else if (answered) {
    const next = dayAndTime(session.schedule.windowEnd, lang);
    thanks = t('exercise.followUp.thanks.notYet', { day: next.day, time: next.time });
  }
  return (
    <section class="follow-up" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('exercise.followUp.title')}</Heading>
      <p class="muted">{t('exercise.followUp.about', { day: ended.day, time: ended.time })}</p>
      {unsettled && <EmergencyItemsOffer context="not_settled" />}
      {unsettled && (
        <p>
          <a class="text-link" href="/flare-up">
            {t('exercise.followUp.flareUpPlan')}
          </a>
        </p>
      )}
      {answered === 'not_yet' && !unsettled && (
        <p class="follow-up-check">
          {t('exercise.followUp.check.text')}{' '}
          <a class="text-link" href="/safety/check?trigger=flare_up">
            {t('exercise.followUp.check.link')}
          </a>
        </p>
      )}
      {answered ? (
        <p class="confirmation-text" role="status">
          {thanks}
        </p>
      ) : (
        <>
          <p class="follow-up-question">{t('exercise.followUp.question')}</p>
          <p class="hint">{t('exercise.followUp.hint', { hours: props.windowHours })}</p>
          <p class="actions">
            <button type="button" class="button" onClick={() => answer('yes')} disabled={phase === 'saving'}>
              {t('exercise.followUp.yes')}
            </button>
            <button
              type="button"
              class="button button--secondary"
              onClick={() => answer('not_yet')}
              disabled={phase === 'saving'}
            >
              {t('exercise.followUp.notYet')}
            </button>
          </p>
          {phase === 'unknown' && (
            <p class="field-error" role="alert">
              {t('exercise.followUp.unknown')}
            </p>
          )}
          {phase === 'failed' && (
            <p class="field-error" role="alert">
              {t('exercise.saveFailed')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
