import { defineCataloguePart } from '../i18n/i18n';
import type nl from './messages/nl.json';

declare module '../i18n/i18n' {
  interface CatalogueParts {
    links: typeof nl;
  }
}

/** The texts of linking to a practice and of the access log, a part of the one catalogue. */
export const linksMessages = defineCataloguePart('links.messages', {
  nl: () => import('./messages/nl.json').then((module) => module.default),
  en: () => import('./messages/en.json').then((module) => module.default),
});
