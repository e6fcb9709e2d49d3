import type { ApproximateOnset, FieldIssue, PainType, SafetyItemId, SafetyTier, SafetyTrigger } from '@veerkracht/core';
import { defineTexts, type Paragraphs } from '../i18n/lazyTexts';

export type { Paragraphs } from '../i18n/lazyTexts';

/**
 * Every text of the safety check and the timeline, in one
 * language. Both language modules must fill the whole shape (the type check
 * enforces it), and a unit test applies the wording rules of docs/clinical-rules.md §8.
 */
export type SafetyTexts = {
  common: {
    yes: string;
    no: string;
    next: string;
    back: string;
    saving: string;
    saveFailed: string;
    notDiagnosis: string;
    stepOf: string;
    toToday: string;
    day: string;
  };
  about: {
    title: string;
    intro: string;
    ageLabel: string;
    ageHint: string;
    ageUnit: string;
    onsetLabel: string;
    onsetHint: string;
    approximateLabel: string;
    approximateChoices: string;
    approximate: Record<ApproximateOnset, string>;
    approximateChosen: string;
    errors: {
      ageRequired: string;
      ageNumber: string;
      ageWhole: string;
      ageRange: string;
      onsetRequired: string;
      onsetInvalid: string;
      onsetFuture: string;
    };
  };
  check: {
    title: Record<SafetyTrigger, string>;
    intro: Record<SafetyTrigger, string>;
    sections: Record<'emergency' | 'gp_soon' | 'inflammatory', { title: string; intro: string }>;
    doubt: string;
    unanswered: string;
    unansweredSummary: string;
    skipRest: string;
    skipRestHint: string;
    finish: string;
  };
  /**
   * Each question of the check. `questionPersistent` is the wording for an
   * episode longer than 84 days where the core's `questionWording` asks for it.
   */
  items: Record<SafetyItemId, { question: string; questionPersistent?: string; short: string; hint?: string }>;
  result: {
    title: string;
    checkedOn: string;
    tiers: Record<SafetyTier, { title: string; text: Paragraphs }>;
    emergency: {
      title: string;
      lead: string;
      steps: readonly string[];
      call112Text: string;
      call112: string;
      abroad: string;
      confirmLabel: string;
      confirmButton: string;
      confirmError: string;
    };
    paused: string;
    seenDoctor: string;
    seenDoctorConfirm: { question: string; text: string; yes: string; no: string };
    seenDoctorDone: string;
    knownToDoctor: string;
    knownIntro: string;
    cleared: { title: string; text: Paragraphs };
    reviewDiscussed: string;
    reviewDiscussedDone: string;
    reasonsTitle: string;
    reasonsIntro: string;
    reasonGroups: Record<'emergency' | 'gp_soon' | 'review', string>;
    noReasons: string;
    partial: string;
    partialLink: string;
    nextTitle: string;
    nextMeasures: string;
    nextMeasuresLink: string;
    lessonLink: string;
  };
  painType: { title: string; types: Record<PainType, { title: string; text: Paragraphs }> };
  concern: {
    title: string;
    intro: string;
    label: string;
    hint: string;
    save: string;
    saved: string;
    required: string;
    tooLong: string;
  };
  overview: {
    title: string;
    intro: string;
    lastTitle: string;
    lastText: string;
    never: string;
    seeResult: string;
    nextRecheck: string;
    recheckDue: string;
    again: string;
    finishFull: string;
    openTitle: string;
    timelineLink: string;
  };
  timeline: {
    riskName: Record<'low' | 'medium' | 'high', string>;
    title: string;
    intro: string;
    empty: string;
    trigger: Record<SafetyTrigger, string>;
    check: string;
    checkPartial: string;
    clearance: string;
    clearanceTherapist: string;
    concern: string;
    checkIn: string;
    startBack: string;
    psk: string;
    open: string;
  };
};

const texts = defineTexts<SafetyTexts>('safety', {
  nl: () => import('./texts/nl').then((module) => module.nl),
  en: () => import('./texts/en').then((module) => module.en),
});

export const useSafetyTexts = texts.useTexts;
/** Loads the texts of a language ahead, so a page that needs them opens at once. */
export const preloadSafetyTexts = texts.preload;

/** The one interpolation and plural choice of all texts (`fill(text, { max })`, `plural(lang, count, { one, other })`). */
export { interpolate as fill, plural } from '../i18n/i18n';

/** The "about you" step's message for a field issue, in the person's language. */
export function aboutIssueText(about: SafetyTexts['about'], issue: FieldIssue): string {
  if (issue.field === 'age') {
    if (issue.code === 'required') return about.errors.ageRequired;
    if (issue.code === 'not_a_number') return about.errors.ageNumber;
    if (issue.code === 'not_an_integer') return about.errors.ageWhole;
    return about.errors.ageRange;
  }
  if (issue.code === 'required') return about.errors.onsetRequired;
  if (issue.code === 'date_in_future') return about.errors.onsetFuture;
  return about.errors.onsetInvalid;
}
