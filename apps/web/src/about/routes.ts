import { lazy } from 'preact-iso';
import { aboutMessages } from './messages';

/** What Veerkracht is for and who made it, loaded on demand. */
export const ABOUT_ROUTES = [
  { path: '/about', component: lazy(aboutMessages.with(() => import('./About').then((m) => m.About))) },
] as const;
