import { type BreathMoment, breathAt } from '@veerkracht/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatNumber, type MessageKey, useI18n } from '../../i18n/i18n';
import { Choices } from '../../ui/Choices';
import { PageHeading } from '../../ui/PageHeading';
import { softTone, vibrate, wakeAudio } from '../../ui/softSignals';
import { useWakeLock } from '../../ui/useWakeLock';
import { circleScale, plannedSeconds } from '../pacerView';
import { loadSettings, MINUTES, type PaceSettings, paceOf, RATES, saveSettings } from '../paceSettings';
import { type Ended, RunControls, SessionStages } from '../SessionEnd';
import { sessionRecord } from '../sessionRecord';
import { useElapsed, useReducedMotion } from '../useElapsed';
import '../../ui/kit.css';
import '../relax.css';

const SPLITS: readonly MessageKey[] = ['relax.pacer.split.0', 'relax.pacer.split.1', 'relax.pacer.split.2'];

/** `/relax/breathing`: the breathing pacer (docs/clinical-rules.md §6). */
export function BreathingPage() {
  const { t } = useI18n();
  const [settings, setSettings] = useState<PaceSettings>(loadSettings);
  const change = (next: Partial<PaceSettings>) =>
    setSettings((current) => {
      const merged = { ...current, ...next };
      saveSettings(merged);
      return merged;
    });

  return (
    <div class="page page--breathing">
      <PageHeading title={t('relax.pacer.title')} />
      <p class="notice" data-dizzy>
        {t('relax.dizzy')}
      </p>
      <SessionStages
        setup={(start) => (
          <Setup
            settings={settings}
            onChange={change}
            onStart={() => {
              if (settings.tone) wakeAudio();
              start();
            }}
          />
        )}
        running={(startedAt, end) => <Pacer settings={settings} startedAt={startedAt} onEnd={end} />}
      />
    </div>
  );
}

function Setup(props: {
  settings: PaceSettings;
  onChange: (next: Partial<PaceSettings>) => void;
  onStart: () => void;
}) {
  const { t, lang } = useI18n();
  const { settings, onChange } = props;
  const pace = paceOf(settings);
  return (
    <form
      class="pacer-setup"
      onSubmit={(event) => {
        event.preventDefault();
        props.onStart();
      }}
    >
      <p class="lead">{t('relax.pacer.intro')}</p>
      <div class="field">
        <label class="field-label" for="rate">
          {t('relax.pacer.rate')}
        </label>
        <select
          id="rate"
          value={String(settings.breathsPerMinute)}
          onChange={(event) => onChange({ breathsPerMinute: Number(event.currentTarget.value) })}
        >
          {RATES.map((rate) => (
            <option key={rate} value={String(rate)}>
              {t('relax.pacer.rateOption', { rate: formatNumber(rate, lang) })}
            </option>
          ))}
        </select>
      </div>
      <Choices
        name="split"
        legend={t('relax.pacer.split')}
        options={SPLITS.map((label, split) => ({ value: String(split), label: t(label) }))}
        value={String(settings.split)}
        onChange={(value) => onChange({ split: Number(value) })}
      />
      <div class="field">
        <label class="field-label" for="minutes">
          {t('relax.pacer.minutes')}
        </label>
        <select
          id="minutes"
          value={String(settings.minutes)}
          onChange={(event) => onChange({ minutes: Number(event.currentTarget.value) })}
        >
          {MINUTES.map((minutes) => (
            <option key={minutes} value={String(minutes)}>
              {t('relax.pacer.minutesOption', { minutes })}
            </option>
          ))}
        </select>
      </div>
      <p data-pace aria-live="polite">
        {t('relax.pacer.pace', {
          inhale: formatNumber(pace.inhaleSeconds, lang),
          exhale: formatNumber(pace.exhaleSeconds, lang),
        })}
      </p>
      <div class="field">
        <div class="checkbox">
          <input
            type="checkbox"
            id="tone"
            checked={settings.tone}
            onChange={(event) => onChange({ tone: event.currentTarget.checked })}
          />
          <label for="tone">{t('relax.pacer.tone')}</label>
        </div>
        <div class="checkbox">
          <input
            type="checkbox"
            id="vibration"
            checked={settings.vibration}
            onChange={(event) => onChange({ vibration: event.currentTarget.checked })}
          />
          <label for="vibration">{t('relax.pacer.vibration')}</label>
        </div>
      </div>
      <p class="actions">
        <button type="submit" class="button button--large">
          {t('relax.pacer.start')}
        </button>
      </p>
      <p>
        <a class="text-link" href="/lessons/breathing">
          {t('relax.lesson')}
        </a>
      </p>
    </form>
  );
}

function Pacer(props: { settings: PaceSettings; startedAt: string; onEnd: (end: Ended) => void }) {
  const { t } = useI18n();
  const reducedMotion = useReducedMotion();
  const pace = paceOf(props.settings);
  const planned = plannedSeconds(pace);
  const { elapsedMs, running, start, pause, resume } = useElapsed();
  const moment: BreathMoment = breathAt(pace, elapsedMs);
  const pauseButton = useRef<HTMLButtonElement>(null);
  const lastPhase = useRef<BreathMoment['phase'] | null>(null);
  const ended = useRef(false);
  useWakeLock(running);

  // Starts once, when the pacer appears (the tap on Start).
  const begin = useRef(start);
  useEffect(() => {
    begin.current();
    pauseButton.current?.focus();
  }, []);

  const end = (completed: boolean) => {
    if (ended.current) return;
    ended.current = true;
    props.onEnd({
      completed,
      record: sessionRecord({
        kind: 'breathing_pacer',
        startedAt: props.startedAt,
        plannedSeconds: planned,
        doneMs: completed ? planned * 1000 : elapsedMs,
        pace,
      }),
    });
  };
  const endRef = useRef(end);
  endRef.current = end;

  useEffect(() => {
    if (moment.phase === lastPhase.current) return;
    const first = lastPhase.current === null;
    lastPhase.current = moment.phase;
    if (moment.phase === 'done') {
      endRef.current(true);
      return;
    }
    if (first) return;
    if (props.settings.tone) softTone(moment.phase === 'in' ? 440 : 330, 0.5);
    if (props.settings.vibration) vibrate(moment.phase === 'in' ? 120 : 60);
  }, [moment.phase, props.settings.tone, props.settings.vibration]);

  if (moment.phase === 'done') return null;
  const word = t(moment.phase === 'in' ? 'relax.pacer.in' : 'relax.pacer.out');
  const scale = circleScale(moment);
  return (
    <section class="pacer">
      {!reducedMotion && (
        <div class="pacer-stage" aria-hidden="true">
          <div class="pacer-circle" data-pacer-circle style={{ transform: `scale(${scale.toFixed(3)})` }} />
        </div>
      )}
      <p id="pacer-count" class="pacer-count" data-pacer-count>
        {t('relax.pacer.count', { phase: word, seconds: moment.secondsLeft })}
      </p>
      <p class="muted">{t('relax.pacer.breath', { breath: moment.breath, breaths: moment.breaths })}</p>
      {/* Only the change of phase is announced, never every second. */}
      <p class="visually-hidden" aria-live="polite">
        {running ? word : t('relax.pacer.paused')}
      </p>
      <RunControls
        running={running}
        pauseRef={pauseButton}
        onPause={pause}
        onResume={resume}
        onStop={() => end(false)}
      />
    </section>
  );
}
