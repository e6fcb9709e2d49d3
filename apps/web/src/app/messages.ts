import { defineCataloguePart } from '../i18n/i18n';
import type nl from './messages/nl.json';

declare module '../i18n/i18n' {
  interface CatalogueParts {
    app: typeof nl;
  }
}

/**
 * The texts of the "More" page (a line about each area), a part of the one catalogue: loaded with that page, not
 * with every first screen (decision 0041).
 */
export const moreMessages = defineCataloguePart('app.more', {
  nl: () => import('./messages/nl.json').then((module) => module.default),
  en: () => import('./messages/en.json').then((module) => module.default),
});
