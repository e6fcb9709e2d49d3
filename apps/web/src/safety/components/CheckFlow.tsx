import {
  type AboutYou,
  buildSafetyCheck,
  type CheckStep,
  checkSteps,
  estimateAge,
  nextCheckStep,
  plannedStepAfter,
  restAskedByDefault,
  type SafetyScope,
  type SafetySection,
  type SafetyTrigger,
} from '@veerkracht/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useApp } from '../../data/app';
import { saveProfile } from '../../data/profile';
import { nowInstant } from '../../data/records';
import { useToday } from '../../data/useCheckIns';
import { formatFullDay, useI18n } from '../../i18n/i18n';
import { saveSafetyCheck } from '../actions';
import { useSafetyRecords, useSafetyStatus } from '../state';
import { fill, useSafetyTexts } from '../texts';
import { AboutYouStep } from './AboutYouStep';
import { useCheckDraft } from './checkDraft';
import { type SectionAction, SectionStep } from './SectionStep';
import { useAboutYouForm } from './useAboutYouForm';

/**
 * The safety check in the order of the core's `checkSteps`: the emergency
 * questions first whenever age and episode start are known (a re-check, a
 * flare-up), "about you" first only on a first run. No result is shown while
 * an emergency question is open. Where the check goes after each step,
 * including the stop after the emergency questions, is the core's
 * `nextCheckStep`. A reload keeps the place and the answers (`useCheckDraft`).
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
  const { step, answers, setStep, answer, clear } = useCheckDraft(props.trigger, steps);
  // Known from the profile (a re-check starts with the emergency questions), or from the "about you" step.
  const [known] = useState<AboutYou | null>(() =>
    profile
      ? {
          ageYears: estimateAge(profile.data.ageYears, profile.data.ageAsOf, today),
          onsetDate: profile.data.onsetDate,
          onsetApproximate: profile.data.onsetApproximate === true,
        }
      : null,
  );
  const [about, setAbout] = useState<AboutYou | null>(known);
  const aboutForm = useAboutYouForm(known, today, (day) =>
    fill(texts.about.approximateChosen, { day: formatFullDay(day, lang) }),
  );
  const [phase, setPhase] = useState<'idle' | 'saving' | 'failed'>('idle');
  const [goOnByDefault] = useState(() => restAskedByDefault(props.trigger, status.neverFull));

  const stepHeading = useRef<HTMLHeadingElement>(null);
  const focusStep = useRef(false);
  useEffect(() => {
    if (!focusStep.current) return;
    focusStep.current = false;
    stepHeading.current?.focus();
  }, [step]);

  const goTo = (next: CheckStep) => {
    focusStep.current = true;
    setStep(next);
  };

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
      clear();
      route(`/safety/result/${id}${props.trigger === 'first_run' ? '?first=1' : ''}`, true);
    } catch {
      setPhase('failed');
    }
  }

  const advance = (current: CheckStep, goOn: boolean) => {
    const next = nextCheckStep({ steps, current, answers, ageYears: about?.ageYears, goOn });
    if ('finish' in next) void finish(next.finish);
    else goTo(next.step);
  };

  async function submitAbout(event: Event) {
    event.preventDefault();
    if (phase === 'saving') return;
    const value = aboutForm.read();
    if (!value) return;
    setPhase('saving');
    try {
      await saveProfile(app, value, today, profile);
    } catch {
      setPhase('failed');
      return;
    }
    setPhase('idle');
    setAbout(value);
    advance('about', true);
  }

  // The big button does what is planned by default; the emergency step's second button the opposite.
  const sectionDone = (section: SafetySection, action: SectionAction) =>
    advance(section, action === 'primary' ? goOnByDefault : !goOnByDefault);

  const index = steps.indexOf(step);
  const previous = steps[index - 1];
  const shared = {
    texts,
    today,
    stepLine: fill(texts.common.stepOf, { step: index + 1, total: steps.length }),
    headingRef: stepHeading,
    saving: phase === 'saving',
    failed: phase === 'failed',
    onBack: previous ? () => goTo(previous) : undefined,
  };

  if (step === 'about') return <AboutYouStep {...shared} about={aboutForm} onSubmit={submitAbout} />;
  return (
    // A new step starts without the marks of unanswered questions of the one before.
    <SectionStep
      key={step}
      {...shared}
      section={step}
      answers={answers}
      onAnswer={answer}
      onsetDate={about?.onsetDate}
      goOnByDefault={goOnByDefault}
      finishing={plannedStepAfter(steps, step, goOnByDefault) === undefined}
      onDone={(action) => sectionDone(step, action)}
    />
  );
}
