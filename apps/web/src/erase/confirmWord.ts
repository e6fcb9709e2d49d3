/**
 * Whether the person typed the confirming word: spaces around it and the
 * case of the letters do not matter, anything else does.
 *
 * @example
 * confirmWordMatches(' wissen ', 'WISSEN') // true
 * confirmWordMatches('WISSE', 'WISSEN') // false
 */
export function confirmWordMatches(typed: string, word: string): boolean {
  return typed.trim().toLocaleUpperCase() === word.toLocaleUpperCase();
}
