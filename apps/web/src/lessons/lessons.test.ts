import { isLessonId } from '@veerkracht/core';
import { describe, expect, it } from 'vitest';
import { lesson as buildUpEn } from './content/build-up-step-by-step.en';
import { lesson as buildUpNl } from './content/build-up-step-by-step.nl';
import { type Lesson, lessonFiles } from './lessons';

async function loadAll(): Promise<{ id: string; lang: string; lesson: Lesson }[]> {
  return Promise.all(
    lessonFiles().map(async (file) => ({ id: file.id, lang: file.lang, lesson: (await file.load()).lesson })),
  );
}

describe('the lessons', () => {
  it('include "Three kinds of back pain"', async () => {
    const ids = (await loadAll()).map((file) => file.id);
    expect(ids).toContain('three-kinds-of-back-pain');
  });

  it('exist in Dutch and in English, one file per lesson per language, named by the lesson id', async () => {
    const files = await loadAll();
    const ids = [...new Set(files.map((file) => file.id))];
    for (const id of ids) {
      expect(isLessonId(id), id).toBe(true);
      for (const lang of ['nl', 'en']) {
        const file = files.find((candidate) => candidate.id === id && candidate.lang === lang);
        expect(file, `${id} in ${lang}`).toBeDefined();
        expect(file?.lesson.id).toBe(id);
      }
    }
  });

  // Same sections and sources in both languages, empty texts and the wording rules: i18n/catalogues.test.ts.
  it('have the same place in the list in both languages', async () => {
    const files = await loadAll();
    for (const file of files.filter((candidate) => candidate.lang === 'nl')) {
      const english = files.find((candidate) => candidate.id === file.id && candidate.lang === 'en')?.lesson;
      expect(english?.order, file.id).toBe(file.lesson.order);
    }
  });

  it('name their sources', async () => {
    for (const file of await loadAll()) expect(file.lesson.sources.length, file.id).toBeGreaterThan(0);
  });

  it('end "Three kinds of back pain" and "Your back is strong" with the one "when to call a doctor" list, in both languages', async () => {
    const files = await loadAll();
    for (const id of ['three-kinds-of-back-pain', 'your-back-is-strong']) {
      for (const lang of ['nl', 'en']) {
        const lesson = files.find((file) => file.id === id && file.lang === lang)?.lesson;
        expect(lesson?.whenToCallDoctor, `${id}.${lang}`).toBe(true);
        // No hand-written copy of the list that could leave signs out.
        expect(
          lesson?.sections.some((section) => /arts\?|doctor\?/.test(section.heading ?? '')),
          `${id}.${lang}`,
        ).toBe(false);
      }
    }
  });
});

const lessonText = (lesson: typeof buildUpNl) =>
  [
    lesson.title,
    lesson.summary,
    ...lesson.sections.flatMap((section) => [section.heading ?? '', ...section.paragraphs]),
  ].join('\n');

describe('the lesson on building up step by step', () => {
  it('explains measuring in plain words, as graded activity does ("nulmeting" and "baseline" never appear)', () => {
    expect(lessonText(buildUpNl).toLowerCase()).not.toContain('nulmeting');
    expect(lessonText(buildUpEn).toLowerCase()).not.toContain('baseline');
  });

  it('says "symptoms", never "complaints", in English', () => {
    expect(lessonText(buildUpEn).toLowerCase()).not.toContain('complaint');
  });

  it('asks to stop where you would normally stop, never to push through pain', () => {
    expect(lessonText(buildUpNl)).toContain('Ga niet door de pijn heen');
    expect(lessonText(buildUpEn)).toContain('Do not push through');
    for (const text of [lessonText(buildUpNl), lessonText(buildUpEn)]) {
      expect(text).not.toMatch(/pijn of moeheid zegt|pain or tiredness says/);
    }
  });

  it('promises no questions or reminders the app does not send', () => {
    expect(lessonText(buildUpNl)).not.toMatch(/De app vraagt je/);
    expect(lessonText(buildUpEn)).not.toMatch(/The app asks you about/);
  });
});
