import { lazy } from 'preact-iso';
import { sleepMessages } from './messages';

/** The sleep pages (`/sleep…`), each loaded on demand with the feature's texts. */
export const SLEEP_ROUTES = [
  { path: '/sleep', component: lazy(sleepMessages.with(() => import('./pages/SleepHome').then((m) => m.SleepHome))) },
  {
    path: '/sleep/night',
    component: lazy(sleepMessages.with(() => import('./pages/SleepNightPage').then((m) => m.SleepNightPage))),
  },
  {
    path: '/sleep/target',
    component: lazy(sleepMessages.with(() => import('./pages/SleepTargetPage').then((m) => m.SleepTargetPage))),
  },
] as const;
