import { defineTexts, type Paragraphs } from '../i18n/lazyTexts';

/**
 * The texts of the first screens of a new device (language, what Veerkracht
 * is and is not), in one language: a namespace of their own, so the first
 * page a new person sees does not download the whole safety check's texts.
 */
export type FirstRunTexts = {
  languageTitle: string;
  languageIntro: string;
  welcomeTitle: string;
  welcomeIntro: Paragraphs;
  doesTitle: string;
  does: readonly string[];
  notTitle: string;
  not: Paragraphs;
  emergencyTitle: string;
  emergency: string;
  nextText: string;
  restore: string;
  restoreLink: string;
  alreadyDone: string;
  next: string;
  toToday: string;
  again: string;
};

const texts = defineTexts<FirstRunTexts>('firstRun', {
  nl: () => import('./texts/firstRun.nl').then((module) => module.nl),
  en: () => import('./texts/firstRun.en').then((module) => module.en),
});

export const useFirstRunTexts = texts.useTexts;
/** Loads the texts of a language ahead, so the first screen opens at once. */
export const preloadFirstRunTexts = texts.preload;
