import { lazy } from 'preact-iso';
import { activeLang } from '../i18n/i18n';
import { exposureMessages } from './messages';
import { preloadMovementTexts } from './texts';

/** A movements page: its chunk and the movement descriptions in the person's language load together. */
function withMovementTexts<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), preloadMovementTexts(activeLang()).catch(() => undefined)]).then(([page]) => page);
}

/**
 * The routes of graded exposure (`/movements…`), each with its short texts (`exposureMessages`). The literal path
 * comes before the one with a parameter.
 */
export const EXPOSURE_ROUTES = [
  {
    path: '/movements',
    component: lazy(
      exposureMessages.with(withMovementTexts(() => import('./pages/Movements').then((m) => m.Movements))),
    ),
  },
  {
    path: '/movements/rate',
    component: lazy(
      exposureMessages.with(withMovementTexts(() => import('./pages/RateMovements').then((m) => m.RateMovements))),
    ),
  },
  {
    path: '/movements/:movement',
    component: lazy(
      exposureMessages.with(
        withMovementTexts(() => import('./pages/PractiseMovement').then((m) => m.PractiseMovement)),
      ),
    ),
  },
] as const;
