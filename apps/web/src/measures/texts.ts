import type { Measure, StartBackBothersome } from '@veerkracht/core';
import { defineTexts, type Paragraphs } from '../i18n/lazyTexts';

/**
 * Every text of the measures (STarT Back, PSK and their trends), in one
 * language. Both language modules must fill the whole shape (the type check
 * enforces it), and a unit test applies the wording rules of docs/clinical-rules.md §8.
 */
export type MeasureTexts = {
  common: { saving: string; saveFailed: string; toToday: string; timelineLink: string };
  measures: {
    title: string;
    intro: Paragraphs;
    startBackName: string;
    pskName: string;
    every: Record<Measure, string>;
    due: string;
    notDue: string;
    lastDone: string;
    fillIn: string;
    trendTitle: string;
    trendEmpty: string;
    trendStartBack: string;
    trendPsk: string;
    trendSummary: string;
    saved: string;
    backToMeasures: string;
    required: string;
    invalid: string;
  };
  startBack: {
    title: string;
    explain: string;
    intro: Paragraphs;
    agree: string;
    disagree: string;
    items: Record<'q1' | 'q2' | 'q3' | 'q4' | 'q5' | 'q6' | 'q7' | 'q8' | 'q9', string>;
    bothersome: Record<StartBackBothersome, string>;
    copyright: string;
    submit: string;
    resultTitle: string;
    score: string;
    risk: Record<'low' | 'medium' | 'high', { title: string; text: string }>;
    riskName: Record<'low' | 'medium' | 'high', string>;
    notVerdict: string;
  };
  psk: {
    title: string;
    intro: Paragraphs;
    suggestionsLabel: string;
    suggestions: readonly string[];
    activityLabel: string;
    activityHint: string;
    scoreLabel: string;
    score0: string;
    score10: string;
    previous: string;
    submit: string;
    resultTitle: string;
    score: string;
    scoreLine: string;
    tooLong: string;
    scoreRequired: string;
    activityRequired: string;
    none: string;
  };
};

const texts = defineTexts<MeasureTexts>('measures', {
  nl: () => import('./texts/nl').then((module) => module.nl),
  en: () => import('./texts/en').then((module) => module.en),
});

export const useMeasureTexts = texts.useTexts;
/** Loads the texts of a language ahead, so a page that needs them opens at once. */
export const preloadMeasureTexts = texts.preload;

/** The one interpolation and plural choice of all texts (`fill(text, { max })`, `plural(lang, count, { one, other })`). */
export { interpolate as fill, plural } from '../i18n/i18n';
