import { MOVEMENTS } from '@veerkracht/core';
import { describe, expect, it } from 'vitest';
import { forbiddenWordsIn } from '../i18n/wordingRules';
import { MOVEMENT_TEXT as en } from './text/en';
import { MOVEMENT_TEXT as nl } from './text/nl';

describe('the movement descriptions', () => {
  it('describe every movement of the catalogue in Dutch and in English', () => {
    for (const texts of [nl, en]) {
      expect(Object.keys(texts).sort()).toEqual([...MOVEMENTS].sort());
      for (const text of Object.values(texts)) expect(text.trim()).not.toBe('');
    }
  });

  it('never use the words the wording rules forbid', () => {
    for (const [lang, texts] of Object.entries({ nl, en })) {
      for (const [movement, text] of Object.entries(texts)) {
        expect(forbiddenWordsIn(text), `${lang} ${movement}`).toEqual([]);
      }
    }
  });

  it('keep sentences short enough for B1 (at most 25 words each)', () => {
    for (const texts of [nl, en]) {
      for (const text of Object.values(texts)) {
        for (const sentence of text.split(/[.!?]\s/)) expect(sentence.split(/\s+/).length).toBeLessThanOrEqual(25);
      }
    }
  });
});
