import { defineCataloguePart } from '../i18n/i18n';
import type nl from './messages/nl.json';

declare module '../i18n/i18n' {
  interface CatalogueParts {
    relax: typeof nl;
  }
}

/**
 * The texts of the breathing and relaxation pages, a part of the one
 * catalogue: loaded with those pages, in the person's language only
 * (docs/architecture.md, "Texts").
 */
export const relaxMessages = defineCataloguePart('relax.messages', {
  nl: () => import('./messages/nl.json').then((module) => module.default),
  en: () => import('./messages/en.json').then((module) => module.default),
});
