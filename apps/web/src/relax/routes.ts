import { lazy } from 'preact-iso';
import { activeLang } from '../i18n/i18n';
import { relaxMessages } from './messages';
import { relaxTexts } from './texts';

/** A guide's page: its chunk and the guides' steps in the person's language load together. */
function withRelaxTexts<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), relaxTexts.preload(activeLang())]).then(([page]) => page);
}

/**
 * The breathing and relaxation pages (`/relax…`), each loaded on demand with
 * the feature's part of the catalogue. Literal paths come before the one with
 * a parameter: the router takes the first match.
 */
export const RELAX_ROUTES = [
  { path: '/relax', component: lazy(relaxMessages.with(() => import('./pages/RelaxHome').then((m) => m.RelaxHome))) },
  {
    path: '/relax/breathing',
    component: lazy(relaxMessages.with(() => import('./pages/BreathingPage').then((m) => m.BreathingPage))),
  },
  {
    path: '/relax/guide/:id',
    component: lazy(relaxMessages.with(withRelaxTexts(() => import('./pages/GuidePage').then((m) => m.GuidePage)))),
  },
] as const;
