import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../data/app';
import { type MessageKey, useI18n } from '../i18n/i18n';
import { confirmReviewDiscussed, confirmSeenDoctor } from './actions';
import { useSafetyStatus } from './state';
import './today.css';
import { useTodayStep } from '../ui/todaySteps';

/*
 * The safety journey on Today. These parts ship with the home page, so they
 * use the main catalogue's short texts only; the long texts stay in the
 * safety pages' own lazily loaded modules.
 */

/** Open advice first: a doctor to see (plan paused) or a note for the next appointment. */
export function TodayAdvice() {
  const { t } = useI18n();
  const app = useApp();
  const status = useSafetyStatus();
  const [done, setDone] = useState<MessageKey | null>(null);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  // "I have seen a doctor" asks once more before it ends a pause: one stray tap must not do it.
  const [confirming, setConfirming] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // After the confirmation is on screen: the button that was pressed may be gone with its card.
    if (done) statusRef.current?.focus();
  }, [done]);
  useEffect(() => {
    if (confirming) questionRef.current?.focus();
  }, [confirming]);
  const { pausingCheck, openReview } = status;
  // Always shown when there is advice; reported so that at most one other step joins it.
  useTodayStep('safety', { safety: Boolean(pausingCheck || openReview) });

  async function act(action: () => Promise<void>, message: MessageKey) {
    setBusy(true);
    setFailed(false);
    try {
      await action();
      setDone(message);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <p ref={statusRef} tabIndex={-1} role="status" class={done ? 'confirmation' : 'status-empty'}>
        {done && t(done)}
      </p>
      {failed && (
        <p class="field-error" role="alert">
          {t('checkin.saveFailed')}
        </p>
      )}
      {pausingCheck && (
        <section class="card card--urgent" aria-labelledby="today-advice" data-advice="paused">
          <h2 id="today-advice">
            {t(pausingCheck.data.result.tier === 'emergency' ? 'today.advice.emergencyTitle' : 'today.advice.gpTitle')}
          </h2>
          <p>{t('today.advice.pausedText')}</p>
          {confirming ? (
            <div class="confirm-action" data-confirm>
              <p ref={questionRef} tabIndex={-1}>
                <strong>{t('today.advice.confirm.question')}</strong>
              </p>
              <p>{t('today.advice.confirm.text')}</p>
              <p class="actions">
                <button
                  type="button"
                  class="button"
                  disabled={busy}
                  onClick={() =>
                    act(() => confirmSeenDoctor(app, pausingCheck.id), 'today.advice.seenDoctorDone').then(() =>
                      setConfirming(false),
                    )
                  }
                >
                  {t('today.advice.confirm.yes')}
                </button>
                <button type="button" class="button button--secondary" onClick={() => setConfirming(false)}>
                  {t('today.advice.confirm.no')}
                </button>
              </p>
            </div>
          ) : (
            <p class="actions">
              <button type="button" class="button" disabled={busy} onClick={() => setConfirming(true)}>
                {t('today.advice.seenDoctor')}
              </button>
              <a class="text-link" href={`/safety/result/${pausingCheck.id}`}>
                {t('today.advice.seeAdvice')}
              </a>
            </p>
          )}
        </section>
      )}
      {openReview && (
        <section class="card card--note" aria-labelledby="today-review" data-advice="review">
          <h2 id="today-review">{t('today.advice.reviewTitle')}</h2>
          <p>{t('today.advice.reviewText')}</p>
          <p class="actions">
            <a class="button button--secondary" href={`/safety/result/${openReview.id}`}>
              {t('today.advice.seeAdvice')}
            </a>
            <button
              type="button"
              class="button button--secondary"
              disabled={busy}
              onClick={() => act(() => confirmReviewDiscussed(app, openReview.id), 'today.advice.reviewDone')}
            >
              {t('today.advice.reviewDiscussed')}
            </button>
          </p>
        </section>
      )}
    </>
  );
}

/**
 * Gentle prompts: the safety check when due, whatever other features add
 * (`children`, e.g. the next questionnaire), and "something is wrong".
 */
export function TodayChecks(props: { children?: ComponentChildren }) {
  const { t } = useI18n();
  const status = useSafetyStatus();

  return (
    <>
      <section class="card" aria-labelledby="today-also" data-today="checks">
        <h2 id="today-also">{t('today.also.title')}</h2>
        {status.recheckDue && (
          <div class="today-item" data-due="safety">
            <p>{t('today.recheck.text')}</p>
            <p class="actions">
              <a class="button" href="/safety/check?trigger=periodic">
                {t('today.recheck.button')}
              </a>
            </p>
          </div>
        )}
        {!status.recheckDue && status.neverFull && (
          <div class="today-item" data-due="safety-rest">
            <p>{t('today.finishFull.text')}</p>
            <p class="actions">
              <a class="button button--secondary" href="/safety/check?trigger=manual">
                {t('today.finishFull.button')}
              </a>
            </p>
          </div>
        )}
        {props.children}
      </section>

      <section class="card" aria-labelledby="today-wrong">
        <h2 id="today-wrong">{t('today.wrong.title')}</h2>
        <p>{t('today.wrong.text')}</p>
        <p class="actions">
          <a class="button button--secondary" href="/safety/check?trigger=manual">
            {t('today.wrong.check')}
          </a>
          <a class="text-link" href="/safety/concern">
            {t('today.wrong.write')}
          </a>
        </p>
      </section>
    </>
  );
}
