import { lazy } from 'preact-iso';
import { storedLang } from '../i18n/i18n';
import { preloadFirstRunTexts } from './firstRunTexts';
import { preloadSafetyTexts } from './texts';

/** A page that needs the safety texts: its chunk and the texts in the person's language load together. */
function withTexts<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), preloadSafetyTexts(storedLang()).catch(() => undefined)]).then(([page]) => page);
}

// The first run, the safety check, its result, concerns and the timeline: all lazily loaded
// (and precached by the service worker), so none of them weighs on the home page's first load.
export const SAFETY_ROUTES = [
  // The first screen loads only its own short texts; the safety check's texts follow once the language is chosen.
  {
    path: '/start',
    component: lazy(() =>
      Promise.all([
        import('./pages/Start').then((m) => m.Start),
        preloadFirstRunTexts(storedLang()).catch(() => undefined),
      ]).then(([page]) => page),
    ),
  },
  { path: '/safety', component: lazy(withTexts(() => import('./pages/SafetyOverview').then((m) => m.SafetyOverview))) },
  {
    path: '/safety/check',
    component: lazy(withTexts(() => import('./pages/SafetyCheckPage').then((m) => m.SafetyCheckPage))),
  },
  {
    path: '/safety/result/:id',
    component: lazy(withTexts(() => import('./pages/SafetyResult').then((m) => m.SafetyResult))),
  },
  {
    path: '/safety/concern',
    component: lazy(withTexts(() => import('./pages/ConcernPage').then((m) => m.ConcernPage))),
  },
  { path: '/timeline', component: lazy(withTexts(() => import('./pages/Timeline').then((m) => m.Timeline))) },
] as const;
