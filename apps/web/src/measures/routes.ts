import { lazy } from 'preact-iso';
import { storedLang } from '../i18n/i18n';
import { preloadMeasureTexts } from './texts';

/** A measures page: its chunk and the measure texts in the person's language load together. */
function withTexts<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), preloadMeasureTexts(storedLang()).catch(() => undefined)]).then(([page]) => page);
}

/** STarT Back and PSK: the overview, each questionnaire, loaded on demand. */
export const MEASURE_ROUTES = [
  { path: '/measures', component: lazy(withTexts(() => import('./Measures').then((m) => m.Measures))) },
  {
    path: '/measures/start-back',
    component: lazy(withTexts(() => import('./StartBackPage').then((m) => m.StartBackPage))),
  },
  { path: '/measures/psk', component: lazy(withTexts(() => import('./PskPage').then((m) => m.PskPage))) },
] as const;
