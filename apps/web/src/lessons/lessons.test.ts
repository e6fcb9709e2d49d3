import { FIRST_LESSON, isLessonId, LESSON_FITS } from '@veerkracht/core';
import { describe, expect, it } from 'vitest';
import { lesson as buildUpEn } from './content/build-up-step-by-step.en';
import { lesson as buildUpNl } from './content/build-up-step-by-step.nl';
import { type Lesson, lessonFiles } from './lessons';
import en from './messages/en.json';
import nl from './messages/nl.json';

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

  it('have a title and a summary in the catalogue in both languages, and the catalogue none for other lessons', async () => {
    const ids = [...new Set((await loadAll()).map((file) => file.id))].sort();
    expect(ids.length).toBeGreaterThan(0);
    for (const catalogue of [nl, en]) {
      const keys = Object.keys(catalogue).filter((key) => /^lesson\.[a-z0-9-]+\.(title|summary)$/.test(key));
      expect(keys.sort()).toEqual(ids.flatMap((id) => [`lesson.${id}.summary`, `lesson.${id}.title`]).sort());
    }
  });

  it('include every lesson Today can suggest, so its card always has a title and a summary to show', async () => {
    const ids = new Set((await loadAll()).map((file) => file.id));
    for (const id of [FIRST_LESSON, ...LESSON_FITS.flatMap((fit) => fit.lessons)]) expect(ids.has(id), id).toBe(true);
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
    ...(lesson === buildUpNl
      ? [nl['lesson.build-up-step-by-step.title'], nl['lesson.build-up-step-by-step.summary']]
      : [en['lesson.build-up-step-by-step.title'], en['lesson.build-up-step-by-step.summary']]),
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

const NEW_LESSONS = [
  'hurt-is-not-harm',
  'the-worn-out-back-myth',
  'keep-moving-with-pain',
  'sleep-and-pain',
  'strength-training',
  'mobility',
  'breathing',
  'stress-and-emotions',
  'flare-ups',
  'work-and-back-pain',
  'patience-and-consistency',
];

async function lessonOf(id: string, lang: 'nl' | 'en'): Promise<Lesson> {
  const file = lessonFiles().find((candidate) => candidate.id === id && candidate.lang === lang);
  if (!file) throw new Error(`${id}.${lang} is missing`);
  return (await file.load()).lesson;
}

describe('a lesson for every tip', () => {
  it('has at least 14 lessons, the three first ones and one for every tip, pain science, the myth, work and flare-ups', async () => {
    const ids = new Set((await loadAll()).map((file) => file.id));
    expect(ids.size).toBeGreaterThanOrEqual(14);
    for (const id of ['three-kinds-of-back-pain', 'build-up-step-by-step', 'your-back-is-strong', ...NEW_LESSONS])
      expect(ids, id).toContain(id);
  });

  it('keeps each lesson to about three minutes of reading (at most 600 words)', async () => {
    for (const file of await loadAll()) {
      const words = lessonText(file.lesson).split(/\s+/).length;
      expect(words, `${file.id}.${file.lang}`).toBeLessThanOrEqual(600);
    }
  });

  it('gives every lesson the same sections, paragraphs and bullets in both languages', async () => {
    for (const id of NEW_LESSONS) {
      const [nl, en] = await Promise.all([lessonOf(id, 'nl'), lessonOf(id, 'en')]);
      const shape = (lesson: Lesson) =>
        lesson.sections.map((section) => [
          Boolean(section.heading),
          section.paragraphs.length,
          section.bullets?.length,
        ]);
      expect(shape(en), id).toEqual(shape(nl));
      expect(en.sources.length, id).toBe(nl.sources.length);
      expect(Boolean(en.whenToCallDoctor), id).toBe(Boolean(nl.whenToCallDoctor));
    }
  });

  it('ends the flare-up lesson with the one "when to call a doctor" list, and no hand-written copy of it', async () => {
    for (const lang of ['nl', 'en'] as const) {
      const lesson = await lessonOf('flare-ups', lang);
      expect(lesson.whenToCallDoctor).toBe(true);
      expect(lesson.sections.some((section) => /arts\?|doctor\?/.test(section.heading ?? ''))).toBe(false);
    }
  });

  it('say "symptoms" or "pain", never "complaints", in English', async () => {
    for (const id of NEW_LESSONS)
      expect(lessonText(await lessonOf(id, 'en')).toLowerCase(), id).not.toContain('complaint');
  });

  it('tells people to stop and breathe normally when they feel dizzy', async () => {
    expect(lessonText(await lessonOf('breathing', 'nl'))).toContain('Stop dan en adem gewoon verder');
    expect(lessonText(await lessonOf('breathing', 'en'))).toContain('Then stop and just breathe normally');
  });

  it('recommends 7 to 9 hours of sleep, the same for every sex, and never 8 to 10', async () => {
    for (const lang of ['nl', 'en'] as const) {
      const text = lessonText(await lessonOf('sleep-and-pain', lang));
      expect(text).toMatch(/7 (tot|to) 9/);
      expect(text).not.toMatch(/8 (tot|to) 10|vrouw|women/i);
    }
  });

  it('never speaks of a streak lost or broken, and calls a day off part of it', async () => {
    const nl = lessonText(await lessonOf('patience-and-consistency', 'nl'));
    const en = lessonText(await lessonOf('patience-and-consistency', 'en'));
    expect(`${nl} ${en}`).not.toMatch(/reeks|streak|verloren|kwijt|lost|broken/i);
    expect(nl).toContain('Een dag vrij hoort erbij');
    expect(en).toContain('A day off is part of it');
  });

  it('never diagnoses: the stress lesson says the pain is real and suggests talking, with no name for a condition', async () => {
    const nl = lessonText(await lessonOf('stress-and-emotions', 'nl'));
    const en = lessonText(await lessonOf('stress-and-emotions', 'en'));
    expect(nl).toContain('De pijn is echt');
    expect(en).toContain('The pain is real');
    expect(`${nl} ${en}`).not.toMatch(/depressie|depression|angststoornis|anxiety disorder|burn-?out/i);
  });
});
