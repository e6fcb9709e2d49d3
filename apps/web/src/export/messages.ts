import { defineCataloguePart } from '../i18n/i18n';
import type nl from './messages/nl.json';

declare module '../i18n/i18n' {
  interface CatalogueParts {
    export: typeof nl;
  }
}

/**
 * The short texts of the export pages, a part of the one catalogue: loaded
 * with those pages, in the person's language only (docs/architecture.md, "Texts").
 */
export const exportMessages = defineCataloguePart('export.messages', {
  nl: () => import('./messages/nl.json').then((module) => module.default),
  en: () => import('./messages/en.json').then((module) => module.default),
});
