import {
  type AboutYou,
  type AboutYouForm,
  APPROXIMATE_ONSETS,
  type ApproximateOnset,
  aboutYouFromForm,
  approximateOnsetDate,
  buildSafetyCheck,
  type CheckStep,
  checkSteps,
  emergencyNow,
  estimateAge,
  type FieldIssue,
  isSafetyItemId,
  questionWording,
  type SafetyItemId,
  type SafetyScope,
  type SafetySection,
  type SafetyTrigger,
  sectionQuestions,
  unansweredQuestions,
} from '@veerkracht/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useApp } from '../../data/app';
import { saveProfile } from '../../data/profile';
import { nowInstant } from '../../data/records';
import { useToday } from '../../data/useCheckIns';
import { formatFullDay, useI18n } from '../../i18n/i18n';
import { DateField } from '../../ui/DateField';
import { useDraft } from '../../ui/draft';
import { YesNo } from '../../ui/YesNo';
import { saveSafetyCheck } from '../actions';
import { useSafetyRecords, useSafetyStatus } from '../state';
import { aboutIssueText, fill, useSafetyTexts } from '../texts';

type Answers = Partial<Record<SafetyItemId, boolean>>;

/** What a half-answered check keeps across a reload (see `useDraft`). */
type CheckDraft = { step: CheckStep; answers: Answers };

/** A draft read back from storage is checked before it is trusted. */
function validDraft(draft: CheckDraft, steps: readonly CheckStep[]): CheckDraft | undefined {
  if (typeof draft !== 'object' || draft === null || !steps.includes(draft.step)) return undefined;
  if (typeof draft.answers !== 'object' || draft.answers === null) return undefined;
  const answers: Answers = {};
  for (const [id, value] of Object.entries(draft.answers)) {
    if (isSafetyItemId(id) && typeof value === 'boolean') answers[id] = value;
  }
  return { step: draft.step, answers };
}

/**
 * The safety check in the order of the core's `checkSteps`: the emergency
 * questions first whenever age and episode start are known (a re-check, a
 * flare-up), "about you" first only on a first run. No result is shown while
 * an emergency question is open. When the emergency answers already call for
 * a doctor now, the check stops there and the emergency screen follows at
 * once. The rest may be left for later only after the emergency questions.
 * A reload keeps the place and the answers (`useDraft`).
 */
export function CheckFlow(props: { trigger: SafetyTrigger }) {
  const texts = useSafetyTexts();
  const { lang } = useI18n();
  const app = useApp();
  const today = useToday();
  const { route } = useLocation();
  const { profile } = useSafetyRecords();
  const status = useSafetyStatus();
  const [steps] = useState(() => checkSteps(profile !== undefined));
  const draftKey = `safety-check:${props.trigger}`;
  const [draft, setDraft, clearDraft] = useDraft<CheckDraft>(draftKey, () => ({
    step: steps[0] ?? 'about',
    answers: {},
  }));
  const { step, answers } = validDraft(draft, steps) ?? { step: steps[0] ?? 'about', answers: {} };
  const setStep = (next: CheckStep) => setDraft((current) => ({ ...current, step: next }));
  const setAnswers = (update: (current: Answers) => Answers) =>
    setDraft((current) => ({ ...current, answers: update(current.answers ?? {}) }));
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
  // Known from the profile (a re-check starts with the emergency questions), or from the "about you" step.
  const [about, setAbout] = useState<AboutYou | null>(() =>
    profile
      ? {
          ageYears: estimateAge(profile.data.ageYears, profile.data.ageAsOf, today),
          onsetDate: profile.data.onsetDate,
          onsetApproximate: profile.data.onsetApproximate === true,
        }
      : null,
  );
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

  const goTo = (next: CheckStep) => {
    focusStep.current = true;
    setMissing([]);
    setStep(next);
  };
  const stepAfter = (current: CheckStep): CheckStep | undefined => steps[steps.indexOf(current) + 1];

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
    goTo(stepAfter('about') ?? 'emergency');
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
      clearDraft();
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
      else goTo(stepAfter('emergency') ?? 'gp_soon');
    } else if (section === 'gp_soon') {
      goTo('inflammatory');
    } else {
      void finish('full');
    }
  }

  const stepNumber = steps.indexOf(step) + 1;
  const stepLine = fill(texts.common.stepOf, { step: stepNumber, total: steps.length });
  const previous = steps[steps.indexOf(step) - 1];
  const backButton = previous && (
    <p class="actions">
      <button type="button" class="text-button" onClick={() => goTo(previous)}>
        {texts.common.back}
      </button>
    </p>
  );
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
      setAboutIssues((current) => current.filter((issue) => issue.field !== 'onsetDate'));
      setChosenApproximate(fill(texts.about.approximateChosen, { day: formatFullDay(day, lang) }));
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
              onInput={(event) => {
                const value = event.currentTarget.value;
                setForm((current) => ({ ...current, age: value }));
                // A corrected field loses its old message at once; the form is checked again on "Next".
                setAboutIssues((current) => current.filter((issue) => issue.field !== 'age'));
              }}
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
          <DateField
            id="onsetDate"
            label={texts.about.onsetLabel}
            hint={texts.about.onsetHint}
            value={form.onsetDate}
            max={today}
            error={onsetError}
            onChange={(value) => {
              setChosenApproximate(null);
              setForm((current) => ({ ...current, onsetDate: value }));
              setAboutIssues((current) => current.filter((issue) => issue.field !== 'onsetDate'));
            }}
            inputRef={register('onsetDate')}
          />
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
        {backButton}
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
          question={
            questionWording(id, about?.onsetDate, today) === 'persistent'
              ? (texts.items[id].questionPersistent ?? texts.items[id].question)
              : texts.items[id].question
          }
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
      {backButton}
    </form>
  );
}
