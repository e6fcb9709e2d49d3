import { lazy } from 'preact-iso';

/** What Veerkracht is for and who made it, loaded on demand. */
export const ABOUT_ROUTES = [
  { path: '/about', component: lazy(() => import('./About').then((m) => m.About)) },
] as const;
