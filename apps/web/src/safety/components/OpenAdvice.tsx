import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../../state/app';
import { confirmReviewDiscussed, confirmSeenDoctor } from '../actions';
import { useSafetyStatus } from '../state';
import type { SafetyTexts } from '../texts';

/**
 * One action on open advice ("I have seen a doctor", "I have talked about
 * it"): saves it, then shows and focuses the confirmation in place of the button.
 */
function AdviceAction(props: {
  texts: SafetyTexts;
  label: string;
  done: string;
  primary?: boolean;
  action: () => Promise<void>;
}) {
  const [phase, setPhase] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (phase === 'saved') status.current?.focus();
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
          type="button"
          class={props.primary ? 'button' : 'button button--secondary'}
          disabled={phase === 'saving'}
          onClick={act}
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
          <p>{result.paused}</p>
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
