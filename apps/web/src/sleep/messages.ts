import { defineCataloguePart } from '../i18n/i18n';
import type nl from './messages/nl.json';

declare module '../i18n/i18n' {
  interface CatalogueParts {
    sleep: typeof nl;
  }
}

/**
 * The short texts of the sleep pages, a part of the one catalogue: loaded
 * with those pages, in the person's language only (docs/architecture.md, "Texts").
 */
export const sleepMessages = defineCataloguePart('sleep.messages', {
  nl: () => import('./messages/nl.json').then((module) => module.default),
  en: () => import('./messages/en.json').then((module) => module.default),
});
