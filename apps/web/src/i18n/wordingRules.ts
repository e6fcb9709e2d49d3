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
