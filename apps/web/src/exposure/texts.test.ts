import { MOVEMENTS } from '@veerkracht/core';
import { describe, expect, it } from 'vitest';
import { loadMessages, pluralTranslator } from '../i18n/i18n';
import { exposureMessages } from './messages';
import enMessages from './messages/en.json';
import nlMessages from './messages/nl.json';
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

describe('the short texts of graded exposure', () => {
  it('say "1 keer / 2 keer" in Dutch and "once / 2 times" in English on screen', async () => {
    await Promise.all([exposureMessages.load('nl'), exposureMessages.load('en')]);
    const tnNl = pluralTranslator(await loadMessages('nl'), 'nl');
    const tnEn = pluralTranslator(await loadMessages('en'), 'en');
    expect(tnNl('movements.list.practised', 1)).toBe('1 keer geoefend');
    expect(tnNl('movements.list.practised', 2)).toBe('2 keer geoefend');
    expect(tnEn('movements.list.practised', 1)).toBe('practised once');
    expect(tnEn('movements.list.practised', 2)).toBe('practised 2 times');
    expect(tnNl('movements.results.summary', 1)).toBe('Je hebt 1 keer geoefend.');
    expect(tnEn('movements.results.summary', 1)).toBe('You have practised once.');
    expect(tnEn('movements.results.summary', 2)).toBe('You have practised 2 times.');
  });

  it('use one word for a time you practise, and say a number of times only through the plural rule', () => {
    for (const [key, text] of Object.entries(nlMessages))
      expect(text.toLowerCase(), key).not.toMatch(/sessie|\bmeting/);
    for (const [key, text] of Object.entries(enMessages)) expect(text.toLowerCase(), key).not.toMatch(/\bsession/);
    for (const messages of [nlMessages, enMessages])
      for (const [key, text] of Object.entries(messages))
        expect(text, key).not.toMatch(/\{(done|total|sessions|better)\} (keer|times)\b/);
  });

  it('never ask how much damage or harm an exposure caused, and name only the ends of the fear scale', () => {
    for (const messages of [nlMessages, enMessages]) {
      for (const [key, text] of Object.entries(messages)) {
        if (key.startsWith('movements.practise.') && key.endsWith('.label'))
          expect(text, key).not.toMatch(/schade|harm/i);
        if (key.startsWith('movements.results.')) expect(text, key).not.toMatch(/schade|harm/i);
      }
      expect(Object.keys(messages).filter((key) => key.startsWith('movements.rate.anchor.'))).toEqual([
        'movements.rate.anchor.0',
        'movements.rate.anchor.100',
      ]);
    }
    expect(enMessages['movements.rate.anchor.100']).toBe('extremely harmful');
  });

  it('say the stop rule on every exposure step', () => {
    expect(nlMessages['movements.practise.stop']).toMatch(/scherpe pijn die blijft/);
    expect(enMessages['movements.practise.stop']).toMatch(/sharp pain that stays/);
  });
});
