import { defineTexts } from '../i18n/lazyTexts';
import type { ExerciseTexts } from './textTypes';

/**
 * The exercise descriptions in the person's language: one module per
 * language, loaded with the first exercise page (and precached for offline use).
 */
export const exerciseTexts = defineTexts<ExerciseTexts>('exercises', {
  nl: () => import('./texts/nl').then((module) => module.EXERCISE_TEXTS),
  en: () => import('./texts/en').then((module) => module.EXERCISE_TEXTS),
});

export const useExerciseTexts = exerciseTexts.useTexts;
