import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
// Type-only: the Dutch catalogue defines which keys exist, without bundling it here.
import type nl from './messages/nl.json';

export type MessageKey = keyof typeof nl;
export type Messages = Record<MessageKey, string>;
export type Lang = 'nl' | 'en';
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;
/** The base of a plural message: the catalogue has `<base>.one` and `<base>.other`. */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}.one` ? Base : never }[MessageKey];
/**
 * Translates a message that depends on a number, with the language's own plural
 * rule (`Intl.PluralRules`): `count` is also passed as the `{count}` placeholder.
 */
export type TranslatePlural = (key: PluralKey, count: number, params?: Params) => string;

export const LANGS: readonly Lang[] = ['nl', 'en'];
const STORAGE_KEY = 'veerkracht.lang';

// One chunk per language: only the active catalogue is downloaded on first load
// (the service worker precaches both, so switching works offline).
const loaders: Record<Lang, () => Promise<Messages>> = {
  nl: () => import('./messages/nl.json').then((module) => module.default),
  en: () => import('./messages/en.json').then((module) => module.default),
};

/**
 * Fills `{name}` placeholders; a placeholder without a value stays visible, so
 * a missing parameter shows up in testing instead of vanishing.
 */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** A translate function over one catalogue. */
export function translator(messages: Messages): Translate {
  return (key, params) => interpolate(messages[key], params);
}

/** The plural form (`one` or `other`) a count takes in a language; Dutch and English know only these two. */
export function pluralForm(lang: Lang, count: number): 'one' | 'other' {
  return new Intl.PluralRules(LOCALES[lang]).select(count) === 'one' ? 'one' : 'other';
}

/**
 * A plural translate function over one catalogue.
 *
 * @example
 * pluralTranslator(en, 'en')('movements.list.practised', 1) // 'practised once'
 */
export function pluralTranslator(messages: Messages, lang: Lang): TranslatePlural {
  return (key, count, params) =>
    interpolate(messages[`${key}.${pluralForm(lang, count)}` as MessageKey], { count, ...params });
}

/** Picks the form of a text pair `{ one, other }` (for the lazily loaded text modules) and fills `{count}`. */
export function pluralText(lang: Lang, forms: { one: string; other: string }, count: number, params?: Params): string {
  return interpolate(forms[pluralForm(lang, count)], { count, ...params });
}

export function loadMessages(lang: Lang): Promise<Messages> {
  return loaders[lang]();
}

/** The language the person chose before, Dutch otherwise. */
export function storedLang(): Lang {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'en' || value === 'nl' ? value : 'nl';
  } catch {
    // Storage can be blocked (private mode, policies): fall back to Dutch.
    return 'nl';
  }
}

export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembering the choice is acceptable; the switch still works for this visit.
  }
}

export type I18n = { lang: Lang; t: Translate; tn: TranslatePlural; setLang: (lang: Lang) => void };

export const I18nContext = createContext<I18n>({
  lang: 'nl',
  t: (key) => key,
  tn: (key, count) => `${key} ${count}`,
  setLang: () => undefined,
});

export function useI18n(): I18n {
  return useContext(I18nContext);
}

const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A number as the person reads it: `7,5` in Dutch, `7.5` in English. */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(value);
}

/** A calendar day (`YYYY-MM-DD`) in words, e.g. "maandag 23 november". */
export function formatDay(isoDate: string, lang: Lang, style: 'long' | 'short' = 'long'): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'long'
      ? { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }
      : { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' };
  // Noon UTC of that day, formatted in UTC: the day can never shift with a time zone.
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(new Date(`${isoDate}T12:00:00Z`));
}

/** A calendar day (`YYYY-MM-DD`) in words with its year, e.g. "vrijdag 28 november 2025", for days far from today. */
export function formatFullDay(isoDate: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T12:00:00Z`));
}
