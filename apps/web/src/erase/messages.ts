import { defineCataloguePart } from '../i18n/i18n';
import type nl from './messages/nl.json';

declare module '../i18n/i18n' {
  interface CatalogueParts {
    erase: typeof nl;
  }
}

/**
 * The short texts of "delete everything", a part of the one catalogue: loaded
 * with its page, in the person's language only (docs/architecture.md, "Texts").
 */
export const eraseMessages = defineCataloguePart('erase.messages', {
  nl: () => import('./messages/nl.json').then((module) => module.default),
  en: () => import('./messages/en.json').then((module) => module.default),
});
