import { EXERCISES } from '@veerkracht/core';
import { describe, expect, it } from 'vitest';
import { EXERCISE_TEXTS as enTexts } from '../exercise/texts/en';
import { EXERCISE_TEXTS as nlTexts } from '../exercise/texts/nl';
import { EXERCISE_NAME as EXPORT_EXERCISE_NAME } from '../export/exerciseNames';
import exportEn from '../export/messages/en.json';
import exportNl from '../export/messages/nl.json';
import { EXERCISE_NAME_IDS } from '../therapist/components/ProgrammeSettings';
import en from '../therapist/messages/en.json';
import nl from '../therapist/messages/nl.json';

// The workspace has its own copy of the exercise names (features never import each other, and the
// exercise texts are long); the app, which composes both, checks they say the same.
describe('the exercise names the therapist reads', () => {
  it('cover every exercise in the library', () => {
    expect([...EXERCISE_NAME_IDS].sort()).toEqual(EXERCISES.map((exercise) => exercise.id).sort());
  });

  it.each([
    ['nl', nl, nlTexts],
    ['en', en, enTexts],
  ] as const)('are the names the patient reads in %s', (_lang, messages, texts) => {
    for (const exercise of EXERCISES) {
      const key = `therapist.exercise.name.${exercise.id}` as keyof typeof messages;
      expect(messages[key], exercise.id).toBe(texts.exercises[exercise.id as keyof typeof texts.exercises]?.name);
    }
  });
});

// The printed summary (export/) keeps a copy too, for the same reason.
describe('the exercise names the printed summary shows', () => {
  it('cover every exercise in the library', () => {
    expect(Object.keys(EXPORT_EXERCISE_NAME).sort()).toEqual(EXERCISES.map((exercise) => exercise.id).sort());
  });

  it.each([
    ['nl', exportNl, nlTexts],
    ['en', exportEn, enTexts],
  ] as const)('are the names the patient reads in %s', (_lang, messages, texts) => {
    for (const exercise of EXERCISES) {
      const key = EXPORT_EXERCISE_NAME[exercise.id] as keyof typeof messages;
      expect(messages[key], exercise.id).toBe(texts.exercises[exercise.id as keyof typeof texts.exercises]?.name);
    }
  });
});
