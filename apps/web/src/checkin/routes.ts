import { lazy } from 'preact-iso';

/** History loads on demand; the check-in page is routed by the app (it passes in the safety check's offer). */
export const CHECKIN_ROUTES = [
  { path: '/history', component: lazy(() => import('./History').then((m) => m.History)) },
] as const;
