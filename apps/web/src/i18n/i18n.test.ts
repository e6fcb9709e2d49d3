import { describe, expect, it } from 'vitest';
import { formatNumber, interpolate, loadMessages, plural, pluralForm, pluralTranslator, translator } from './i18n';
import en from './messages/en.json';
import nl from './messages/nl.json';

describe('plurals', () => {
  it('choose one for exactly 1 and other for 0, 2 and fractions, in both languages', () => {
    for (const lang of ['nl', 'en'] as const) {
      expect(pluralForm(lang, 1)).toBe('one');
      expect([0, 2, 5, 1.5].map((n) => pluralForm(lang, n))).toEqual(['other', 'other', 'other', 'other']);
    }
  });

  it('say "1 keer / 2 keer" in Dutch and "once / 2 times" in English on screen', async () => {
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

  it('never say "1 times" for graded activity', () => {
    expect(pluralTranslator(en, 'en')('plan.chart.summary', 1, { quota: 'x', goal: 'y' })).not.toMatch(/\b1 times/);
    expect(pluralTranslator(en, 'en')('plan.chart.summary', 3, { quota: 'x', goal: 'y' })).toMatch(/3 times/);
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
    expect(translator(en)('nav.today')).toBe('Today');
    expect(translator(nl)('nav.today')).toBe('Vandaag');
  });

  it('knows the language of a catalogue it loaded, so t() writes numbers in that language', async () => {
    expect(translator(await loadMessages('nl'))('value.sleepHours', { value: 7.5 })).toBe('Slaap: 7,5 uur');
    expect(translator(await loadMessages('en'))('value.sleepHours', { value: 7.5 })).toMatch(/7\.5/);
  });
});
