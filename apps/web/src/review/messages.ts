import { defineCataloguePart } from '../i18n/i18n';
import type nl from './messages/nl.json';

declare module '../i18n/i18n' {
  interface CatalogueParts {
    review: typeof nl;
  }
}

/**
 * The short texts of the weekly review and the weeks in a row, a part of the
 * one catalogue: loaded with those pages, in the person's language only
 * (docs/architecture.md, "Texts").
 */
export const reviewMessages = defineCataloguePart('review.messages', {
  nl: () => import('./messages/nl.json').then((module) => module.default),
  en: () => import('./messages/en.json').then((module) => module.default),
});
