import { defineCataloguePart } from '../i18n/i18n';
import type nl from './messages/nl.json';
import type playerNl from './player/messages/nl.json';

declare module '../i18n/i18n' {
  interface CatalogueParts {
    exercise: typeof nl & typeof playerNl;
  }
}

/**
 * The short texts of the exercise pages, a part of the one catalogue: loaded
 * with those pages, in the person's language only (docs/architecture.md,
 * "Texts"). The session player keeps its texts in a file of its own.
 */
export const exerciseMessages = defineCataloguePart('exercise.messages', {
  nl: () =>
    Promise.all([import('./messages/nl.json'), import('./player/messages/nl.json')]).then(([pages, player]) => ({
      ...pages.default,
      ...player.default,
    })),
  en: () =>
    Promise.all([import('./messages/en.json'), import('./player/messages/en.json')]).then(([pages, player]) => ({
      ...pages.default,
      ...player.default,
    })),
});
