import { defineCataloguePart } from '../i18n/i18n';
import type nl from './messages/nl.json';

declare module '../i18n/i18n' {
  interface CatalogueParts {
    therapist: typeof nl;
  }
}

/** The texts of the physiotherapist's workspace, a part of the one catalogue (loaded only there). */
export const therapistMessages = defineCataloguePart('therapist.messages', {
  nl: () => import('./messages/nl.json').then((module) => module.default),
  en: () => import('./messages/en.json').then((module) => module.default),
});
