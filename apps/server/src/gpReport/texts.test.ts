import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXERCISE_NAMES, fill, REPORT_TEXTS } from './texts.js';

/** Words docs/clinical-rules.md keeps out of what we write: they make a back sound broken or hopeless. */
const FORBIDDEN = [
  /chronis/i,
  /chronic/i,
  /slijtage/i,
  /wear and tear/i,
  /hernia/i,
  /beschadig/i,
  /damage/i,
  /instabiel/i,
  /unstable/i,
  /kwetsba/i,
  /fragil/i,
  /pijn\s*(=|is|betekent)\s*schade/i,
  /pain\s*(=|is|means)\s*(damage|harm)/i,
];

const workspaceNames = (lang: 'nl' | 'en') =>
  Object.fromEntries(
    Object.entries(
      JSON.parse(
        readFileSync(new URL(`../../../web/src/therapist/messages/${lang}.json`, import.meta.url), 'utf8'),
      ) as Record<string, string>,
    )
      .filter(([key]) => key.startsWith('therapist.exercise.name.'))
      .map(([key, name]) => [key.slice('therapist.exercise.name.'.length), name]),
  );

describe('the report’s words', () => {
  it('has every key in both Dutch and English, none of them empty', () => {
    const nl = Object.keys(REPORT_TEXTS.nl).sort();
    const en = Object.keys(REPORT_TEXTS.en).sort();
    expect(en).toEqual(nl);
    for (const lang of ['nl', 'en'] as const) {
      for (const [key, text] of Object.entries(REPORT_TEXTS[lang])) expect(text.trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('uses the same places in both languages', () => {
    const places = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(REPORT_TEXTS.nl)) {
      expect(places(REPORT_TEXTS.en[key as keyof typeof REPORT_TEXTS.en]), key).toEqual(places(text));
    }
  });

  it('never uses words that make a back sound broken, and says persistent low back pain', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const [key, text] of Object.entries(REPORT_TEXTS[lang])) {
        for (const word of FORBIDDEN) expect(text, `${lang} ${key}`).not.toMatch(word);
      }
    }
    expect(REPORT_TEXTS.nl.title).toContain('aanhoudende rugklachten');
    expect(REPORT_TEXTS.en.title).toContain('persistent low back pain');
  });

  it('names every exercise as the workspace does, in both languages', () => {
    expect(EXERCISE_NAMES.nl).toEqual(workspaceNames('nl'));
    expect(EXERCISE_NAMES.en).toEqual(workspaceNames('en'));
  });

  it('fills places and leaves an unknown place visible', () => {
    expect(fill('{done} van de {planned}', { done: 4, planned: 8 })).toBe('4 van de 8');
    expect(fill('{missing} keer', {})).toBe('{missing} keer');
  });
});
