import { lazy } from 'preact-iso';
import { activeLang } from '../i18n/i18n';
import { exposureMessages } from './messages';
import { preloadMovementTexts } from './texts';

/** A movements page: its chunk, its short texts and the movement descriptions in the person's language load together. */
function withMovementTexts<T>(load: () => Promise<T>): () => Promise<T> {
  return exposureMessages.with(() =>
    Promise.all([load(), preloadMovementTexts(activeLang()).catch(() => undefined)]).then(([page]) => page),
  );
}

/** The routes of graded exposure (`/movements…`). The literal path comes before the one with a parameter. */
export const EXPOSURE_ROUTES = [
  {
    path: '/movements',
    component: lazy(withMovementTexts(() => import('./pages/Movements').then((m) => m.Movements))),
  },
  {
    path: '/movements/rate',
    component: lazy(withMovementTexts(() => import('./pages/RateMovements').then((m) => m.RateMovements))),
  },
  {
    path: '/movements/:movement',
    component: lazy(withMovementTexts(() => import('./pages/PractiseMovement').then((m) => m.PractiseMovement))),
  },
] as const;
