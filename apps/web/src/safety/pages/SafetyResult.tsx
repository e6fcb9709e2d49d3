import type { SafetyCheck, Stored } from '@veerkracht/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { useApp } from '../../data/app';
import { formatDay, useI18n } from '../../i18n/i18n';
import { PageHeading } from '../../ui/PageHeading';
import '../safety.css';
import '../../ui/kit.css';
import { WhenToCallDoctor } from '../../ui/safetySigns/WhenToCallDoctor';
import { confirmEmergencyRead } from '../actions';
import { ReviewDiscussedAction, SeenDoctorAction } from '../components/OpenAdvice';
import { PainTypeExplanation } from '../components/PainTypeExplanation';
import { ReasonList } from '../components/ReasonList';
import { useSafetyRecords, useSafetyStatus } from '../state';
import { fill, type SafetyTexts, useSafetyTexts } from '../texts';

/** `/safety/result/:id`: the result of one safety check; first the emergency screen while it is unread. */
export function SafetyResult() {
  const texts = useSafetyTexts();
  const { params, query } = useRoute();
  const { checks } = useSafetyRecords();
  const status = useSafetyStatus();
  const check = checks.find((candidate) => candidate.id === params.id);
  if (!check) {
    return (
      <div class="page">
        <PageHeading title={texts.result.title} />
        <p>{texts.timeline.empty}</p>
        <p>
          <a class="button" href="/safety">
            {texts.overview.title}
          </a>
        </p>
      </div>
    );
  }
  if (status.unreadEmergency?.id === check.id) return <EmergencyScreen texts={texts} check={check} />;
  return <ResultView texts={texts} check={check} firstRun={query.first === '1'} />;
}

/**
 * The emergency screen: what to do now, and the answers that led to it. It
 * cannot be dismissed without confirming it was read (the route gate brings it
 * back on every page until then).
 */
function EmergencyScreen(props: { texts: SafetyTexts; check: Stored<SafetyCheck> }) {
  const { texts, check } = props;
  const { emergency } = texts.result;
  const app = useApp();
  const [read, setRead] = useState(false);
  const [error, setError] = useState(false);
  const [phase, setPhase] = useState<'idle' | 'saving' | 'failed'>('idle');
  const box = useRef<HTMLInputElement>(null);

  async function confirm() {
    if (!read) {
      setError(true);
      box.current?.focus();
      return;
    }
    setPhase('saving');
    try {
      await confirmEmergencyRead(app, check);
    } catch {
      setPhase('failed');
    }
  }

  return (
    <div class="page page--emergency" data-tier="emergency">
      <PageHeading title={emergency.title} />
      <p class="lead emergency-lead">{emergency.lead}</p>
      <ol class="emergency-steps emergency-steps--first">
        {emergency.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <div class="emergency-112">
        <p>{emergency.call112Text}</p>
        <p class="actions">
          <a class="button button--danger-outline" href="tel:112">
            {emergency.call112}
          </a>
        </p>
      </div>
      <p class="muted">{emergency.abroad}</p>
      <ReasonList texts={texts} check={check.data} knownToDoctor={[]} />
      <div class="confirm-read">
        <div class="checkbox checkbox--large">
          <input
            id="emergency-read"
            type="checkbox"
            ref={box}
            checked={read}
            onChange={(event) => {
              setRead(event.currentTarget.checked);
              setError(false);
            }}
            aria-describedby={error ? 'emergency-read-error' : undefined}
            aria-invalid={error ? 'true' : undefined}
          />
          <label for="emergency-read">{emergency.confirmLabel}</label>
        </div>
        {error && (
          <p id="emergency-read-error" class="field-error">
            {emergency.confirmError}
          </p>
        )}
        {phase === 'failed' && (
          <p class="field-error" role="alert">
            {texts.common.saveFailed}
          </p>
        )}
        <p class="actions">
          <button type="button" class="button button--large" disabled={phase === 'saving'} onClick={confirm}>
            {phase === 'saving' ? texts.common.saving : emergency.confirmButton}
          </button>
        </p>
      </div>
    </div>
  );
}

function ResultView(props: { texts: SafetyTexts; check: Stored<SafetyCheck>; firstRun: boolean }) {
  const { texts, check } = props;
  const { lang } = useI18n();
  const status = useSafetyStatus();
  // Which actions this check still needs, fixed when the page opens so a confirmation stays in view.
  const [pauses] = useState(() => status.pausingCheck?.id === check.id);
  const [reviewOpen] = useState(() => status.openReview?.id === check.id);
  const pause = status.pauseByCheck.get(check.id);
  const known = pause?.knownToDoctor ?? [];
  const { tier: checkTier } = check.data.result;
  // Everything that would call for a GP visit was already seen by a doctor: say that, not "make an appointment".
  const cleared = checkTier === 'gp_soon' && pause !== undefined && !pause.pauses && pause.newReasons.length === 0;
  const tier = checkTier;
  const tierTexts = cleared ? texts.result.cleared : texts.result.tiers[tier];
  const heading = useRef(false);
  useEffect(() => {
    // Coming back from the emergency screen (same route): start reading at the top again.
    if (heading.current) document.querySelector<HTMLElement>('main h1')?.focus();
    heading.current = true;
  }, []);
  const urgent = !cleared && (tier === 'emergency' || tier === 'gp_soon');
  return (
    <div class="page page--safety-result" data-tier={tier} data-cleared={cleared ? 'true' : undefined}>
      <PageHeading title={texts.result.title} />
      <p class="muted">{fill(texts.result.checkedOn, { day: formatDay(check.data.date, lang) })}</p>
      <section class={`card${urgent ? ' card--urgent' : ' card--next'}`} aria-labelledby="result-tier">
        <h2 id="result-tier">{tierTexts.title}</h2>
        {tier === 'emergency' && (
          <>
            <ol class="emergency-steps">
              {texts.result.emergency.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
            <p>{texts.result.emergency.call112Text}</p>
          </>
        )}
        {tierTexts.text.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        {/* Said only while it is true: after "I have seen a doctor" the confirmation says the plan goes on. */}
        {status.pausingCheck?.id === check.id && <p data-paused>{texts.result.paused}</p>}
        {pauses && <SeenDoctorAction texts={texts} checkId={check.id} />}
        {reviewOpen && tier === 'review' && <ReviewDiscussedAction texts={texts} checkId={check.id} />}
        {check.data.scope === 'emergency' && (
          <p class="notice">
            {texts.result.partial}{' '}
            <a class="text-link" href="/safety/check?trigger=manual">
              {texts.result.partialLink}
            </a>
          </p>
        )}
      </section>
      {reviewOpen && tier !== 'review' && (
        <section class="card card--note" aria-labelledby="result-review" data-advice="review">
          <h2 id="result-review">{texts.result.tiers.review.title}</h2>
          {texts.result.tiers.review.text.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          <ReviewDiscussedAction texts={texts} checkId={check.id} />
        </section>
      )}
      <ReasonList texts={texts} check={check.data} knownToDoctor={known} />
      <WhenToCallDoctor />
      <PainTypeExplanation texts={texts} painType={check.data.result.painType} />
      <section class="card" aria-labelledby="result-next">
        <h2 id="result-next">{texts.result.nextTitle}</h2>
        {props.firstRun && <p>{texts.result.nextMeasures}</p>}
        <p class="actions">
          {props.firstRun && (
            <a class="button" href="/measures">
              {texts.result.nextMeasuresLink}
            </a>
          )}
          <a class={props.firstRun ? 'button button--secondary' : 'button'} href="/">
            {texts.common.toToday}
          </a>
        </p>
      </section>
    </div>
  );
}
