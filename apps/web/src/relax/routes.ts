import { lazy } from 'preact-iso';
import { relaxMessages } from './messages';

/** The breathing and relaxation pages (`/relax…`), each loaded on demand with the feature's texts. */
export const RELAX_ROUTES = [
  { path: '/relax', component: lazy(relaxMessages.with(() => import('./pages/RelaxHome').then((m) => m.RelaxHome))) },
  {
    path: '/relax/breathing',
    component: lazy(relaxMessages.with(() => import('./pages/BreathingPage').then((m) => m.BreathingPage))),
  },
  {
    path: '/relax/guide/:id',
    component: lazy(relaxMessages.with(() => import('./pages/GuidePage').then((m) => m.GuidePage))),
  },
] as const;
