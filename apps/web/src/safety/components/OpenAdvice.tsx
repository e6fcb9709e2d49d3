import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../../data/app';
import { confirmReviewDiscussed, confirmSeenDoctor } from '../actions';
import { useSafetyStatus } from '../state';
import type { SafetyTexts } from '../texts';
import '../today.css';

/**
 * One action on open advice ("I have seen a doctor", "I have talked about
 * it"): saves it, then shows and focuses the confirmation in place of the
 * button. With `confirm`, the first tap only asks the question; the answer
 * "yes" saves (one mistaken tap under "call your GP now" must not end a pause).
 */
function AdviceAction(props: {
  texts: SafetyTexts;
  label: string;
  done: string;
  primary?: boolean;
  confirm?: { question: string; text: string; yes: string; no: string };
  action: () => Promise<void>;
}) {
  const [phase, setPhase] = useState<'idle' | 'confirming' | 'saving' | 'saved' | 'failed'>('idle');
  const status = useRef<HTMLParagraphElement>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (phase === 'saved') status.current?.focus();
    if (phase === 'confirming') question.current?.focus();
    if (phase === 'idle' && returnFocus.current) {
      returnFocus.current = false;
      opener.current?.focus();
    }
  }, [phase]);
  async function act() {
    setPhase('saving');
    try {
      await props.action();
      setPhase('saved');
    } catch {
      setPhase('failed');
    }
  }
  if (phase === 'confirming' && props.confirm) {
    return (
      <div class="confirm-action" data-confirm>
        <p ref={question} tabIndex={-1} class="confirm-question">
          <strong>{props.confirm.question}</strong>
        </p>
        <p>{props.confirm.text}</p>
        <p class="actions">
          <button type="button" class="button" onClick={act}>
            {props.confirm.yes}
          </button>
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              returnFocus.current = true;
              setPhase('idle');
            }}
          >
            {props.confirm.no}
          </button>
        </p>
      </div>
    );
  }
  if (phase === 'saved') {
    return (
      <p ref={status} tabIndex={-1} role="status" class="confirmation">
        {props.done}
      </p>
    );
  }
  return (
    <>
      {phase === 'failed' && (
        <p class="field-error" role="alert">
          {props.texts.common.saveFailed}
        </p>
      )}
      <p class="actions">
        <button
          ref={opener}
          type="button"
          class={props.primary ? 'button' : 'button button--secondary'}
          disabled={phase === 'saving'}
          onClick={() => (props.confirm ? setPhase('confirming') : act())}
        >
          {phase === 'saving' ? props.texts.common.saving : props.label}
        </button>
      </p>
    </>
  );
}

/** "I have seen a doctor", for the check that keeps the plan paused. */
export function SeenDoctorAction(props: { texts: SafetyTexts; checkId: string }) {
  const app = useApp();
  return (
    <AdviceAction
      texts={props.texts}
      primary
      label={props.texts.result.seenDoctor}
      confirm={props.texts.result.seenDoctorConfirm}
      done={props.texts.result.seenDoctorDone}
      action={() => confirmSeenDoctor(app, props.checkId)}
    />
  );
}

/** "I have talked about it", for the check whose review note is open. */
export function ReviewDiscussedAction(props: { texts: SafetyTexts; checkId: string }) {
  const app = useApp();
  return (
    <AdviceAction
      texts={props.texts}
      label={props.texts.result.reviewDiscussed}
      done={props.texts.result.reviewDiscussedDone}
      action={() => confirmReviewDiscussed(app, props.checkId)}
    />
  );
}

/** The advice that is still open, each with its one action (for the safety page). */
export function OpenAdvice(props: { texts: SafetyTexts }) {
  const { result } = props.texts;
  const { pausingCheck, openReview } = useSafetyStatus();
  // Kept while the confirmation shows, so the card does not vanish under the person's focus.
  const [shownPause] = useState(pausingCheck);
  const [shownReview] = useState(openReview);
  const pausing = pausingCheck ?? shownPause;
  const review = openReview ?? shownReview;
  return (
    <>
      {pausing && (
        <section class="card card--urgent" aria-labelledby="advice-paused" data-advice="paused">
          <h2 id="advice-paused">{result.tiers[pausing.data.result.tier].title}</h2>
          {pausingCheck && <p>{result.paused}</p>}
          <SeenDoctorAction texts={props.texts} checkId={pausing.id} />
        </section>
      )}
      {review && (
        <section class="card card--note" aria-labelledby="advice-review" data-advice="review">
          <h2 id="advice-review">{result.tiers.review.title}</h2>
          <p>{result.tiers.review.text[1]}</p>
          <ReviewDiscussedAction texts={props.texts} checkId={review.id} />
        </section>
      )}
    </>
  );
}
