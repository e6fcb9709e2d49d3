import type { MovementId } from '@veerkracht/core';
import { defineTexts } from '../i18n/lazyTexts';

/**
 * The movement descriptions in the person's language: one small module per
 * language, loaded with the first movements page (and precached for offline use).
 */
export const { useTexts: useMovementTexts, preload: preloadMovementTexts } = defineTexts<Record<MovementId, string>>(
  'movements',
  {
    nl: () => import('./texts/nl').then((module) => module.MOVEMENT_TEXT),
    en: () => import('./texts/en').then((module) => module.MOVEMENT_TEXT),
  },
);
