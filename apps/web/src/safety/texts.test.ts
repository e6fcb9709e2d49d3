import { describe, expect, it } from 'vitest';
import { allStrings, forbiddenWordsIn } from '../i18n/wordingRules';
import { en } from './texts/en';
import { nl } from './texts/nl';

const modules = { nl, en };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the safety journey’s texts', () => {
  it('exist in Dutch and English for exactly the same places', () => {
    expect(allStrings(en).map((s) => s.path)).toEqual(allStrings(nl).map((s) => s.path));
  });

  it('are never empty', () => {
    for (const [lang, texts] of Object.entries(modules)) {
      for (const { path, text } of allStrings(texts)) expect(text.trim(), `${lang} ${path}`).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    const english = new Map(allStrings(en).map((s) => [s.path, s.text]));
    for (const { path, text } of allStrings(nl))
      expect(placeholders(english.get(path) ?? ''), path).toEqual(placeholders(text));
  });

  it('never use the words the wording rules forbid', () => {
    for (const [lang, texts] of Object.entries(modules)) {
      for (const { path, text } of allStrings(texts)) expect(forbiddenWordsIn(text), `${lang} ${path}`).toEqual([]);
    }
  });

  it('give the emergency advice with the GP, the out-of-hours GP service and 112 in both languages', () => {
    expect(nl.result.emergency.steps.join(' ')).toMatch(/huisarts.*huisartsenpost.*112/s);
    expect(en.result.emergency.steps.join(' ')).toMatch(/GP.*out-of-hours GP service.*112/s);
  });

  it('never promise the course the guideline does not support ("3 to 6 weeks")', () => {
    for (const { text } of [...allStrings(nl), ...allStrings(en)])
      expect(text).not.toMatch(/3\s*(tot|to|–|-)\s*6 (weken|weeks)/);
  });
});
