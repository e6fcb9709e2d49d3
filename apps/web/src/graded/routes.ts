import { lazy } from 'preact-iso';
import { storedLang } from '../i18n/i18n';
import { preloadMovementTexts } from '../movements/texts';

/** A movements page: its chunk and the movement descriptions in the person's language load together. */
function withMovementTexts<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), preloadMovementTexts(storedLang()).catch(() => undefined)]).then(([page]) => page);
}

/**
 * The routes of graded activity (`/plan…`, `/follow-up/…`) and graded
 * exposure (`/movements…`), each page loaded on demand. Literal paths come
 * before the ones with a parameter: the router takes the first match.
 */
export const GRADED_ROUTES = [
  { path: '/plan', component: lazy(() => import('./pages/PlanList').then((m) => m.PlanList)) },
  { path: '/plan/new', component: lazy(() => import('./pages/PlanNew').then((m) => m.PlanNew)) },
  { path: '/plan/:planId', component: lazy(() => import('./pages/PlanDetail').then((m) => m.PlanDetail)) },
  { path: '/plan/:planId/log', component: lazy(() => import('./pages/LogSession').then((m) => m.LogSession)) },
  {
    path: '/follow-up/:sessionId',
    component: lazy(() => import('./pages/FollowUpPage').then((m) => m.FollowUpPage)),
  },
  {
    path: '/movements',
    component: lazy(withMovementTexts(() => import('../movements/pages/Movements').then((m) => m.Movements))),
  },
  {
    path: '/movements/rate',
    component: lazy(withMovementTexts(() => import('../movements/pages/RateMovements').then((m) => m.RateMovements))),
  },
  {
    path: '/movements/:movement',
    component: lazy(
      withMovementTexts(() => import('../movements/pages/PractiseMovement').then((m) => m.PractiseMovement)),
    ),
  },
] as const;
