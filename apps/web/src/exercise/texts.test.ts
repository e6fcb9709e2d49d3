import { EXERCISES } from '@veerkracht/core';
import { describe, expect, it } from 'vitest';
import { allStrings, forbiddenWordsIn } from '../i18n/wordingRules';
import { EXERCISE_DRAWINGS, hasDrawing } from './components/ExerciseDrawing';
import { EXERCISE_TEXTS as en } from './texts/en';
import { EXERCISE_TEXTS as nl } from './texts/nl';

// Same places in both languages, empty texts, apostrophes and the wording rules are also checked for every
// namespace in i18n/catalogues.test.ts; these are the rules of the exercise texts themselves
// (docs/clinical-rules.md §8 and §9.3).
const both = { nl, en };
const text = (lang: keyof typeof both, id: string) => {
  const found = both[lang].exercises[id];
  if (!found) throw new Error(`${lang} has no text for ${id}`);
  return found;
};

describe('the exercise texts', () => {
  it('describe every exercise of the library in both languages, and no others', () => {
    const ids = EXERCISES.map((exercise) => exercise.id).sort();
    expect(ids).toHaveLength(21);
    for (const texts of [nl, en]) expect(Object.keys(texts.exercises).sort()).toEqual(ids);
  });

  it('name every variant of a strength exercise in both languages, and none for a mobility exercise', () => {
    for (const exercise of EXERCISES) {
      const wanted = exercise.kind === 'strength' ? [...exercise.variants].sort() : [];
      for (const lang of ['nl', 'en'] as const)
        expect(Object.keys(text(lang, exercise.id).variants).sort(), `${lang} ${exercise.id}`).toEqual(wanted);
    }
  });

  it('give 2 to 4 cues per exercise', () => {
    for (const lang of ['nl', 'en'] as const)
      for (const exercise of EXERCISES) {
        const { cues } = text(lang, exercise.id);
        expect(cues.length, `${lang} ${exercise.id}`).toBeGreaterThanOrEqual(2);
        expect(cues.length, `${lang} ${exercise.id}`).toBeLessThanOrEqual(4);
      }
  });

  it('say with every exercise that sharp pain that stays is a reason to stop and ask', () => {
    for (const exercise of EXERCISES) {
      expect(text('nl', exercise.id).feel, exercise.id).toMatch(/scherpe pijn die blijft\? Stop dan en vraag/);
      expect(text('en', exercise.id).feel, exercise.id).toMatch(/sharp pain that stays, stop and ask/);
    }
  });

  it('keep every sentence at 25 words or fewer (B1)', () => {
    for (const [lang, texts] of Object.entries(both))
      for (const { path, text: words } of allStrings(texts))
        for (const sentence of words.split(/[.!?:]\s/))
          expect(sentence.trim().split(/\s+/).length, `${lang} ${path}: ${sentence}`).toBeLessThanOrEqual(25);
  });

  it('never use the words the wording rules forbid', () => {
    for (const [lang, texts] of Object.entries(both))
      for (const { path, text: words } of allStrings(texts))
        expect(forbiddenWordsIn(words), `${lang} ${path}`).toEqual([]);
  });

  it('write Dutch names with only a first capital, as Dutch does', () => {
    for (const exercise of EXERCISES) {
      const { name } = text('nl', exercise.id);
      expect(name.slice(1), exercise.id).toBe(name.slice(1).toLowerCase());
    }
  });

  it('say what to use at home where an exercise needs something, and that everyday things will do', () => {
    expect(text('nl', 'farmers_carry').start).toMatch(/flessen water.*boodschappentassen/i);
    expect(text('en', 'farmers_carry').start).toMatch(/bottles of water.*shopping bags/i);
    expect(text('nl', 'band_row').start).toMatch(/elastische band/);
    expect(text('en', 'band_row').start).toMatch(/elastic band/);
    expect(text('nl', 'hamstring_stretch').start).toMatch(/band, handdoek of riem/);
    expect(text('en', 'hamstring_stretch').start).toMatch(/strap, towel or belt/);
    for (const id of ['squat', 'split_squat']) {
      expect(text('nl', id).start, id).toMatch(/stoel/);
      expect(text('en', id).start, id).toMatch(/chair/);
    }
  });

  it('name their sources, the same number in both languages', () => {
    expect(nl.sources.length).toBeGreaterThan(0);
    expect(en.sources).toHaveLength(nl.sources.length);
    for (const source of [...nl.sources, ...en.sources]) expect(source).not.toMatch(/https?:|www\./);
  });
});

describe('the exercise drawings', () => {
  it('exist for every exercise of the library, and only for those', () => {
    for (const exercise of EXERCISES) expect(hasDrawing(exercise.id), exercise.id).toBe(true);
    expect(Object.keys(EXERCISE_DRAWINGS).sort()).toEqual(EXERCISES.map((exercise) => exercise.id).sort());
    expect(hasDrawing('juggling')).toBe(false);
  });

  it('stay inside their 96 × 96 grid, head included', () => {
    for (const [id, drawing] of Object.entries(EXERCISE_DRAWINGS)) {
      // Every number of a path is a coordinate here: the paths use only M, L, H, V, Q and Z, no arcs.
      for (const path of [drawing.body, drawing.props]) expect(path, id).toMatch(/^[MLHVQZ\d\s.-]*$/);
      const numbers = `${drawing.body} ${drawing.props}`.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
      expect(numbers.length, id).toBeGreaterThan(0);
      for (const value of numbers) {
        expect(value, id).toBeGreaterThanOrEqual(0);
        expect(value, id).toBeLessThanOrEqual(96);
      }
      const [x, y] = drawing.head;
      for (const edge of [x - 6.5, y - 6.5]) expect(edge, id).toBeGreaterThanOrEqual(0);
      for (const edge of [x + 6.5, y + 6.5]) expect(edge, id).toBeLessThanOrEqual(96);
    }
  });
});
