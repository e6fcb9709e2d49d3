import { describe, expect, it } from 'vitest';
import {
  defineCataloguePart,
  formatNumber,
  interpolate,
  loadMessages,
  type MessageKey,
  type Messages,
  plural,
  pluralForm,
  translator,
} from './i18n';
import en from './messages/en.json';
import nl from './messages/nl.json';

describe('plurals', () => {
  it('choose one for exactly 1 and other for 0, 2 and fractions, in both languages', () => {
    for (const lang of ['nl', 'en'] as const) {
      expect(pluralForm(lang, 1)).toBe('one');
      expect([0, 2, 5, 1.5].map((n) => pluralForm(lang, n))).toEqual(['other', 'other', 'other', 'other']);
    }
  });

  it('pick the form of a text pair from a long text with the same rule, and fill in the count', () => {
    const forms = { one: '{count} night', other: '{count} nights' };
    expect(plural('en', 1, forms)).toBe('1 night');
    expect(plural('en', 14, forms)).toBe('14 nights');
    expect(plural('nl', 1.5, { one: '{count} nacht', other: '{count} nachten' })).toBe('1,5 nachten');
  });
});

describe('translating', () => {
  it('fills in named placeholders', () => {
    expect(interpolate('Pijn: {value} van 10', { value: 4 })).toBe('Pijn: 4 van 10');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(interpolate('{a} en {b}', { a: 1 })).toBe('1 en {b}');
  });

  it('writes a number the way the language does: a decimal comma in Dutch', () => {
    expect(formatNumber(7.5, 'nl')).toBe('7,5');
    expect(formatNumber(7.5, 'en')).toBe('7.5');
    expect(interpolate('Gemiddeld {mean}', { mean: 7.5 }, 'nl')).toBe('Gemiddeld 7,5');
    expect(interpolate('Average {mean}', { mean: 7.5 }, 'en')).toBe('Average 7.5');
  });

  it('puts whole numbers in as they are, so a year never gets a thousands point', () => {
    expect(interpolate('van {min} tot en met {max}', { min: 1900, max: 2026 }, 'nl')).toBe('van 1900 tot en met 2026');
    expect(interpolate('from {min} to {max}', { min: 1900, max: 2026 }, 'en')).toBe('from 1900 to 2026');
  });

  it('looks keys up in the catalogue it was made with', () => {
    expect(translator(en as Partial<Messages> as Messages)('nav.today')).toBe('Today');
    expect(translator(nl as Partial<Messages> as Messages)('nav.today')).toBe('Vandaag');
  });

  it('knows the language of a catalogue it loaded, so t() writes numbers in that language', async () => {
    expect(translator(await loadMessages('nl'))('value.sleepHours', { value: 7.5 })).toBe('Slaap: 7,5 uur');
    expect(translator(await loadMessages('en'))('value.sleepHours', { value: 7.5 })).toMatch(/7\.5/);
  });
});

describe("a feature's part of the catalogue", () => {
  // A key of the test part only: the type lists only real keys, so the test names it through a cast.
  const key = 'testPart.greeting' as MessageKey;
  const loaded: string[] = [];
  const part = defineCataloguePart('testPart.messages', {
    nl: async () => {
      loaded.push('nl');
      return { 'testPart.greeting': 'Hallo {name}' };
    },
    en: async () => {
      loaded.push('en');
      return { 'testPart.greeting': 'Hello {name}' };
    },
  });

  it('joins the catalogue a translate function already reads, in the language asked for only', async () => {
    const t = translator(await loadMessages('nl'));
    expect(t(key)).toBeUndefined();
    const page = await part.with(async () => 'the page')();
    expect(page).toBe('the page');
    expect(t(key, { name: 'Sam' })).toBe('Hallo Sam');
    expect(loaded).toEqual(['nl']);
  });

  it('is loaded in the other language before a language switch completes', async () => {
    const messages = await loadMessages('en');
    expect(loaded).toEqual(['nl', 'en']);
    expect(translator(messages)(key, { name: 'Sam' })).toBe('Hello Sam');
    // Back to Dutch: the part is not fetched again.
    await loadMessages('nl');
    expect(loaded).toEqual(['nl', 'en']);
  });
});
