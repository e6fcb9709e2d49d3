import {
  currentItem,
  EFFORTS,
  type Effort,
  EXERCISE_LIMITS,
  exerciseById,
  logSet,
  nextExercise,
  parseFormNumber,
  type SessionDraft,
  type SessionItem,
  type SetLog,
  STOP_REASONS,
  type StopReason,
  setsComplete,
  skipExercise,
  stopSession,
  undoSet,
} from '@veerkracht/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatNumber, type Lang, type MessageKey, useI18n } from '../../i18n/i18n';
import { Choices } from '../../ui/Choices';
import { ExerciseDrawing } from '../components/ExerciseDrawing';
import { amountText, exerciseName, kilograms, variantName } from '../format';
import { useExerciseTexts } from '../texts';
import { Countdown } from './Countdown';
import { prepareSignals, rememberSignals, signalsWanted } from './signals';
import { newTimer, restSeconds } from './timer';
import { forgetTimer, keepTimer, keptTimerId } from './useCountdown';

const REASON: Record<StopReason, MessageKey> = {
  pain: 'exercise.player.reason.pain',
  tired: 'exercise.player.reason.tired',
  no_time: 'exercise.player.reason.no_time',
  no_equipment: 'exercise.player.reason.no_equipment',
  other: 'exercise.player.reason.other',
};

const EFFORT: Record<Effort, MessageKey> = {
  light: 'exercise.player.effort.light',
  moderate: 'exercise.player.effort.moderate',
  hard: 'exercise.player.effort.hard',
};

/** The one set being logged: reps or seconds done, and for reps the load and how hard it felt. */
type NewSet = { done: number; load?: number; effort?: Effort };

/** A number as the person types it: "7,5" in Dutch, "7.5" in English. */
function inputNumber(value: number, lang: Lang): string {
  return lang === 'nl' ? String(value).replace('.', ',') : String(value);
}

/** A whole count 0–600 from a field, or undefined when the text is not one. */
function wholeCount(text: string): number | undefined {
  const value = parseFormNumber(text);
  const { min, max } = EXERCISE_LIMITS.done;
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : undefined;
}

/** Kilograms 0–500 from a field (7,5 or 7.5), or undefined when the text is not that. */
function kilogramsIn(text: string): number | undefined {
  const value = parseFormNumber(text);
  const { min, max } = EXERCISE_LIMITS.load;
  return typeof value === 'number' && value >= min && value <= max ? value : undefined;
}

/**
 * One exercise of the session: what to do (the drawing, the starting
 * position, the cues, what may be felt), the dose, and its sets one at a
 * time, with a counter for repetitions or a timer for a hold, and a rest
 * between sets. Skipping the exercise and stopping the session are always
 * there, and ask why. Rendered with `key={draft.index}`: each exercise starts
 * fresh and takes focus on its name.
 */
export function ExerciseStep(props: {
  draft: SessionDraft;
  onChange: (draft: SessionDraft) => void;
  announce: (text: string) => void;
}) {
  const { t, tn, lang } = useI18n();
  const texts = useExerciseTexts();
  const { draft, onChange, announce } = props;
  const item = currentItem(draft);
  const exercise = item ? exerciseById(item.exerciseId) : undefined;
  const setsAsked = draft.setsAsked[draft.index] ?? 1;
  const setsDone = item?.sets.length ?? 0;
  // Timers are kept under an id of where in the session they belong, so a reload finds its own timer only.
  const position = `${draft.startedAt}|${draft.index}|${setsDone}`;
  const restId = `${position}|rest`;
  const [resting, setResting] = useState(() => keptTimerId() === restId);
  const [asking, setAsking] = useState<'skip' | 'stop' | null>(null);
  const [signals, setSignals] = useState(signalsWanted);
  const [howOpen] = useState(setsDone === 0);
  const heading = useRef<HTMLHeadingElement>(null);
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const skipButton = useRef<HTMLButtonElement>(null);
  const stopButton = useRef<HTMLButtonElement>(null);
  // Where focus goes after the next render: the panel's heading when the panel it was in went away.
  const focusAfter = useRef<'panel' | 'skip' | 'stop' | null>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);
  useEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    focusAfter.current = null;
    const element = { panel: panelHeading, skip: skipButton, stop: stopButton }[target].current;
    element?.focus();
  });

  if (!item || !exercise) return null;
  const text = texts.exercises[item.exerciseId];
  const name = exerciseName(texts, item.exerciseId);
  const variant = variantName(texts, item.exerciseId, item.variant);
  const complete = setsComplete(draft);
  const holds = exercise.kind === 'mobility' && exercise.unit === 'seconds';
  const perSide = exercise.kind === 'mobility' && exercise.perSide;
  const last = draft.index === draft.items.length - 1;
  const setNumber = Math.min(setsDone + 1, setsAsked);
  const rest = restSeconds(exercise.kind);
  const baseDose = t('exercise.dose.sets', { sets: setsAsked, amount: amountText(tn, item.exerciseId, item.target) });
  const dose =
    item.load !== undefined
      ? t('exercise.dose.withLoad', { dose: baseDose, load: kilograms(lang, item.load) })
      : baseDose;

  /** Focus follows a panel that goes away, but is never pulled from elsewhere on the page. */
  const focusIsInPanel = () =>
    !document.activeElement ||
    document.activeElement === document.body ||
    (panel.current?.contains(document.activeElement) ?? false);

  const log = (set: NewSet, how: 'hand' | 'timer') => {
    let next: SessionDraft;
    try {
      next = logSet(draft, set);
    } catch {
      // The fields are checked first; a set the core refuses (more than 10) is not logged.
      return;
    }
    if (how === 'hand') prepareSignals();
    forgetTimer();
    const number = setsDone + 1;
    const saved =
      how === 'timer' ? t('exercise.player.holdDone', { set: number }) : t('exercise.player.setSaved', { set: number });
    if (number >= setsAsked) {
      setResting(false);
      announce(`${saved} ${t('exercise.player.allSetsDone')}`);
    } else {
      setResting(true);
      announce(`${saved} ${t('exercise.player.restStarted', { time: tn('exercise.dose.seconds', rest) })}`);
    }
    if (how === 'hand' || focusIsInPanel()) focusAfter.current = 'panel';
    onChange(next);
  };

  const endRest = (how: 'skip' | 'done') => {
    if (how === 'skip') forgetTimer();
    else announce(t('exercise.player.restDone', { set: setNumber }));
    if (how === 'skip' || focusIsInPanel()) focusAfter.current = 'panel';
    setResting(false);
  };

  const undo = () => {
    forgetTimer();
    setResting(false);
    announce(t('exercise.player.undone'));
    focusAfter.current = 'panel';
    onChange(undoSet(draft));
  };

  const leave = (kind: 'skip' | 'stop', reason: StopReason) => {
    forgetTimer();
    onChange(kind === 'skip' ? skipExercise(draft, reason) : stopSession(draft, reason));
  };

  const setLine = (set: SetLog, number: number) => {
    const parts = [amountText(tn, item.exerciseId, set.done)];
    if (set.load !== undefined) parts.push(kilograms(lang, set.load));
    const amount = parts.join(', ') + (set.effort ? ` · ${t(EFFORT[set.effort])}` : '');
    return t('exercise.player.setLine', { set: number, amount });
  };

  return (
    <section class="player-exercise" aria-labelledby="player-exercise-name">
      <p class="step-line">{t('exercise.player.progress', { n: draft.index + 1, total: draft.items.length })}</p>
      <h2 id="player-exercise-name" class="player-name" ref={heading} tabIndex={-1}>
        {name}
      </h2>
      {variant && <p class="player-variant">{t('exercise.player.variant', { variant })}</p>}
      <div class="player-figure">
        <ExerciseDrawing exerciseId={item.exerciseId} label={text?.drawing ?? name} size={128} />
        <p class="player-dose">{dose}</p>
      </div>
      {text && (
        <>
          <details class="player-how" open={howOpen}>
            <summary>{t('exercise.player.how')}</summary>
            <p>
              <strong>{t('exercise.player.startPosition')}</strong> {text.start}
            </p>
            <ul class="bullets">
              {text.cues.map((cue) => (
                <li key={cue}>{cue}</li>
              ))}
            </ul>
          </details>
          <p class="player-feel">
            <strong>{t('exercise.player.feel')}</strong> {text.feel}
          </p>
        </>
      )}

      <div class="player-panel" ref={panel}>
        {complete ? (
          <div class="player-next">
            <h3 ref={panelHeading} tabIndex={-1}>
              {t('exercise.player.allSetsDone')}
            </h3>
            <p class="actions">
              <button
                type="button"
                class="button button--large"
                onClick={() => {
                  forgetTimer();
                  onChange(nextExercise(draft));
                }}
              >
                {last ? t('exercise.player.finish') : t('exercise.player.nextExercise')}
              </button>
            </p>
          </div>
        ) : resting ? (
          <div class="player-rest">
            <h3 ref={panelHeading} tabIndex={-1}>
              {t('exercise.player.rest')}
            </h3>
            <Countdown
              key={restId}
              id={restId}
              kind="rest"
              seconds={rest}
              label={t('exercise.player.restThen', { set: setNumber })}
              announce={announce}
              onDone={() => endRest('done')}
              onSkip={() => endRest('skip')}
            />
          </div>
        ) : (
          <div class="player-set">
            <h3 ref={panelHeading} tabIndex={-1}>
              {t('exercise.player.set', { set: setNumber, sets: setsAsked })}
            </h3>
            {holds ? (
              <HoldLogger
                key={position}
                position={position}
                item={item}
                perSide={perSide}
                announce={announce}
                onLog={log}
                onSideDone={() => {
                  if (focusIsInPanel()) focusAfter.current = 'panel';
                }}
              />
            ) : (
              <RepsLogger key={position} item={item} perSide={perSide} onLog={(set) => log(set, 'hand')} />
            )}
          </div>
        )}
      </div>

      {setsDone > 0 && (
        <div class="player-done">
          <p class="player-done-label" id="player-done-label">
            {t('exercise.player.setsDone')}
          </p>
          <ul class="plain-list" aria-labelledby="player-done-label">
            {item.sets.map((set, i) => (
              <li key={i}>{setLine(set, i + 1)}</li>
            ))}
          </ul>
          <p>
            <button type="button" class="text-button" onClick={undo}>
              {t('exercise.player.undo')}
            </button>
          </p>
        </div>
      )}

      <div class="checkbox player-signals">
        <input
          id="player-signals"
          type="checkbox"
          checked={signals}
          onChange={(event) => {
            const on = event.currentTarget.checked;
            setSignals(on);
            rememberSignals(on);
            if (on) prepareSignals();
          }}
        />
        <label for="player-signals">{t('exercise.player.signals')}</label>
      </div>

      {asking ? (
        <ReasonQuestion
          key={asking}
          kind={asking}
          name={name}
          onCancel={() => {
            focusAfter.current = asking;
            setAsking(null);
          }}
          onChoose={(reason) => leave(asking, reason)}
        />
      ) : (
        <p class="actions player-leave">
          <button type="button" class="button button--secondary" ref={skipButton} onClick={() => setAsking('skip')}>
            {t('exercise.player.skip')}
          </button>
          <button type="button" class="button button--secondary" ref={stopButton} onClick={() => setAsking('stop')}>
            {t('exercise.player.stop')}
          </button>
        </p>
      )}
    </section>
  );
}

/** −1 / +1 beside a number field: large, with the words for screen readers. */
function StepButton(props: { sign: '−' | '+'; label: string; onClick: () => void }) {
  return (
    <button type="button" class="button button--secondary stepper-button" onClick={props.onClick}>
      <span aria-hidden="true">{props.sign}</span>
      <span class="visually-hidden">{props.label}</span>
    </button>
  );
}

/** A set of repetitions: the count (prefilled with the target), the load where the exercise uses one, how hard it felt. */
function RepsLogger(props: { item: SessionItem; perSide: boolean; onLog: (set: NewSet) => void }) {
  const { t, tn, lang } = useI18n();
  const { item } = props;
  const lastLoad = item.sets.at(-1)?.load ?? item.load;
  const [count, setCount] = useState(String(item.target));
  const [load, setLoad] = useState(lastLoad === undefined ? '' : inputNumber(lastLoad, lang));
  const [effort, setEffort] = useState<Effort | ''>('');
  const [errors, setErrors] = useState<{ count?: string; load?: string }>({});
  const countField = useRef<HTMLInputElement>(null);
  const loadField = useRef<HTMLInputElement>(null);
  const usesLoad = item.load !== undefined;

  const step = (delta: number) => {
    const now = wholeCount(count) ?? item.target;
    const { min, max } = EXERCISE_LIMITS.done;
    setCount(String(Math.min(max, Math.max(min, now + delta))));
    setErrors((current) => ({ ...current, count: undefined }));
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const done = wholeCount(count);
    const kg = usesLoad ? kilogramsIn(load) : undefined;
    const found = {
      count: done === undefined ? t('exercise.player.countError') : undefined,
      load:
        usesLoad && kg === undefined ? t('exercise.player.loadError', { example: formatNumber(7.5, lang) }) : undefined,
    };
    setErrors(found);
    if (done === undefined) return countField.current?.focus();
    if (found.load) return loadField.current?.focus();
    props.onLog({ done, ...(kg !== undefined ? { load: kg } : {}), ...(effort ? { effort } : {}) });
  };

  const countHint = 'set-done-hint';
  return (
    <form class="player-form" noValidate onSubmit={submit}>
      <div class="field">
        <label class="field-label" for="set-done">
          {props.perSide ? t('exercise.player.repsDonePerSide') : t('exercise.player.repsDone')}
        </label>
        <p class="hint" id={countHint}>
          {t('exercise.player.target', { amount: amountText(tn, item.exerciseId, item.target) })}
        </p>
        <div class="stepper">
          <StepButton sign="−" label={t('exercise.player.less')} onClick={() => step(-1)} />
          <input
            id="set-done"
            name="set-done"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            class="stepper-input"
            value={count}
            ref={countField}
            onInput={(event) => setCount(event.currentTarget.value)}
            aria-describedby={errors.count ? `${countHint} set-done-error` : countHint}
            aria-invalid={errors.count ? 'true' : undefined}
          />
          <StepButton sign="+" label={t('exercise.player.more')} onClick={() => step(1)} />
        </div>
        {errors.count && (
          <p id="set-done-error" class="field-error">
            {errors.count}
          </p>
        )}
      </div>
      {usesLoad && (
        <div class="field">
          <label class="field-label" for="set-load">
            {t('exercise.player.load')}
          </label>
          <p class="hint" id="set-load-hint">
            {t('exercise.player.loadHint')}
          </p>
          <div class="number-field">
            <input
              id="set-load"
              name="set-load"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              class="stepper-input"
              value={load}
              ref={loadField}
              onInput={(event) => setLoad(event.currentTarget.value)}
              aria-describedby={errors.load ? 'set-load-hint set-load-error' : 'set-load-hint'}
              aria-invalid={errors.load ? 'true' : undefined}
            />
            <span class="unit" aria-hidden="true">
              kg
            </span>
          </div>
          {errors.load && (
            <p id="set-load-error" class="field-error">
              {errors.load}
            </p>
          )}
        </div>
      )}
      <Choices
        name="effort"
        legend={t('exercise.player.effort')}
        layout="inline"
        options={EFFORTS.map((value) => ({ value, label: t(EFFORT[value]) }))}
        value={effort}
        onChange={(value) => setEffort(value)}
      />
      <p class="actions">
        <button type="submit" class="button button--large">
          {t('exercise.player.saveSet')}
        </button>
      </p>
    </form>
  );
}

/**
 * A set held for seconds: a countdown of the target (for each side in turn
 * where the exercise has sides) that saves the set at 0, and a field to save
 * fewer seconds by hand when the person stopped early.
 */
function HoldLogger(props: {
  position: string;
  item: SessionItem;
  perSide: boolean;
  announce: (text: string) => void;
  onLog: (set: NewSet, how: 'hand' | 'timer') => void;
  onSideDone: () => void;
}) {
  const { t, tn } = useI18n();
  const { item, position } = props;
  const holdId = (side: number) => `${position}|hold|${side}`;
  const [side, setSide] = useState(() => (props.perSide && keptTimerId() === holdId(2) ? 2 : 1));
  const [manual, setManual] = useState(String(item.target));
  const [error, setError] = useState<string | undefined>();
  const field = useRef<HTMLInputElement>(null);
  const time = tn('exercise.dose.seconds', item.target);

  const done = () => {
    if (props.perSide && side === 1) {
      // The other side's countdown is kept at once, so a reload now goes on with side 2.
      keepTimer(holdId(2), newTimer(item.target));
      props.onSideDone();
      setSide(2);
      props.announce(t('exercise.player.otherSide'));
      return;
    }
    props.onLog({ done: item.target }, 'timer');
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const seconds = wholeCount(manual);
    if (seconds === undefined) {
      setError(t('exercise.player.countError'));
      field.current?.focus();
      return;
    }
    props.onLog({ done: seconds }, 'hand');
  };

  return (
    <>
      <p>{t(props.perSide ? 'exercise.player.holdHowPerSide' : 'exercise.player.holdHow', { time })}</p>
      <Countdown
        key={holdId(side)}
        id={holdId(side)}
        kind="hold"
        seconds={item.target}
        label={props.perSide ? t('exercise.player.side', { side }) : t('exercise.player.hold')}
        announce={props.announce}
        onDone={done}
        onPause={(held) => setManual(String(held))}
      />
      <details class="player-manual">
        <summary>{t('exercise.player.manual')}</summary>
        <form class="player-form" noValidate onSubmit={submit}>
          <div class="field">
            <label class="field-label" for="set-done">
              {props.perSide ? t('exercise.player.secondsDonePerSide') : t('exercise.player.secondsDone')}
            </label>
            <p class="hint" id="set-done-hint">
              {t('exercise.player.target', { amount: time })}
            </p>
            <div class="number-field">
              <input
                id="set-done"
                name="set-done"
                type="text"
                inputMode="numeric"
                autoComplete="off"
                class="stepper-input"
                value={manual}
                ref={field}
                onInput={(event) => setManual(event.currentTarget.value)}
                aria-describedby={error ? 'set-done-hint set-done-error' : 'set-done-hint'}
                aria-invalid={error ? 'true' : undefined}
              />
            </div>
            {error && (
              <p id="set-done-error" class="field-error">
                {error}
              </p>
            )}
          </div>
          <p class="actions">
            <button type="submit" class="button">
              {t('exercise.player.saveSet')}
            </button>
          </p>
        </form>
      </details>
    </>
  );
}

/** Why skip this exercise or stop the session: asked kindly, one choice, then on. */
function ReasonQuestion(props: {
  kind: 'skip' | 'stop';
  name: string;
  onCancel: () => void;
  onChoose: (reason: StopReason) => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState<StopReason | ''>('');
  const [error, setError] = useState<string | undefined>();
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    first.current?.focus();
  }, []);
  const skip = props.kind === 'skip';
  return (
    <div class="card player-reason">
      <Choices
        name="reason"
        legend={skip ? t('exercise.player.skipWhy', { name: props.name }) : t('exercise.player.stopWhy')}
        hint={skip ? t('exercise.player.skipHint') : t('exercise.player.stopHint')}
        layout="stacked"
        options={STOP_REASONS.map((value) => ({ value, label: t(REASON[value]) }))}
        value={reason}
        onChange={(value) => {
          setReason(value);
          setError(undefined);
        }}
        error={error}
        focusRef={first}
      />
      <p class="actions">
        <button
          type="button"
          class="button"
          onClick={() => {
            if (reason) props.onChoose(reason);
            else {
              setError(t('exercise.player.reasonRequired'));
              first.current?.focus();
            }
          }}
        >
          {skip ? t('exercise.player.skipConfirm') : t('exercise.player.stopConfirm')}
        </button>
        <button type="button" class="button button--secondary" onClick={props.onCancel}>
          {t('exercise.player.cancel')}
        </button>
      </p>
    </div>
  );
}
