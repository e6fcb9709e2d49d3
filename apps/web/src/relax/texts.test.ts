import { describe, expect, it } from 'vitest';
import { GUIDE_IDS, GUIDES } from './guides';
import { RELAX_TEXTS as en } from './texts/en';
import { RELAX_TEXTS as nl } from './texts/nl';

// Same places in both languages, empty texts, apostrophes and the wording rules are checked for every namespace in
// i18n/catalogues.test.ts; these are the rules of the guides' texts themselves.
describe('the texts of the relaxation guides', () => {
  it('have one text for every step of every guide, in both languages', () => {
    for (const texts of [nl, en]) {
      expect(Object.keys(texts.guides).sort()).toEqual([...GUIDE_IDS].sort());
      for (const id of GUIDE_IDS) expect(texts.guides[id], id).toHaveLength(GUIDES[id].steps.length);
    }
  });

  it('say no step twice within a guide', () => {
    for (const texts of [nl, en])
      for (const id of GUIDE_IDS) expect(new Set(texts.guides[id]).size, id).toBe(texts.guides[id].length);
  });

  it('keep each step short enough to read in its time (B1: a few short sentences)', () => {
    for (const texts of [nl, en])
      for (const id of GUIDE_IDS)
        for (const text of texts.guides[id]) {
          expect(text.length, text).toBeLessThanOrEqual(240);
          for (const sentence of text.split(/[.?!] /))
            expect(sentence.split(' ').length, sentence).toBeLessThanOrEqual(20);
        }
  });

  it('tell the person to stop and breathe normally when dizzy, in the guided breathing', () => {
    expect(nl.guides['guided-breathing'].join(' ')).toContain('duizelig');
    expect(en.guides['guided-breathing'].join(' ')).toContain('dizzy');
  });
});
