import { defineTexts } from '../i18n/lazyTexts';
import type { RelaxTexts } from './textTypes';

/**
 * The steps of the relaxation guides in the person's language: one module
 * per language, loaded with a guide's page (and precached for offline use).
 */
export const relaxTexts = defineTexts<RelaxTexts>('relax', {
  nl: () => import('./texts/nl').then((module) => module.RELAX_TEXTS),
  en: () => import('./texts/en').then((module) => module.RELAX_TEXTS),
});
