import type { Lang } from './i18n';

/** How to load the texts of one namespace, one loader per language (each its own chunk). */
export type Loaders<T> = Record<Lang, () => Promise<T>>;

/** The texts of one language right now: there, or still loading (the promise settles when loading ends). */
export type Reading<T> = { ready: true; value: T } | { ready: false; promise: Promise<unknown> };

/** One set of texts in both languages: the main catalogue, the safety texts, one lesson… */
export type Namespace<T> = {
  readonly name: string;
  /** The texts of `lang`, loaded once; a failed load is tried again on the next call. */
  load(lang: Lang): Promise<T>;
  /** The texts of `lang` if they are there; otherwise it starts loading them (for hooks that suspend or wait). */
  read(lang: Lang): Reading<T>;
};

export type TextRegistry = {
  /** Registers a namespace; a second `define` with the same name (a hot reload) replaces its loaders. */
  define<T>(name: string, loaders: Loaders<T>): Namespace<T>;
  /** Every registered namespace, for the tests that walk all texts. */
  namespaces(): readonly Namespace<unknown>[];
  /**
   * Loads `lang` for every namespace that was used in any language, so a
   * language switch finds the open page's texts ready. A namespace that fails
   * here does not stop the switch: its page tries again when it renders.
   */
  loadInUse(lang: Lang): Promise<void>;
  /** The language a loaded value belongs to (for a catalogue passed around without its language). */
  langOf(value: unknown): Lang | undefined;
};

type Entry = { done: boolean; value?: unknown; promise: Promise<unknown> };

/**
 * The one loader and cache of all texts. It only ever calls the loader of the
 * language that is asked for: nothing fetches the other language ahead, so a
 * Dutch first run downloads no English.
 */
export function createTextRegistry(): TextRegistry {
  const loaders = new Map<string, Loaders<unknown>>();
  const namespaces = new Map<string, Namespace<unknown>>();
  const cache = new Map<string, Entry>();
  const inUse = new Set<string>();
  const langs = new WeakMap<object, Lang>();

  function start(name: string, lang: Lang): Entry {
    inUse.add(name);
    const key = `${name}:${lang}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const load = loaders.get(name)?.[lang];
    if (!load) throw new Error(`No texts registered as "${name}"`);
    const entry: Entry = { done: false, promise: Promise.resolve() };
    entry.promise = load().then(
      (value) => {
        entry.value = value;
        entry.done = true;
        if (typeof value === 'object' && value !== null) langs.set(value, lang);
        return value;
      },
      (error: unknown) => {
        // Offline before the chunk was ever cached: forget the attempt, so the next render tries again.
        cache.delete(key);
        throw error;
      },
    );
    cache.set(key, entry);
    return entry;
  }

  function define<T>(name: string, byLang: Loaders<T>): Namespace<T> {
    loaders.set(name, byLang);
    const namespace: Namespace<T> = {
      name,
      // The entry holds what this namespace's own loader returned, so the value is a T.
      load: (lang) => start(name, lang).promise as Promise<T>,
      read: (lang) => {
        const entry = start(name, lang);
        return entry.done ? { ready: true, value: entry.value as T } : { ready: false, promise: entry.promise };
      },
    };
    namespaces.set(name, namespace);
    return namespace;
  }

  return {
    define,
    namespaces: () => [...namespaces.values()],
    loadInUse: async (lang) => {
      await Promise.all([...inUse].map((name) => start(name, lang).promise.catch(() => undefined)));
    },
    langOf: (value) => (typeof value === 'object' && value !== null ? langs.get(value) : undefined),
  };
}

/** The app's registry: every namespace of every feature, the main catalogue included. */
export const textRegistry = createTextRegistry();
