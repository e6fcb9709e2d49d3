import { MOVEMENTS } from '@veerkracht/core';
import { describe, expect, it } from 'vitest';
import { MOVEMENT_TEXT as en } from './texts/en';
import { MOVEMENT_TEXT as nl } from './texts/nl';

describe('the movement descriptions', () => {
  // Both languages, empty texts and the wording rules are checked for every namespace in i18n/catalogues.test.ts.
  it('describe every movement of the catalogue, no more', () => {
    for (const texts of [nl, en]) expect(Object.keys(texts).sort()).toEqual([...MOVEMENTS].sort());
  });

  it('keep sentences short enough for B1 (at most 25 words each)', () => {
    for (const texts of [nl, en]) {
      for (const text of Object.values(texts)) {
        for (const sentence of text.split(/[.!?]\s/)) expect(sentence.split(/\s+/).length).toBeLessThanOrEqual(25);
      }
    }
  });
});
