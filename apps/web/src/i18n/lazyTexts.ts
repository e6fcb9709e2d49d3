import { useState } from 'preact/hooks';
import { LANGS, type Lang, useI18n } from './i18n';

/** A paragraph list: each string is one short paragraph (B1: one idea per paragraph). */
export type Paragraphs = readonly string[];

type Entry = { value?: unknown; done: boolean; promise?: Promise<void> };
const entries = new Map<string, Entry>();

function start<T>(key: string, load: () => Promise<T>): Entry {
  let entry = entries.get(key);
  if (!entry) {
    const fresh: Entry = { done: false };
    fresh.promise = load().then(
      (value) => {
        fresh.value = value;
        fresh.done = true;
      },
      () => {
        // A failed load (offline before the first visit) is tried again next time.
        entries.delete(key);
      },
    );
    entries.set(key, fresh);
    entry = fresh;
  }
  return entry;
}

/** Starts loading `key` (once) and resolves when it is there; for route loaders that want texts ready. */
export function preload<T>(key: string, load: () => Promise<T>): Promise<void> {
  return start(key, load).promise ?? Promise.resolve();
}

/**
 * Loads `key` once and returns its value; until it is there, the component
 * suspends (throws the loading promise) and the router keeps the previous
 * screen. Like preact-iso's `lazy`, the component re-renders itself when the
 * value arrives (the router reuses the same element, so it would not).
 * Routes preload their texts (`preload`), so a normal page opening never
 * waits here; this covers a language switch on an open page.
 */
export function useLoaded<T>(key: string, load: () => Promise<T>): T {
  const [, rerender] = useState(0);
  const entry = start(key, load);
  if (entry.done) return entry.value as T;
  const promise = entry.promise as Promise<void>;
  void promise.then(() => rerender((n) => n + 1));
  throw promise;
}

/**
 * Like `useLoaded`, but returns `undefined` while loading instead of
 * suspending, for pages that show their own heading while their content loads.
 */
export function useLoadedValue<T>(key: string, load: () => Promise<T>): T | undefined {
  const [, rerender] = useState(0);
  const entry = start(key, load);
  if (entry.done) return entry.value as T;
  void entry.promise?.then(() => rerender((n) => n + 1));
  return undefined;
}

/**
 * Texts of one area of the app (the safety check, a lesson…) in per-language
 * modules that load only when a page of that area is opened, so long texts
 * never weigh on the first load. The service worker precaches every module,
 * so they work offline too. `useTexts()` returns the texts of the current
 * language (suspending while they load, see `useLoaded`); once one language
 * is there, the other is fetched quietly, so a language switch is instant.
 */
export function lazyTexts<T>(
  name: string,
  loaders: Record<Lang, () => Promise<T>>,
): { useTexts: () => T; preload: (lang: Lang) => Promise<void> } {
  const key = (lang: Lang) => `${name}:${lang}`;
  function useTexts(): T {
    const { lang } = useI18n();
    const texts = useLoaded(key(lang), loaders[lang]);
    for (const other of LANGS) if (other !== lang) start(key(other), loaders[other]);
    return texts;
  }
  return { useTexts, preload: (lang) => preload(key(lang), loaders[lang]) };
}
