import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { interpolate, pluralForm, pluralText, pluralTranslator, translator } from './i18n';
import en from './messages/en.json';
import nl from './messages/nl.json';
import { forbiddenWordsIn } from './wordingRules';

const catalogues = { nl, en } as Record<'nl' | 'en', Record<string, string>>;
const srcDir = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

describe('the catalogues', () => {
  it('have exactly the same keys in Dutch and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('have no empty text in either language', () => {
    for (const [lang, messages] of Object.entries(catalogues)) {
      for (const [key, text] of Object.entries(messages)) expect(text.trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    // A singular form may say the number in words ("once") instead of {count}.
    const withoutCount = (names: (string | undefined)[]) => names.filter((name) => name !== 'count');
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      if (key.endsWith('.one'))
        expect(withoutCount(placeholders(en[key])), key).toEqual(withoutCount(placeholders(nl[key])));
      else expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  it('contain every key the source uses with t()', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(srcDir)) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/\bt\(\s*'([^']+)'/g)) used.add(match[1] ?? '');
      // A plural message needs both forms.
      for (const match of source.matchAll(/\btn\(\s*'([^']+)'/g)) {
        used.add(`${match[1]}.one`);
        used.add(`${match[1]}.other`);
      }
    }
    expect(used.size).toBeGreaterThan(50);
    for (const key of used) {
      expect(Object.hasOwn(nl, key), `nl is missing ${key}`).toBe(true);
      expect(Object.hasOwn(en, key), `en is missing ${key}`).toBe(true);
    }
  });

  it('would catch a forbidden word, also glued into a Dutch compound', () => {
    expect(forbiddenWordsIn('Bij rugletsel en slijtage')).toEqual(['letsel', 'slijtage']);
    expect(forbiddenWordsIn('not wear-and-tear, not an injury')).toEqual(['injury', 'wear and tear']);
    expect(forbiddenWordsIn('Je rug is sterk.')).toEqual([]);
  });

  it('never use the words the wording rules forbid', () => {
    for (const [lang, messages] of Object.entries(catalogues)) {
      for (const [key, text] of Object.entries(messages)) {
        expect(forbiddenWordsIn(text), `${lang} ${key}`).toEqual([]);
      }
    }
  });
});

describe('plurals', () => {
  it('choose one for exactly 1 and other for 0, 2 and fractions, in both languages', () => {
    for (const lang of ['nl', 'en'] as const) {
      expect(pluralForm(lang, 1)).toBe('one');
      expect([0, 2, 5, 1.5].map((n) => pluralForm(lang, n))).toEqual(['other', 'other', 'other', 'other']);
    }
  });

  it('say "practised once" and "practised 3 times", never "1 times"', () => {
    expect(pluralTranslator(en, 'en')('movements.list.practised', 1)).toBe('practised once');
    expect(pluralTranslator(en, 'en')('movements.list.practised', 3)).toBe('practised 3 times');
    expect(pluralTranslator(nl, 'nl')('movements.list.practised', 1)).toBe('1 keer geoefend');
  });

  it('pick the form of a text pair from a text module and fill in the count', () => {
    const forms = { one: '{count} night', other: '{count} nights' };
    expect(pluralText('en', forms, 1)).toBe('1 night');
    expect(pluralText('en', forms, 14)).toBe('14 nights');
  });

  it('exist as a pair: no catalogue has a .one without an .other', () => {
    for (const [lang, messages] of Object.entries(catalogues)) {
      for (const key of Object.keys(messages)) {
        if (key.endsWith('.one'))
          expect(Object.hasOwn(messages, `${key.slice(0, -4)}.other`), `${lang} ${key}`).toBe(true);
      }
    }
  });
});

describe('translating', () => {
  it('fills in named placeholders', () => {
    expect(interpolate('Pijn: {value} van 10', { value: 4 })).toBe('Pijn: 4 van 10');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(interpolate('{a} en {b}', { a: 1 })).toBe('1 en {b}');
  });

  it('looks keys up in the catalogue it was made with', () => {
    expect(translator(en)('nav.today')).toBe('Today');
    expect(translator(nl)('nav.today')).toBe('Vandaag');
  });
});
