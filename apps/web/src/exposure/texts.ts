import type { MovementId } from '@veerkracht/core';
import { lazyTexts } from '../i18n/lazyTexts';

/**
 * The movement descriptions in the person's language: one small module per
 * language, loaded with the first movements page (and precached for offline use).
 */
export const { useTexts: useMovementTexts, preload: preloadMovementTexts } = lazyTexts<Record<MovementId, string>>(
  'movements',
  {
    nl: () => import('./text/nl').then((module) => module.MOVEMENT_TEXT),
    en: () => import('./text/en').then((module) => module.MOVEMENT_TEXT),
  },
);
