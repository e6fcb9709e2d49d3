import { weekdayOf } from '@veerkracht/core';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
// Type-only: the Dutch catalogue defines which keys exist, without bundling it here.
import type nl from './messages/nl.json';
import { type Loaders, textRegistry } from './registry';

/**
 * The parts of the one catalogue of short texts, by name: the core part here
 * (what the first screens show: the shell, Today, the check-in, the safety
 * check), and one part per feature, which that feature adds in its own
 * `messages.ts` by declaration merging. A part is loaded with the pages and
 * Today cards of its feature (`defineCataloguePart`), so the first load
 * carries only the core part (docs/architecture.md, "Texts").
 */
// An interface, not a type: only interfaces can be merged from the features' files.
export interface CatalogueParts {
  main: typeof nl;
}
export type MessageKey = { [Part in keyof CatalogueParts]: keyof CatalogueParts[Part] & string }[keyof CatalogueParts];
/**
 * The catalogue of one language as loaded so far. The type lists every key;
 * a feature's keys are there once its part has loaded, which its pages and
 * cards wait for before they render (a test checks that the first screens use
 * only core keys and that each feature uses only its own).
 */
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
const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * The main namespace of the one text registry: the short interface texts. One
 * chunk per language, so only the person's catalogue is downloaded (the service
 * worker precaches both, so switching works offline).
 */
const main = textRegistry.define<Messages>('main', {
  nl: () => import('./messages/nl.json').then((module) => assemble('nl', module.default)),
  en: () => import('./messages/en.json').then((module) => assemble('en', module.default)),
});

/** Per language, one object holding every part loaded so far: the catalogue `t` reads. */
const assembled = new Map<Lang, Record<string, string>>();

/**
 * Adds a loaded part to its language's catalogue and returns that catalogue.
 * The object stays the same as parts arrive, so a translate function made
 * before a feature's part loaded also finds the new keys.
 */
function assemble(lang: Lang, part: Readonly<Record<string, string>>): Messages {
  let whole = assembled.get(lang);
  if (!whole) {
    whole = {};
    assembled.set(lang, whole);
  }
  Object.assign(whole, part);
  // Every key the type lists is there once the parts that use it are loaded (see `Messages`).
  return whole as Messages;
}

/** One feature's part of the catalogue. */
export type CataloguePart = {
  /** The part's name in the text registry (`<feature>.messages`). */
  readonly name: string;
  /** Loads the part in `lang` (once) into that language's catalogue; resolves with the part's own texts. */
  load(lang: Lang): Promise<Readonly<Record<string, string>>>;
  /**
   * Wraps a page or card loader so the part loads beside it, in the language
   * now in use: the page renders only when both are there.
   *
   * @example
   * lazy(activityMessages.with(() => import('./pages/PlanList').then((m) => m.PlanList)))
   */
  with<T>(load: () => Promise<T>): () => Promise<T>;
};

/**
 * Registers a feature's part of the catalogue in the one text registry: one
 * chunk per language, only the person's language is fetched, and a language
 * switch loads the other language of every part in use first (`loadMessages`).
 */
export function defineCataloguePart(name: string, loaders: Loaders<Readonly<Record<string, string>>>): CataloguePart {
  const joined = (lang: Lang) => async () => {
    const texts = await loaders[lang]();
    assemble(lang, texts);
    return texts;
  };
  const part = textRegistry.define(name, { nl: joined('nl'), en: joined('en') });
  return {
    name,
    load: (lang) => part.load(lang),
    with: (loadPage) => () => Promise.all([loadPage(), part.load(activeLang())]).then(([page]) => page),
  };
}

let languageInUse: Lang | undefined;

/** The language the app shows now (before the first catalogue has loaded: the one the person chose before). */
export function activeLang(): Lang {
  return languageInUse ?? storedLang();
}

/**
 * Fills `{name}` placeholders: the one interpolation of every text, the
 * catalogues' and the long texts'. With a language, a number is written the
 * way that language writes it (`formatNumber`: 7,5 in Dutch; whole numbers as they are, so a year stays 2026). A placeholder
 * without a value stays visible, so a missing parameter shows up in testing
 * instead of vanishing.
 */
export function interpolate(template: string, params?: Params, lang?: Lang): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name];
    // Whole numbers go in as they are: a year or a limit ("1900 tot en met 2026") must not get a thousands point.
    return typeof value === 'number' && lang && !Number.isInteger(value) ? formatNumber(value, lang) : String(value);
  });
}

/**
 * A translate function over one catalogue. Without `lang`, the language is
 * the one the registry loaded this catalogue for (unknown for a catalogue it
 * did not load: numbers are then written as JavaScript writes them).
 */
export function translator(messages: Messages, lang: Lang | undefined = textRegistry.langOf(messages)): Translate {
  return (key, params) => interpolate(messages[key], params, lang);
}

// Building plural rules is slow compared to using them: one per language, made once.
const PLURAL_RULES = new Map<Lang, Intl.PluralRules>();

/**
 * The plural form (`one` or `other`) a count takes in a language, by the
 * language's own rule (`Intl.PluralRules`): Dutch and English use only these two.
 */
export function pluralForm(lang: Lang, count: number): 'one' | 'other' {
  let rules = PLURAL_RULES.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALES[lang]);
    PLURAL_RULES.set(lang, rules);
  }
  return rules.select(count) === 'one' ? 'one' : 'other';
}

/**
 * A plural translate function over one catalogue: `tn(base, count)` reads
 * `<base>.one` or `<base>.other`, chosen by `pluralForm`.
 *
 * @example
 * pluralTranslator(en, 'en')('movements.list.practised', 1) // 'practised once'
 */
export function pluralTranslator(messages: Messages, lang: Lang): TranslatePlural {
  return (key, count, params) =>
    interpolate(messages[`${key}.${pluralForm(lang, count)}` as MessageKey], { count, ...params }, lang);
}

/**
 * The same plural choice for a long text: picks `one` or `other` of a text
 * pair and fills `{count}` and the other placeholders.
 *
 * @example
 * plural('nl', 3, { one: '{count} nacht', other: '{count} nachten' }) // '3 nachten'
 */
export function plural(lang: Lang, count: number, forms: { one: string; other: string }, params?: Params): string {
  return interpolate(forms[pluralForm(lang, count)], { count, ...params }, lang);
}

/**
 * The catalogue of a language (its core part and every feature part in use),
 * and with it that language of every long text in use: called at boot (nothing else in use yet) and on a language
 * switch, so the open page has all its texts before the language changes.
 */
export async function loadMessages(lang: Lang): Promise<Messages> {
  const [messages] = await Promise.all([main.load(lang), textRegistry.loadInUse(lang)]);
  // A page that started loading its part during the switch loaded it in the old language: load the new one too.
  await textRegistry.loadInUse(lang);
  languageInUse = lang;
  return messages;
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

/** A number as the person reads it: `7,5` in Dutch, `7.5` in English. */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(value);
}

export type DayFormatOptions = {
  /**
   * A day (e.g. today, `YYYY-MM-DD`): the year is added when the formatted day
   * falls in another year, so a day far from today is never read as this year's.
   */
  withYearIfNot?: string;
};

/** True when the year must be written: the day is not in the same year as `options.withYearIfNot`. */
function needsYear(isoDate: string, options: DayFormatOptions): boolean {
  return options.withYearIfNot !== undefined && options.withYearIfNot.slice(0, 4) !== isoDate.slice(0, 4);
}

/**
 * The month or weekday names of the core catalogue (`date.monthName.1` … `.12`, `date.weekdayName.1` … `.7`, Monday
 * first), or `undefined` while the catalogue of `lang` has not loaded. The app writes days with these instead of
 * `Intl.DateTimeFormat`: the first formatter a page builds starts ICU, which took 40–50 ms of Today's first render
 * (decisions 0022 and 0042).
 */
function catalogueNames(lang: Lang, kind: 'monthName' | 'weekdayName'): string[] | undefined {
  const catalogue = assembled.get(lang);
  const names = Array.from(
    { length: kind === 'monthName' ? 12 : 7 },
    (_, index) => catalogue?.[`date.${kind}.${index + 1}`],
  );
  return names.every((name) => name !== undefined) ? (names as string[]) : undefined;
}

/** A day in words from the catalogue's names ("vrijdag 28 november 2025"), or `undefined` before it has loaded. */
function dayInWords(isoDate: string, lang: Lang, withWeekday: boolean, withYear: boolean): string | undefined {
  const month = catalogueNames(lang, 'monthName')?.[Number(isoDate.slice(5, 7)) - 1];
  const weekday = withWeekday ? catalogueNames(lang, 'weekdayName')?.[weekdayOf(isoDate) - 1] : '';
  if (!month || weekday === undefined) return undefined;
  const day = `${Number(isoDate.slice(8, 10))} ${month}${withYear ? ` ${isoDate.slice(0, 4)}` : ''}`;
  return weekday ? `${weekday} ${day}` : day;
}

/**
 * A calendar day (`YYYY-MM-DD`) in words, e.g. "maandag 23 november"; with
 * `{ withYearIfNot: today }` also the year when it is not this year
 * ("vrijdag 28 november 2025").
 */
export function formatDay(
  isoDate: string,
  lang: Lang,
  style: 'long' | 'short' = 'long',
  options: DayFormatOptions = {},
): string {
  if (style === 'long') {
    const words = dayInWords(isoDate, lang, true, needsYear(isoDate, options));
    if (words) return words;
  }
  const format: Intl.DateTimeFormatOptions =
    style === 'long'
      ? { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }
      : { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' };
  if (needsYear(isoDate, options)) format.year = 'numeric';
  // Noon UTC of that day, formatted in UTC: the day can never shift with a time zone.
  return new Intl.DateTimeFormat(LOCALES[lang], format).format(new Date(`${isoDate}T12:00:00Z`));
}

/** A calendar day without its weekday, short, for the axis of a chart: "5 mrt", or "5 mrt 2025" in another year. */
export function formatShortDate(isoDate: string, lang: Lang, options: DayFormatOptions = {}): string {
  const format: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', timeZone: 'UTC' };
  if (needsYear(isoDate, options)) format.year = 'numeric';
  return new Intl.DateTimeFormat(LOCALES[lang], format).format(new Date(`${isoDate}T12:00:00Z`));
}

/** A calendar day as day and month in words, e.g. "23 november", with the year when it is not this year's. */
export function formatDayMonth(isoDate: string, lang: Lang, options: DayFormatOptions = {}): string {
  const words = dayInWords(isoDate, lang, false, needsYear(isoDate, options));
  if (words) return words;
  const format: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', timeZone: 'UTC' };
  if (needsYear(isoDate, options)) format.year = 'numeric';
  return new Intl.DateTimeFormat(LOCALES[lang], format).format(new Date(`${isoDate}T12:00:00Z`));
}

/** The names of the seven weekdays in a language, Monday first ("maandag" … "zondag"). */
export function weekdayNames(lang: Lang): string[] {
  const names = catalogueNames(lang, 'weekdayName');
  if (names) return names;
  const format = new Intl.DateTimeFormat(LOCALES[lang], { weekday: 'long', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, day) => format.format(new Date(Date.UTC(2024, 0, 1 + day, 12))));
}

/** The names of the twelve months in a language, January first ("januari" … "december"). */
export function monthNames(lang: Lang): string[] {
  const names = catalogueNames(lang, 'monthName');
  if (names) return names;
  const format = new Intl.DateTimeFormat(LOCALES[lang], { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, month) => format.format(new Date(Date.UTC(2000, month, 15))));
}

/** The locale (e.g. `nl-NL`) the app formats a language with. */
export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

/** A calendar day (`YYYY-MM-DD`) in words with its year, e.g. "vrijdag 28 november 2025", for days far from today. */
export function formatFullDay(isoDate: string, lang: Lang): string {
  const words = dayInWords(isoDate, lang, true, true);
  if (words) return words;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T12:00:00Z`));
}
