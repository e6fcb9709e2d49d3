import { useEffect, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { useI18n } from '../../i18n/i18n';
import { PageHeading } from '../../ui/PageHeading';
import { useWakeLock } from '../../ui/useWakeLock';
import { GUIDES, type Guide, guideSeconds, guideStepAt, isGuideId, stepStart } from '../guides';
import { type Ended, RunControls, SessionStages } from '../SessionEnd';
import { sessionRecord } from '../sessionRecord';
import { relaxTexts } from '../texts';
import { useElapsed } from '../useElapsed';
import { speak, stopSpeaking, useLocalVoice } from '../useSpeech';
import '../../ui/kit.css';
import '../relax.css';

/** `/relax/guide/:id`: a timed relaxation guide, step by step. */
export function GuidePage() {
  const { t } = useI18n();
  const { params } = useRoute();
  const id = params.id ?? '';
  if (!isGuideId(id)) {
    return (
      <div class="page">
        <PageHeading title={t('relax.guide.notFound')} />
        <p>
          <a class="text-link" href="/relax">
            {t('relax.done.back')}
          </a>
        </p>
      </div>
    );
  }
  return <GuideView key={id} guide={GUIDES[id]} />;
}

function GuideView(props: { guide: Guide }) {
  const { t, lang } = useI18n();
  const { guide } = props;
  const texts = relaxTexts.useTexts().guides[guide.id];
  const voice = useLocalVoice(lang);
  const [readAloud, setReadAloud] = useState(false);
  const minutes = Math.round(guideSeconds(guide) / 60);
  return (
    <div class="page page--guide">
      <PageHeading title={t(guide.title)} />
      <SessionStages
        running={(startedAt, end) => (
          <GuideRunner
            guide={guide}
            texts={texts}
            startedAt={startedAt}
            voice={readAloud ? voice : undefined}
            onEnd={end}
          />
        )}
        setup={(start) => (
          <>
            <p class="lead">{t(guide.summary)}</p>
            <p class="muted">{t('relax.guides.minutes', { minutes })}</p>
            <h2>{t('relax.guide.steps')}</h2>
            <ol class="guide-steps">
              {texts.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ol>
            {voice && (
              <div class="field">
                <div class="checkbox">
                  <input
                    type="checkbox"
                    id="read-aloud"
                    checked={readAloud}
                    aria-describedby="read-aloud-hint"
                    onChange={(event) => setReadAloud(event.currentTarget.checked)}
                  />
                  <label for="read-aloud">{t('relax.guide.readAloud')}</label>
                </div>
                <p id="read-aloud-hint" class="hint">
                  {t('relax.guide.readAloudHint')}
                </p>
              </div>
            )}
            <p class="actions">
              <button type="button" class="button button--large" onClick={start}>
                {t('relax.pacer.start')}
              </button>
            </p>
          </>
        )}
      />
    </div>
  );
}

function GuideRunner(props: {
  guide: Guide;
  texts: readonly string[];
  startedAt: string;
  voice: SpeechSynthesisVoice | undefined;
  onEnd: (end: Ended) => void;
}) {
  const { t } = useI18n();
  const { guide, texts, voice } = props;
  const planned = guideSeconds(guide);
  const { elapsedMs, activeMs, running, start, pause, resume, seek } = useElapsed();
  const step = guideStepAt(guide.steps, elapsedMs / 1000);
  const text = texts[step.index] ?? '';
  const pauseButton = useRef<HTMLButtonElement>(null);
  const ended = useRef(false);
  useWakeLock(running);

  // Starts once, when the guide appears (the tap on Start).
  const begin = useRef(start);
  useEffect(() => {
    begin.current();
    pauseButton.current?.focus();
    return stopSpeaking;
  }, []);

  // The real time it ran counts, not the steps skipped.
  const end = (completed: boolean) => {
    if (ended.current) return;
    ended.current = true;
    stopSpeaking();
    props.onEnd({
      completed,
      record: sessionRecord({
        kind: guide.kind,
        startedAt: props.startedAt,
        plannedSeconds: planned,
        doneMs: activeMs,
      }),
    });
  };
  const endRef = useRef(end);
  endRef.current = end;

  useEffect(() => {
    if (step.done) endRef.current(true);
  }, [step.done]);

  // Read aloud (when chosen) at each new step and on continuing; silent while paused.
  useEffect(() => {
    if (!voice) return;
    if (running && text) speak(text, voice);
    else stopSpeaking();
  }, [voice, running, text]);

  if (step.done) return null;
  return (
    <section class="guide" aria-labelledby="guide-step">
      <p id="guide-step" class="muted">
        {t('relax.guide.step', { step: step.index + 1, steps: guide.steps.length })}
      </p>
      {/* The step's text is announced when the step changes, never the seconds. */}
      <p class="guide-now" aria-live="polite" data-guide-now>
        {text}
      </p>
      <p class="muted">{t('relax.guide.secondsLeft', { seconds: step.secondsLeft })}</p>
      <RunControls
        running={running}
        pauseRef={pauseButton}
        onPause={pause}
        onResume={resume}
        onStop={() => end(false)}
      />
      {/* Never disabled (a focused button that turns disabled drops the focus): on the first step it starts it again. */}
      <p class="actions">
        <button
          type="button"
          class="button button--secondary"
          onClick={() => seek(stepStart(guide.steps, step.index - 1) * 1000)}
        >
          {t('relax.guide.previous')}
        </button>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => seek(stepStart(guide.steps, step.index + 1) * 1000)}
        >
          {t('relax.guide.next')}
        </button>
      </p>
      <h2>{t('relax.guide.steps')}</h2>
      <ol class="guide-steps">
        {texts.map((item, index) => (
          <li key={item} aria-current={index === step.index ? 'step' : undefined}>
            {item}
          </li>
        ))}
      </ol>
    </section>
  );
}
