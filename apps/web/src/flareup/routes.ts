import { lazy } from 'preact-iso';
import { flareUpMessages } from './messages';

/**
 * The flare-up plan's own pages. The page opened during a flare-up
 * (`/flare-up`) is composed by the app, which passes in what other features
 * show there (app/routes.tsx).
 */
export const FLARE_UP_ROUTES = [
  {
    path: '/flare-up-plan',
    component: lazy(flareUpMessages.with(() => import('./pages/FlareUpPlanPage').then((m) => m.FlareUpPlanPage))),
  },
  {
    path: '/flare-up-plan/edit',
    component: lazy(flareUpMessages.with(() => import('./pages/FlareUpPlanEdit').then((m) => m.FlareUpPlanEdit))),
  },
] as const;
