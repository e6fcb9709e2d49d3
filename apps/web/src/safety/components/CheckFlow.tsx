import {
  type AboutYou,
  type AboutYouForm,
  APPROXIMATE_ONSETS,
  type ApproximateOnset,
  aboutYouFromForm,
  approximateOnsetDate,
  buildSafetyCheck,
  emergencyNow,
  estimateAge,
  type FieldIssue,
  type SafetyItemId,
  type SafetyScope,
  type SafetySection,
  type SafetyTrigger,
  sectionQuestions,
  unansweredQuestions,
} from '@veerkracht/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { formatDay, useI18n } from '../../i18n/i18n';
import { useApp } from '../../state/app';
import { useToday } from '../../state/useCheckIns';
import { nowInstant, saveProfile, saveSafetyCheck } from '../actions';
import { useSafetyRecords, useSafetyStatus } from '../state';
import { aboutIssueText, fill, useSafetyTexts } from '../texts';
import { YesNo } from './YesNo';

type Step = 'about' | SafetySection;
const STEPS: readonly Step[] = ['about', 'emergency', 'gp_soon', 'inflammatory'];

/**
 * The safety check: "about you" (age, start of this episode), the emergency
 * questions, then the GP-soon questions and the questions about
 * inflammation. No result is shown while an emergency question is open.
 * When the emergency answers already call for a doctor now, the check stops
 * there and the emergency screen follows at once. The rest may be left for
 * later only after the emergency questions.
 */
export function CheckFlow(props: { trigger: SafetyTrigger }) {
  const texts = useSafetyTexts();
  const { lang } = useI18n();
  const app = useApp();
  const today = useToday();
  const { route } = useLocation();
  const { profile } = useSafetyRecords();
  const status = useSafetyStatus();
  const [step, setStep] = useState<Step>('about');
  const [form, setForm] = useState<AboutYouForm>(() =>
    profile
      ? {
          age: String(estimateAge(profile.data.ageYears, profile.data.ageAsOf, today)),
          onsetDate: profile.data.onsetDate,
          onsetApproximate: profile.data.onsetApproximate === true,
        }
      : { age: '', onsetDate: '', onsetApproximate: false },
  );
  const [aboutIssues, setAboutIssues] = useState<FieldIssue[]>([]);
  const [about, setAbout] = useState<AboutYou | null>(null);
  const [answers, setAnswers] = useState<Partial<Record<SafetyItemId, boolean>>>({});
  const [missing, setMissing] = useState<SafetyItemId[]>([]);
  const [phase, setPhase] = useState<'idle' | 'saving' | 'failed'>('idle');
  // The first run, and anyone who never answered the rest, goes on after the emergency questions by default.
  const [goOnByDefault] = useState(() => props.trigger === 'first_run' || status.neverFull);
  const [chosenApproximate, setChosenApproximate] = useState<string | null>(null);

  const stepHeading = useRef<HTMLHeadingElement>(null);
  const firstMissing = useRef<HTMLInputElement>(null);
  const fields = useRef(new Map<string, HTMLElement>());
  const focusStep = useRef(false);
  const focusMissing = useRef(false);
  const focusIssue = useRef(false);

  useEffect(() => {
    if (!focusStep.current) return;
    focusStep.current = false;
    stepHeading.current?.focus();
  }, [step]);
  useEffect(() => {
    if (!focusMissing.current) return;
    focusMissing.current = false;
    firstMissing.current?.focus();
  }, [missing]);
  useEffect(() => {
    if (!focusIssue.current) return;
    focusIssue.current = false;
    const first = ['age', 'onsetDate'].find((field) => aboutIssues.some((issue) => issue.field === field));
    if (first) fields.current.get(first)?.focus();
  }, [aboutIssues]);

  const goTo = (next: Step) => {
    focusStep.current = true;
    setMissing([]);
    setStep(next);
  };

  async function submitAbout(event: Event) {
    event.preventDefault();
    if (phase === 'saving') return;
    const result = aboutYouFromForm(form, today);
    if (!result.ok) {
      focusIssue.current = true;
      setAboutIssues(result.issues);
      return;
    }
    setAboutIssues([]);
    setPhase('saving');
    try {
      await saveProfile(app, result.value, today, profile);
    } catch {
      setPhase('failed');
      return;
    }
    setPhase('idle');
    setAbout(result.value);
    goTo('emergency');
  }

  async function finish(scope: SafetyScope) {
    if (!about || phase === 'saving') return;
    setPhase('saving');
    try {
      const check = buildSafetyCheck({
        date: today,
        completedAt: nowInstant(app),
        trigger: props.trigger,
        scope,
        ageYears: about.ageYears,
        onsetDate: about.onsetDate,
        answers,
      });
      const id = await saveSafetyCheck(app, check);
      route(`/safety/result/${id}${props.trigger === 'first_run' ? '?first=1' : ''}`, true);
    } catch {
      setPhase('failed');
    }
  }

  /** Checks that every question of the step has an answer; marks and focuses the first open one if not. */
  function complete(section: SafetySection): boolean {
    const open = unansweredQuestions(answers, sectionQuestions(section, answers));
    focusMissing.current = open.length > 0;
    setMissing(open);
    return open.length === 0;
  }

  function submitSection(event: Event, section: SafetySection, action: 'primary' | 'secondary') {
    event.preventDefault();
    if (!complete(section)) return;
    if (section === 'emergency') {
      const goOn = action === 'primary' ? goOnByDefault : !goOnByDefault;
      if (emergencyNow(answers, about?.ageYears) || !goOn) void finish('emergency');
      else goTo('gp_soon');
    } else if (section === 'gp_soon') {
      goTo('inflammatory');
    } else {
      void finish('full');
    }
  }

  const stepNumber = STEPS.indexOf(step) + 1;
  const stepLine = fill(texts.common.stepOf, { step: stepNumber, total: STEPS.length });
  const failed = phase === 'failed' && (
    <p class="field-error" role="alert">
      {texts.common.saveFailed}
    </p>
  );

  if (step === 'about') {
    const issueFor = (field: string) => {
      const issue = aboutIssues.find((candidate) => candidate.field === field);
      return issue ? aboutIssueText(texts.about, issue) : undefined;
    };
    const ageError = issueFor('age');
    const onsetError = issueFor('onsetDate');
    const register = (field: string) => (element: HTMLElement | null) => {
      if (element) fields.current.set(field, element);
    };
    const chooseApproximate = (choice: ApproximateOnset) => {
      const day = approximateOnsetDate(today, choice);
      setForm((current) => ({ ...current, onsetDate: day, onsetApproximate: true }));
      setChosenApproximate(fill(texts.about.approximateChosen, { day: formatDay(day, lang) }));
    };
    return (
      <form class="safety-step" noValidate onSubmit={submitAbout} data-step="about">
        <p class="step-line">{stepLine}</p>
        <h2 ref={stepHeading} tabIndex={-1}>
          {texts.about.title}
        </h2>
        <p>{texts.about.intro}</p>
        <div class="field">
          <label class="field-label" for="age">
            {texts.about.ageLabel}
          </label>
          <p id="age-hint" class="hint">
            {texts.about.ageHint}
          </p>
          <div class="number-field">
            <input
              id="age"
              name="age"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={form.age}
              onInput={(event) => setForm((current) => ({ ...current, age: event.currentTarget.value }))}
              aria-describedby={ageError ? 'age-hint age-error' : 'age-hint'}
              aria-invalid={ageError ? 'true' : undefined}
              ref={register('age')}
            />
            <span class="unit" aria-hidden="true">
              {texts.about.ageUnit}
            </span>
          </div>
          {ageError && (
            <p id="age-error" class="field-error">
              {ageError}
            </p>
          )}
        </div>
        <div class="field">
          <label class="field-label" for="onsetDate">
            {texts.about.onsetLabel}
          </label>
          <p id="onsetDate-hint" class="hint">
            {texts.about.onsetHint}
          </p>
          <input
            id="onsetDate"
            name="onsetDate"
            type="date"
            max={today}
            value={form.onsetDate}
            onInput={(event) => {
              const value = event.currentTarget.value;
              setChosenApproximate(null);
              setForm((current) => ({ ...current, onsetDate: value }));
            }}
            aria-describedby={onsetError ? 'onsetDate-hint onsetDate-error' : 'onsetDate-hint'}
            aria-invalid={onsetError ? 'true' : undefined}
            ref={register('onsetDate')}
          />
          {onsetError && (
            <p id="onsetDate-error" class="field-error">
              {onsetError}
            </p>
          )}
          <p id="approximate-label" class="approximate-label">
            {texts.about.approximateChoices}
          </p>
          <ul class="approximate-choices" aria-labelledby="approximate-label">
            {(Object.keys(APPROXIMATE_ONSETS) as ApproximateOnset[]).map((choice) => (
              <li key={choice}>
                <button
                  type="button"
                  class="button button--secondary button--small"
                  onClick={() => chooseApproximate(choice)}
                >
                  {texts.about.approximate[choice]}
                </button>
              </li>
            ))}
          </ul>
          <p role="status" class={chosenApproximate ? 'notice' : 'status-empty'}>
            {chosenApproximate}
          </p>
          <div class="checkbox">
            <input
              id="onsetApproximate"
              type="checkbox"
              checked={form.onsetApproximate}
              onChange={(event) => {
                const checked = event.currentTarget.checked;
                setForm((current) => ({ ...current, onsetApproximate: checked }));
              }}
            />
            <label for="onsetApproximate">{texts.about.approximateLabel}</label>
          </div>
        </div>
        {failed}
        <p class="actions">
          <button type="submit" class="button button--large" disabled={phase === 'saving'}>
            {phase === 'saving' ? texts.common.saving : texts.common.next}
          </button>
        </p>
      </form>
    );
  }

  const section = step;
  const questions = sectionQuestions(section, answers);
  const { title, intro } = texts.check.sections[section];
  const isEmergency = section === 'emergency';
  const finishing = section === 'inflammatory' || (isEmergency && !goOnByDefault);
  return (
    <form
      class="safety-step"
      noValidate
      onSubmit={(event) => submitSection(event, section, 'primary')}
      data-step={section}
    >
      <p class="step-line">{stepLine}</p>
      <h2 ref={stepHeading} tabIndex={-1}>
        {title}
      </h2>
      <p>{intro}</p>
      {isEmergency && <p class="notice">{texts.check.doubt}</p>}
      {questions.map((id) => (
        <YesNo
          key={id}
          name={id}
          question={texts.items[id].question}
          hint={texts.items[id].hint}
          value={answers[id]}
          yes={texts.common.yes}
          no={texts.common.no}
          error={missing.includes(id) ? texts.check.unanswered : undefined}
          focusRef={missing[0] === id ? firstMissing : undefined}
          onChange={(value) => {
            setAnswers((current) => ({ ...current, [id]: value }));
            setMissing((current) => current.filter((open) => open !== id));
          }}
        />
      ))}
      {missing.length > 0 && (
        <p class="form-summary" role="alert">
          {texts.check.unansweredSummary}
        </p>
      )}
      {failed}
      <p class="actions">
        <button type="submit" class="button button--large" disabled={phase === 'saving'}>
          {phase === 'saving' ? texts.common.saving : finishing ? texts.check.finish : texts.common.next}
        </button>
      </p>
      {isEmergency && (
        <div class="skip-rest">
          {goOnByDefault && <p class="hint">{texts.check.skipRestHint}</p>}
          <p class="actions">
            <button
              type="button"
              class="button button--secondary"
              disabled={phase === 'saving'}
              onClick={(event) => submitSection(event, 'emergency', 'secondary')}
            >
              {goOnByDefault ? texts.check.skipRest : texts.overview.finishFull}
            </button>
          </p>
        </div>
      )}
      <p class="actions">
        <button
          type="button"
          class="text-button"
          onClick={() => goTo(STEPS[Math.max(0, STEPS.indexOf(step) - 1)] ?? 'about')}
        >
          {texts.common.back}
        </button>
      </p>
    </form>
  );
}
