/**
 * docs/clinical-rules.md §8 (KNGF wording rules): words patient-facing text never uses.
 * Dutch stems are matched inside words too, because Dutch glues words
 * together ("rugletsel", "aspecifieke").
 */
export const FORBIDDEN_WORDS: readonly { word: string; pattern: RegExp }[] = [
  { word: 'letsel', pattern: /letsel/i },
  { word: 'degeneratie', pattern: /degenerat/i },
  { word: 'slijtage', pattern: /slijtage/i },
  { word: 'aspecifiek', pattern: /aspecifiek/i },
  { word: 'injury', pattern: /\binjur(y|ies)\b/i },
  { word: 'wear and tear', pattern: /\bwear[\s-]+and[\s-]+tear\b/i },
  { word: 'non-specific', pattern: /\bnon[\s-]?specific\b/i },
];

/** The forbidden words a text uses (empty when it follows the rules). */
export function forbiddenWordsIn(text: string): string[] {
  return FORBIDDEN_WORDS.filter(({ pattern }) => pattern.test(text)).map(({ word }) => word);
}

/** Every string inside a value (objects, arrays), with its path, for checking whole text modules. */
export function allStrings(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => allStrings(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => allStrings(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/**
 * The one lesson that may name a forbidden idea, once and in quotation marks, to take it apart
 * (docs/clinical-rules.md §8: the "worn-out back" myth).
 */
export const QUOTED_ONCE_NAMESPACE = 'lesson:the-worn-out-back-myth';
const QUOTED_MENTION = /["“](slijtage|wear and tear)["”]/i;

/**
 * The forbidden words in a whole text that may name the idea once, in quotation marks: the first quoted mention
 * is taken out, then the rest must be clean. `mentions` says how many quoted mentions there were.
 *
 * @example
 * forbiddenWordsBesidesOneQuote('Het heet "slijtage". Dat klopt niet.') // { words: [], mentions: 1 }
 * forbiddenWordsBesidesOneQuote('"slijtage" en nog eens slijtage') // { words: ['slijtage'], mentions: 1 }
 */
export function forbiddenWordsBesidesOneQuote(text: string): { words: string[]; mentions: number } {
  const mentions = [...text.matchAll(new RegExp(QUOTED_MENTION.source, 'gi'))].length;
  return { words: forbiddenWordsIn(text.replace(QUOTED_MENTION, '')), mentions };
}

// A text about weeks in a row (the gentle streak of docs/clinical-rules.md §10) …
const ABOUT_A_RUN = /\b(streaks?|in a row|op rij|reeks(en)?)\b/i;
// … never says the run ended, and no text calls a day missed or a failure.
const RUN_LOST =
  /\b(lost|lose|losing|broke|broken|break|ended|reset|over|gone|kwijt|verloren|verliezen|verbroken|gebroken|voorbij|weg|gestopt|opnieuw)\b/i;
const DAY_BLAMED = /\b(missed|missing|skipped|failed|failure|gemist|overgeslagen|mislukt|mislukking|gefaald|falen)\b/i;

/**
 * Why a text would blame the person for a missed day or a lost run, or
 * `undefined` when it does not (§8: no blame, no guilt, no shame about missed
 * days; §10: no "streak lost" anywhere). "Saving failed" is about the app,
 * so only words about days and runs are looked for.
 *
 * @example
 * streakBlameIn('Your streak is lost.') // 'a run of weeks that ended'
 * streakBlameIn('You missed 2 days.') // 'a missed day'
 * streakBlameIn('3 weeks in a row.') // undefined
 */
export function streakBlameIn(text: string): string | undefined {
  if (ABOUT_A_RUN.test(text) && RUN_LOST.test(text)) return 'a run of weeks that ended';
  if (DAY_BLAMED.test(text) && /\b(day|days|dag|dagen|week|weken|check-in)\b/i.test(text)) return 'a missed day';
  return undefined;
}
