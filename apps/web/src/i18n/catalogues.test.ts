import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { groupBy } from '@veerkracht/core';
import { describe, expect, it } from 'vitest';
// Defines the main namespace (the core part of the catalogue).
import { type CataloguePart, LANGS } from './i18n';
import en from './messages/en.json';
import nl from './messages/nl.json';
import { textRegistry } from './registry';
import {
  allStrings,
  forbiddenWordsBesidesOneQuote,
  forbiddenWordsIn,
  QUOTED_ONCE_NAMESPACE,
  streakBlameIn,
} from './wordingRules';

// Every feature registers its long texts in `<feature>/texts.ts` or `<feature>/*Texts.ts` (lessons in
// `lessons/lessons.ts`) and its part of the catalogue in `<feature>/messages.ts`. Loading them by pattern, not by
// name, makes a new feature's texts part of these checks without editing this file.
import.meta.glob(['../*/texts.ts', '../*/*Texts.ts', '../lessons/lessons.ts'], { eager: true });
const featureParts = import.meta.glob<Record<string, CataloguePart>>('../*/messages.ts', { eager: true });

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
      'activity.messages',
      'exposure.messages',
      'firstRun',
      'safety',
      'measures',
      'movements',
      'exercises',
      'lessons',
      'lesson:three-kinds-of-back-pain',
    ])
      expect(names).toContain(name);
  });
});

describe.each(namespaces)('the texts of "$name"', ({ name, nl: dutch, en: english }) => {
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

  it('never call a day missed or a run of weeks lost (docs/clinical-rules.md §10)', () => {
    for (const [lang, places] of Object.entries(both))
      for (const { path, text } of places) expect(streakBlameIn(text), `${lang} ${path}`).toBeUndefined();
  });

  it('never use the words the wording rules forbid (the myth lesson names its idea once, in quotation marks)', () => {
    const mythId = QUOTED_ONCE_NAMESPACE.slice('lesson:'.length);
    for (const [lang, places] of Object.entries(both)) {
      // The list of lessons holds each lesson whole under its index: the myth lesson is one of them.
      const groups = groupBy(places, (place) => (name === 'lessons' ? (/^\[\d+\]/.exec(place.path)?.[0] ?? '') : ''));
      for (const [group, texts] of groups) {
        if (name === QUOTED_ONCE_NAMESPACE || (name === 'lessons' && texts.some((place) => place.text === mythId))) {
          const whole = forbiddenWordsBesidesOneQuote(texts.map((place) => place.text).join('\n'));
          expect(whole, `${lang} ${group}`).toEqual({ words: [], mentions: 1 });
        } else {
          for (const { path, text } of texts) expect(forbiddenWordsIn(text), `${lang} ${path}`).toEqual([]);
        }
      }
    }
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

/** Every part of the catalogue by the folder that owns it (`main`: the core part, in i18n/), with its Dutch keys. */
const partKeys = new Map<string, Set<string>>([['main', new Set(Object.keys(nl))]]);
const englishKeys = new Set(Object.keys(en));
for (const [path, module] of Object.entries(featureParts)) {
  const folder = path.split('/')[1] ?? path;
  for (const part of Object.values(module)) {
    const [dutch, english] = await Promise.all(LANGS.map((lang) => part.load(lang)));
    // A feature may have several parts (the review's card on Today has its own): the folder owns them all.
    partKeys.set(folder, new Set([...(partKeys.get(folder) ?? []), ...Object.keys(dutch ?? {})]));
    for (const key of Object.keys(english ?? {})) englishKeys.add(key);
  }
}
const partOfKey = new Map([...partKeys].flatMap(([part, keys]) => [...keys].map((key) => [key, part] as const)));
const allKeys = new Set(partOfKey.keys());

/** The keys a file names: in t() and tn() calls, and as plain strings (maps of keys, props that pass one on). */
function keysIn(source: string): Set<string> {
  const keys = new Set<string>();
  for (const match of source.matchAll(/\btn\(\s*'([^']+)'/g)) {
    keys.add(`${match[1]}.one`);
    keys.add(`${match[1]}.other`);
  }
  for (const match of source.matchAll(/'([A-Za-z]+\.[\w.]+)'/g))
    if (allKeys.has(match[1] ?? '')) keys.add(match[1] ?? '');
  return keys;
}

/**
 * The modules a source loads inside a part's loader (`<feature>Messages.with(…)`, up to its closing parenthesis,
 * nested loaders included): they render only once that part is there.
 */
function importsInsidePartLoaders(source: string): Set<string> {
  const inside = new Set<string>();
  for (const start of source.matchAll(/Messages\.with\(/g)) {
    let depth = 1;
    let end = (start.index ?? 0) + start[0].length;
    for (; end < source.length && depth > 0; end += 1) {
      if (source[end] === '(') depth += 1;
      else if (source[end] === ')') depth -= 1;
    }
    const loader = source.slice((start.index ?? 0) + start[0].length, end);
    for (const match of loader.matchAll(/\bimport\('([^']+)'\)/g)) inside.add(match[1] ?? '');
  }
  return inside;
}

/**
 * The files that can render before any feature part of the catalogue has loaded: everything `main.tsx` imports,
 * statically or through `import()`, except what a part's loader (`<feature>Messages.with(…)`) wraps. That is the
 * shell, Today and the check-in (fetched at boot beside the core part), and the pages of features without a part.
 */
function renderedWithoutAPart(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    const withPart = importsInsidePartLoaders(source);
    const targets = [
      ...[...source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gms)].map((m) => m[1] ?? ''),
      ...[...source.matchAll(/\bimport\('(\.[^']+)'\)/g)]
        .map((m) => m[1] ?? '')
        .filter((target) => !withPart.has(target)),
    ];
    for (const target of targets) {
      const base = join(dirname(file), target);
      const resolved = ['.ts', '.tsx', '/index.ts', '/index.tsx'].map((ending) => base + ending).find(existsSync);
      if (resolved) visit(resolved);
    }
  };
  visit(entry);
  return [...seen];
}

describe('the catalogue', () => {
  it('contains every key the source uses with t() and tn(), in every folder of the app, in both languages', () => {
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
      expect(allKeys.has(key), `nl is missing ${key}`).toBe(true);
      expect(englishKeys.has(key), `en is missing ${key}`).toBe(true);
    }
  });

  it('has no key in two parts', () => {
    const total = [...partKeys.values()].reduce((sum, keys) => sum + keys.size, 0);
    expect(allKeys.size).toBe(total);
  });

  it('gives each feature its own part, used only by that feature (whose pages load it)', () => {
    for (const part of ['activity', 'exposure', 'backup', 'settings', 'about', 'lessons'])
      expect(partKeys.has(part), part).toBe(true);
    for (const file of sourceFiles(srcDir)) {
      const folder = relative(srcDir, file).split(sep)[0];
      for (const key of keysIn(readFileSync(file, 'utf8'))) {
        const part = partOfKey.get(key);
        if (part !== 'main')
          expect(`${relative(srcDir, file)} uses ${key} of part ${part}`).toBe(
            `${relative(srcDir, file)} uses ${key} of part ${folder}`,
          );
      }
    }
  });

  it('has on everything that renders before a feature part loads (the first screens among it) only core keys', () => {
    const files = renderedWithoutAPart(join(srcDir, 'main.tsx')).map((file) =>
      relative(srcDir, file).split(sep).join('/'),
    );
    // The walk reaches the shell, Today, the check-in and the safety check, and stops at a part's pages.
    for (const page of ['app/Root.tsx', 'app/Today.tsx', 'checkin/CheckInPage.tsx', 'safety/pages/Start.tsx'])
      expect(files).toContain(page);
    for (const page of ['activity/pages/PlanList.tsx', 'exposure/pages/Movements.tsx', 'backup/Backup.tsx'])
      expect(files).not.toContain(page);
    for (const file of files)
      for (const key of keysIn(readFileSync(join(srcDir, file), 'utf8')))
        expect(`${file}: ${key} in part ${partOfKey.get(key)}`).toBe(`${file}: ${key} in part main`);
  });
});
