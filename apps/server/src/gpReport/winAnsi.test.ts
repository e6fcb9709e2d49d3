import { describe, expect, it } from 'vitest';
import { isWinAnsi, winAnsiSafe } from './winAnsi.js';

describe('text for the standard PDF fonts', () => {
  it('keeps Dutch letters, typographic quotes, dashes and the euro sign as they are', () => {
    const text = 'Patiënt’s “knieën” – café, één, reünie, ‘hé’ — € 5 · 7 × 2';
    expect(winAnsiSafe(text)).toBe(text);
    for (const char of text) expect(isWinAnsi(char), char).toBe(true);
  });

  it('replaces what WinAnsi cannot show, so pdf-lib never throws on typed text', () => {
    expect(winAnsiSafe('pijn ≥ 7 → rust\nnu')).toBe('pijn >= 7 -> rust nu');
    expect(winAnsiSafe('Łódź Ősz 🙂 中')).toBe('?ódz Osz ? ?');
    // A decomposed ë (e + combining diaeresis) is joined first.
    expect(winAnsiSafe('Patie\u0308nt')).toBe('Patiënt');
  });
});
