import type { MessageKey, Translate } from '../i18n/i18n';

/**
 * A lesson's title and summary, from the lessons' catalogue part (messages.ts: `lesson.<id>.title` and
 * `lesson.<id>.summary`), not from the lesson's own file: the list and Today's card show them without loading any
 * lesson (docs/architecture.md, "First load"). lessons.test.ts checks that every lesson has both, in both languages.
 *
 * @example
 * lessonHeading(t, 'breathing') // { title: 'Rustig ademen', summary: 'Langzaam ademen, …' }
 */
export function lessonHeading(t: Translate, id: string): { title: string; summary: string } {
  // The ids are the lesson files' names, which the catalogue test matches to these keys; TypeScript cannot see that.
  return { title: t(`lesson.${id}.title` as MessageKey), summary: t(`lesson.${id}.summary` as MessageKey) };
}
