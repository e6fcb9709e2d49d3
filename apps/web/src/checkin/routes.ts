import { lazy } from 'preact-iso';

/** History loads on demand; the check-in page itself ships with the first load and is routed by the app. */
export const CHECKIN_ROUTES = [
  { path: '/history', component: lazy(() => import('./History').then((m) => m.History)) },
] as const;
