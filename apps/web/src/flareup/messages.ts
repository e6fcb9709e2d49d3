import { defineCataloguePart } from '../i18n/i18n';
import type nl from './messages/nl.json';

declare module '../i18n/i18n' {
  interface CatalogueParts {
    flareUp: typeof nl;
  }
}

/**
 * The short texts of the flare-up plan, a part of the one catalogue: loaded
 * with its pages, in the person's language only (docs/architecture.md, "Texts").
 */
export const flareUpMessages = defineCataloguePart('flareUp.messages', {
  nl: () => import('./messages/nl.json').then((module) => module.default),
  en: () => import('./messages/en.json').then((module) => module.default),
});
