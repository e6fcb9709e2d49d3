import { defineCataloguePart } from '../i18n/i18n';
import type dueNl from './messages/due.nl.json';
import type nl from './messages/nl.json';

declare module '../i18n/i18n' {
  interface CatalogueParts {
    review: typeof nl;
    reviewDue: typeof dueNl;
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

/**
 * The few texts of the card that says a review waits: its own part, because Today shows that card and should not
 * load the whole review's texts for three lines (decision 0041).
 */
export const reviewDueMessages = defineCataloguePart('review.due', {
  nl: () => import('./messages/due.nl.json').then((module) => module.default),
  en: () => import('./messages/due.en.json').then((module) => module.default),
});
