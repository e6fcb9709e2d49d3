import { type ProgrammeView, type SessionDraft, type StopReason, startDraft, withPainBefore } from '@veerkracht/core';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { type App, useApp } from '../../data/app';
import { nowInstant } from '../../data/records';
import { useI18n } from '../../i18n/i18n';
import { PageHeading } from '../../ui/PageHeading';
import { RadioScale } from '../../ui/RadioScale';
import { clearSessionDraft, finishSession, keepSessionDraft, loadSessionDraft, useProgramme } from '../state';
import { ExerciseStep } from './ExerciseStep';
import { forgetTimer } from './useCountdown';
import '../../ui/kit.css';
import '../exercise.css';
import './player.css';
import { NothingHere } from '../components/NothingHere';

/** What the confirmation says: how many exercises were done, whether the person stopped, whether pain was a reason. */
type Finished = { done: number; total: number; stopReason?: StopReason; pain: boolean };
type Running = { draft: SessionDraft; resumed: boolean };

/** The session kept on this device when it belongs to the programme as it is now, else a new one. */
function openSession(view: ProgrammeView, app: App): Running {
  const kept = loadSessionDraft();
  if (kept && kept.programmeId === view.programmeId && kept.version === view.programme.version)
    return { draft: kept, resumed: true };
  return { draft: startDraft(view.programme, nowInstant(app)), resumed: false };
}

/**
 * `/exercise/session`: the guided session, one step at a time: pain now, each
 * exercise with its sets (a counter or a hold timer, a rest between sets),
 * pain after, saved. Every change is kept on the device at once, so a reload
 * or a closed app resumes exactly there; the session becomes a record only
 * when it is saved, and a failed save keeps it. The rules are the core's
 * session draft (`startDraft`, `logSet`…); this page only shows them.
 */
export function SessionPlayer() {
  const { t, tn } = useI18n();
  const app = useApp();
  const { view } = useProgramme();
  const [running, setRunning] = useState<Running | undefined>(() => (view ? openSession(view, app) : undefined));
  const [finished, setFinished] = useState<Finished | null>(null);
  const [spoken, setSpoken] = useState({ text: '', n: 0 });
  // Set once the person moves on from the first screen: from then on a new step takes focus on its heading.
  const moved = useRef(false);
  const announce = useCallback((text: string) => setSpoken((current) => ({ text, n: current.n + 1 })), []);

  // The records can arrive after the first render (a slow device): open the session when the programme is there.
  useEffect(() => {
    if (!running && view && !finished) setRunning(openSession(view, app));
  }, [running, view, app, finished]);

  if (finished) return <SessionDone finished={finished} />;
  if (!view || !running) {
    return (
      <NothingHere
        title={t('exercise.player.title')}
        text={t('exercise.player.noProgramme')}
        pageClass="page--player"
      />
    );
  }

  const { draft } = running;
  const change = (next: SessionDraft) => {
    moved.current = true;
    keepSessionDraft(next);
    setRunning({ draft: next, resumed: false });
  };

  return (
    <div class="page page--player">
      <PageHeading title={t('exercise.player.title')} />
      {running.resumed && <p class="notice">{t('exercise.player.resumed')}</p>}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        <span key={spoken.n}>{spoken.text}</span>
      </div>

      {draft.step === 'pain_before' && (
        <PainStep
          key="before"
          name="painBefore"
          title={t('exercise.player.before.title')}
          intro={tn('exercise.player.before.intro', draft.items.length)}
          button={t('exercise.player.next')}
          focus={moved.current}
          onDone={(pain) => change(withPainBefore(draft, pain))}
        />
      )}
      {draft.step === 'exercise' && (
        <ExerciseStep key={draft.index} draft={draft} onChange={change} announce={announce} />
      )}
      {draft.step === 'pain_after' && (
        <PainStep
          key="after"
          name="painAfter"
          title={t('exercise.player.after.title')}
          intro={draft.stopReason ? t('exercise.player.stoppedIntro') : t('exercise.player.lastIntro')}
          button={t('exercise.player.save')}
          saving={t('exercise.player.saving')}
          retry={t('exercise.player.saveAgain')}
          focus
          onDone={async (pain) => {
            const result = await finishSession(app, view, draft, pain);
            // Only a draft without pain before is refused, which the steps never make; it stays kept all the same.
            if (!result.ok) throw new Error(result.issues.map((issue) => issue.field).join(', '));
            forgetTimer();
            setFinished({
              done: draft.items.filter((item) => !item.skipped && item.sets.length > 0).length,
              total: draft.items.length,
              ...(draft.stopReason ? { stopReason: draft.stopReason } : {}),
              pain: draft.stopReason === 'pain' || draft.items.some((item) => item.skipped === 'pain'),
            });
          }}
        />
      )}

      {draft.step !== 'pain_before' && (
        <Restart
          onRestart={() => {
            clearSessionDraft();
            forgetTimer();
            moved.current = true;
            setRunning({ draft: startDraft(view.programme, nowInstant(app)), resumed: false });
          }}
        />
      )}
    </div>
  );
}

/** Pain now, 0–10, then on; on the last step this saves, and a failed save says so and can be tried again. */
function PainStep(props: {
  name: 'painBefore' | 'painAfter';
  title: string;
  intro: string;
  button: string;
  saving?: string;
  retry?: string;
  /** Take focus on the heading when the step opens (not on the page's first screen: the page heading has it). */
  focus: boolean;
  onDone: (pain: number) => Promise<void> | void;
}) {
  const { t } = useI18n();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [phase, setPhase] = useState<'editing' | 'saving' | 'failed'>('editing');
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef<HTMLInputElement | null>(null);
  useEffect(() => {
    if (props.focus) heading.current?.focus();
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (phase === 'saving') return;
    if (value === '') {
      setError(t('exercise.player.painRequired'));
      first.current?.focus();
      return;
    }
    setPhase('saving');
    try {
      await props.onDone(Number(value));
      setPhase('editing');
    } catch {
      // Nothing is lost: the session stays kept on the device, and the same button tries again.
      setPhase('failed');
    }
  };

  let label = props.button;
  if (phase === 'saving' && props.saving) label = props.saving;
  else if (phase === 'failed' && props.retry) label = props.retry;
  return (
    <form class="player-pain" noValidate onSubmit={submit}>
      <h2 ref={heading} tabIndex={-1}>
        {props.title}
      </h2>
      <p class="lead">{props.intro}</p>
      <RadioScale
        name={props.name}
        label={t('exercise.player.painNow')}
        min={0}
        max={10}
        value={value}
        anchors={[
          { value: 0, text: t('checkin.pain.0') },
          { value: 5, text: t('checkin.pain.5') },
          { value: 10, text: t('checkin.pain.10') },
        ]}
        error={error}
        onChange={(next) => {
          setValue(next);
          setError(undefined);
        }}
        inputRef={(element, option) => {
          if (element && (value === '' ? option === 0 : String(option) === value)) first.current = element;
        }}
      />
      {phase === 'failed' && (
        <p class="field-error" role="alert">
          {t('exercise.player.saveFailed')}
        </p>
      )}
      <p class="actions">
        <button type="submit" class="button button--large" disabled={phase === 'saving'}>
          {label}
        </button>
      </p>
    </form>
  );
}

/** Start the session again from the top; asks first, because what was done this time is then not kept. */
function Restart(props: { onRestart: () => void }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) question.current?.focus();
    else if (wasAsking.current) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <p class="player-quit">
        <button type="button" class="text-button" ref={opener} onClick={() => setAsking(true)}>
          {t('exercise.player.restart')}
        </button>
      </p>
    );
  }
  return (
    <div class="player-quit">
      <p ref={question} tabIndex={-1}>
        {t('exercise.player.restartWarning')}
      </p>
      <p class="actions">
        <button type="button" class="button button--secondary" onClick={props.onRestart}>
          {t('exercise.player.restartConfirm')}
        </button>
        <button type="button" class="button" onClick={() => setAsking(false)}>
          {t('exercise.player.restartCancel')}
        </button>
      </p>
    </div>
  );
}

/** After saving: a calm confirmation, a kind word after stopping early, and what happens next. */
function SessionDone(props: { finished: Finished }) {
  const { t, tn } = useI18n();
  const { finished } = props;
  const status = useRef<HTMLDivElement>(null);
  useEffect(() => {
    status.current?.focus();
  }, []);
  return (
    <div class="page page--player">
      <PageHeading title={t('exercise.player.doneTitle')} />
      <div ref={status} role="status" tabIndex={-1} class="confirmation">
        <p class="confirmation-text">
          {finished.done > 0
            ? tn('exercise.player.doneCount', finished.total, { done: finished.done })
            : t('exercise.player.doneNone')}
        </p>
        {finished.stopReason && <p>{t('exercise.player.stoppedSaved')}</p>}
        <p>{t('exercise.player.askLater')}</p>
      </div>
      {finished.pain && (
        <p class="player-check">
          {t('exercise.player.painCheck')}{' '}
          <a class="text-link" href="/safety/check?trigger=flare_up">
            {t('exercise.player.painCheckLink')}
          </a>
        </p>
      )}
      <p class="actions">
        <a class="button" href="/exercise">
          {t('exercise.back')}
        </a>
        <a class="button button--secondary" href="/">
          {t('exercise.player.toToday')}
        </a>
      </p>
    </div>
  );
}
