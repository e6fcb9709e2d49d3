import { defineCataloguePart } from '../i18n/i18n';
import type nl from './messages/nl.json';

declare module '../i18n/i18n' {
  interface CatalogueParts {
    reminders: typeof nl;
  }
}

/** The short texts of the reminders page, a part of the one catalogue (docs/architecture.md, "Texts"). */
export const remindersMessages = defineCataloguePart('reminders.messages', {
  nl: () => import('./messages/nl.json').then((module) => module.default),
  en: () => import('./messages/en.json').then((module) => module.default),
});
