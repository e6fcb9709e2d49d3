import type { Lang } from '../i18n/i18n';
import { defineTexts, type Texts, useNamespaceOrUndefined } from '../i18n/lazyTexts';

/** One part of a lesson: an optional heading, short paragraphs, and an optional list. */
export type LessonSection = { heading?: string; paragraphs: readonly string[]; bullets?: readonly string[] };

/**
 * A lesson in one language. Each lesson is one file per language in
 * `content/`, named `<id>.<lang>.ts` and exporting `lesson`; its title and
 * summary are in the lessons' catalogue part (`lesson.<id>.title` and
 * `.summary` in messages/*.json, see `lessonHeading`). Adding a lesson means
 * adding those two files and those four texts. Texts follow docs/clinical-rules.md §8
 * (B1, the wording rules) and name their sources (guideline names, no links).
 */
export type Lesson = {
  /** The lesson's slug; the same in every language, and the file name's first part. */
  id: string;
  /** Place in the list of lessons (lower comes first). */
  order: number;
  /** About how many minutes it takes to read. */
  minutes: number;
  sections: readonly LessonSection[];
  /** Ends the lesson with the app's one "when to call a doctor" list (shared by results, lessons and about). */
  whenToCallDoctor?: boolean;
  sources: readonly string[];
};

type LessonModule = { lesson: Lesson };

// Each lesson file becomes its own chunk, loaded only when needed (and precached for offline use).
const MODULES = import.meta.glob<LessonModule>('./content/*.ts');

/** Every lesson file as `{ id, lang, load }`, read from the file names. */
export function lessonFiles(): { id: string; lang: Lang; load: () => Promise<LessonModule> }[] {
  return Object.entries(MODULES).flatMap(([path, load]) => {
    const match = /\/([a-z0-9-]+)\.(nl|en)\.ts$/.exec(path);
    return match ? [{ id: match[1] as string, lang: match[2] as Lang, load }] : [];
  });
}

/**
 * Each lesson is a namespace of the one text registry (`lesson:<id>`), so it
 * loads like every other text: once, in the person's language only. A lesson
 * needs its file in both languages; one without is left out (and fails the
 * lesson tests).
 */
const LESSON_FILES = lessonFiles();
const LESSONS: ReadonlyMap<string, Texts<Lesson>> = new Map(
  [...new Set(LESSON_FILES.map((file) => file.id))].flatMap((id) => {
    const file = (lang: Lang) => LESSON_FILES.find((candidate) => candidate.id === id && candidate.lang === lang);
    const nl = file('nl');
    const en = file('en');
    if (!nl || !en) return [];
    const lesson = defineTexts<Lesson>(`lesson:${id}`, {
      nl: () => nl.load().then((module) => module.lesson),
      en: () => en.load().then((module) => module.lesson),
    });
    return [[id, lesson] as const];
  }),
);

// The list is every lesson of one language, in order; it loads each lesson through its own namespace.
const LIST = defineTexts<Lesson[]>('lessons', {
  nl: () => loadList('nl'),
  en: () => loadList('en'),
});

async function loadList(lang: Lang): Promise<Lesson[]> {
  const lessons = await Promise.all([...LESSONS.values()].map((lesson) => lesson.load(lang)));
  return lessons.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** Every lesson in the person's language, in order; `undefined` while they load. */
export function useLessons(): Lesson[] | undefined {
  return LIST.useTextsOrUndefined();
}

/** One lesson in the person's language, `null` when there is no such lesson, `undefined` while it loads. */
export function useLesson(id: string): Lesson | null | undefined {
  const lesson = LESSONS.get(id);
  const value = useNamespaceOrUndefined(lesson);
  return lesson ? value : null;
}
