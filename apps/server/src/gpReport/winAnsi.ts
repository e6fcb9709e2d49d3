/**
 * The standard PDF fonts (Helvetica) encode text as WinAnsi (Windows-1252):
 * Latin-1 plus 27 characters in 0x80–0x9F, among them the typographic quotes
 * ‘ ’ “ ” and the dashes our texts use. pdf-lib throws on anything else, and
 * the report holds words the person and the therapist typed, so every text
 * passes through {@link winAnsiSafe} first.
 */

/** The characters WinAnsi puts at 0x80–0x9F (0x81, 0x8D, 0x8F, 0x90 and 0x9D are unused). */
const HIGH = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

/** Characters with a plain stand-in. */
const STAND_INS: Readonly<Record<string, string>> = {
  '≥': '>=',
  '≤': '<=',
  '→': '->',
  '←': '<-',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '′': "'",
  '″': '"',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u200b': '',
};

/**
 * Whether WinAnsi (and so Helvetica in a PDF) can show this one character.
 *
 * @example
 * isWinAnsi('ë') // true
 * isWinAnsi('’') // true
 * isWinAnsi('→') // false
 */
export function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || HIGH.includes(char);
}

/**
 * The text as Helvetica can show it: line breaks and tabs become spaces, a
 * few symbols get a plain stand-in, a letter outside WinAnsi loses its
 * accent when that helps (ł stays ?, ő becomes o), and anything else becomes
 * `?`. Dutch letters (ë, é, ï, ü…) and typographic quotes stay as they are.
 *
 * @example
 * winAnsiSafe('Patiënt “zegt”: pijn ≥ 7 → 🙂') // 'Patiënt “zegt”: pijn >= 7 -> ?'
 */
export function winAnsiSafe(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    if (isWinAnsi(char)) out += char;
    else if (char === '\n' || char === '\r' || char === '\t') out += ' ';
    else if (STAND_INS[char] !== undefined) out += STAND_INS[char];
    else {
      const bare = char.normalize('NFD').replace(/\p{M}/gu, '');
      out += [...bare].every(isWinAnsi) && bare !== '' ? bare : '?';
    }
  }
  return out;
}
