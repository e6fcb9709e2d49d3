import { useState } from 'preact/hooks';
import { type Lang, useI18n } from './i18n';
import { type Loaders, type Namespace, type Reading, textRegistry } from './registry';

/** A paragraph list: each string is one short paragraph (B1: one idea per paragraph). */
export type Paragraphs = readonly string[];

/** A namespace of texts with the hooks its pages use. */
export type Texts<T> = Namespace<T> & {
  /** The texts in the person's language; suspends while they load (the router keeps the previous screen). */
  useTexts: () => T;
  /** Like `useTexts`, but `undefined` while loading, for pages that show their own heading meanwhile. */
  useTextsOrUndefined: () => T | undefined;
  /** Loads a language ahead (never rejects), so a route opens with its texts ready. */
  preload: (lang: Lang) => Promise<void>;
};

/**
 * The texts of `namespace` in the person's language as a `Reading` (`undefined`
 * without a namespace). While they load, the component re-renders itself when
 * they arrive, like preact-iso's `lazy`: the router reuses the same element,
 * so nothing else would render it again.
 */
function useReading<T>(namespace: Namespace<T> | undefined): Reading<T> | undefined {
  const { lang } = useI18n();
  const [, rerender] = useState(0);
  if (!namespace) return undefined;
  const reading = namespace.read(lang);
  if (!reading.ready) {
    const again = () => rerender((n) => n + 1);
    void reading.promise.then(again, again);
  }
  return reading;
}

/** The texts of `namespace` in the person's language, `undefined` while they load or without a namespace. */
export function useNamespaceOrUndefined<T>(namespace: Namespace<T> | undefined): T | undefined {
  const reading = useReading(namespace);
  return reading?.ready ? reading.value : undefined;
}

/**
 * Registers the texts of one area of the app (the safety check, a lesson…)
 * as a namespace of the one text registry, with a loader per language. The
 * long texts load only when a page of that area opens, and only in the
 * person's language; a language switch loads the other language of every
 * namespace in use before it happens (`loadMessages`). The service worker
 * precaches every module, so they work offline too.
 */
export function defineTexts<T>(name: string, loaders: Loaders<T>): Texts<T> {
  const namespace = textRegistry.define(name, loaders);
  return {
    ...namespace,
    useTexts: () => {
      const reading = useReading(namespace);
      if (reading?.ready) return reading.value;
      // Suspends: the router keeps the previous screen until the texts are there (a failed load is retried).
      throw reading?.promise.catch(() => undefined) ?? new Error(`No texts "${name}"`);
    },
    useTextsOrUndefined: () => useNamespaceOrUndefined(namespace),
    preload: (lang) =>
      namespace.load(lang).then(
        () => undefined,
        () => undefined,
      ),
  };
}
