import { type Lang, useI18n } from '../i18n/i18n';
import { useLoadedValue } from '../i18n/lazyTexts';

/** One part of a lesson: an optional heading, short paragraphs, and an optional list. */
export type LessonSection = { heading?: string; paragraphs: readonly string[]; bullets?: readonly string[] };

/**
 * A lesson in one language. Each lesson is one file per language in
 * `content/`, named `<id>.<lang>.ts` and exporting `lesson`; adding a lesson
 * means adding those two files, nothing else. Texts follow docs/clinical-rules.md §8
 * (B1, the wording rules) and name their sources (guideline names, no links).
 */
export type Lesson = {
  /** The lesson's slug; the same in every language, and the file name's first part. */
  id: string;
  /** Place in the list of lessons (lower comes first). */
  order: number;
  title: string;
  summary: string;
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

/** Every lesson in the person's language, in order; `undefined` while they load. */
export function useLessons(): Lesson[] | undefined {
  const { lang } = useI18n();
  return useLoadedValue(`lessons:list:${lang}`, async () => {
    const files = lessonFiles().filter((file) => file.lang === lang);
    const lessons = await Promise.all(files.map(async (file) => (await file.load()).lesson));
    return lessons.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  });
}

/** One lesson in the person's language, `null` when there is no such lesson, `undefined` while it loads. */
export function useLesson(id: string): Lesson | null | undefined {
  const { lang } = useI18n();
  return useLoadedValue(`lessons:${lang}:${id}`, async (): Promise<Lesson | null> => {
    const file = lessonFiles().find((candidate) => candidate.id === id && candidate.lang === lang);
    return file ? (await file.load()).lesson : null;
  });
}
