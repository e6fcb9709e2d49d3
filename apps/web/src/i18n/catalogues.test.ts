import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from './messages/en.json';
import nl from './messages/nl.json';
import { textRegistry } from './registry';
// Defines the main namespace (the flat catalogue).
import './i18n';
import { allStrings, forbiddenWordsIn } from './wordingRules';

// Every feature registers its texts in `<feature>/texts.ts` or `<feature>/*Texts.ts` (lessons in
// `lessons/lessons.ts`). Loading them by pattern, not by name, makes a new feature's texts part of these checks
// without editing this file.
import.meta.glob(['../*/texts.ts', '../*/*Texts.ts', '../lessons/lessons.ts'], { eager: true });

type Place = { path: string; text: string };
const namespaces = await Promise.all(
  textRegistry.namespaces().map(async (namespace) => ({
    name: namespace.name,
    nl: allStrings(await namespace.load('nl')),
    en: allStrings(await namespace.load('en')),
  })),
);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
const paths = (places: Place[]) => places.map((place) => place.path).sort();

describe('the text registry', () => {
  it('holds the main catalogue and the long texts of every feature', () => {
    const names = namespaces.map((namespace) => namespace.name);
    for (const name of [
      'main',
      'firstRun',
      'safety',
      'measures',
      'movements',
      'lessons',
      'lesson:three-kinds-of-back-pain',
    ])
      expect(names).toContain(name);
  });
});

describe.each(namespaces)('the texts of "$name"', ({ nl: dutch, en: english }) => {
  const both = { nl: dutch, en: english };

  it('exist in Dutch and English for exactly the same places', () => {
    expect(paths(english)).toEqual(paths(dutch));
  });

  it('are never empty', () => {
    for (const [lang, places] of Object.entries(both))
      for (const { path, text } of places) expect(text.trim(), `${lang} ${path}`).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    const englishText = new Map(english.map((place) => [place.path, place.text]));
    // A singular form may say the number in words ("once") instead of {count}.
    const withoutCount = (names: string[]) => names.filter((name) => name !== 'count');
    for (const { path, text } of dutch) {
      const theirs = placeholders(englishText.get(path) ?? '');
      if (path.endsWith('.one')) expect(withoutCount(theirs), path).toEqual(withoutCount(placeholders(text)));
      else expect(theirs, path).toEqual(placeholders(text));
    }
  });

  it('say a count only in a pair of forms for one and for more, and never have one form without the other', () => {
    for (const [lang, places] of Object.entries(both)) {
      const all = new Set(places.map((place) => place.path));
      for (const { path, text } of places) {
        if (text.includes('{count}')) expect(path, `${lang} ${path}`).toMatch(/\.(one|other)$/);
        if (path.endsWith('.one')) expect(all.has(`${path.slice(0, -4)}.other`), `${lang} ${path}`).toBe(true);
      }
    }
  });

  it('use one apostrophe style: the typographic one', () => {
    for (const [lang, places] of Object.entries(both))
      for (const { path, text } of places) expect(text, `${lang} ${path}`).not.toContain("'");
  });

  it('never use the words the wording rules forbid', () => {
    for (const [lang, places] of Object.entries(both))
      for (const { path, text } of places) expect(forbiddenWordsIn(text), `${lang} ${path}`).toEqual([]);
  });
});

const srcDir = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

describe('the main catalogue', () => {
  it('contains every key the source uses with t() and tn(), in every folder of the app', () => {
    const files = sourceFiles(srcDir);
    const scannedFolders = new Set(files.map((file) => relative(srcDir, file).split(sep)[0]));
    for (const folder of readdirSync(srcDir).filter((name) => statSync(join(srcDir, name)).isDirectory()))
      expect(scannedFolders, folder).toContain(folder);

    const used = new Set<string>();
    for (const file of files) {
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
});
