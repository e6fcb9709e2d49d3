import { describe, expect, it } from 'vitest';
import { forbiddenWordsBesidesOneQuote, forbiddenWordsIn, streakBlameIn } from './wordingRules';

describe('the wording rules', () => {
  it('find forbidden words inside Dutch compounds and in English', () => {
    expect(forbiddenWordsIn('Een rugletsel door aspecifieke slijtage')).toEqual(['letsel', 'slijtage', 'aspecifiek']);
    expect(forbiddenWordsIn('An injury from wear and tear')).toEqual(['injury', 'wear and tear']);
    expect(forbiddenWordsIn('Je rug is sterk.')).toEqual([]);
  });

  it('let the myth lesson name its idea once, in quotation marks, and nothing more', () => {
    expect(forbiddenWordsBesidesOneQuote('Men zegt "slijtage". Dat klopt niet.')).toEqual({ words: [], mentions: 1 });
    expect(forbiddenWordsBesidesOneQuote('It is called “wear and tear”. That is wrong.')).toEqual({
      words: [],
      mentions: 1,
    });
    // A second quoted mention, or one without quotation marks, is still caught.
    expect(forbiddenWordsBesidesOneQuote('"slijtage" en "slijtage"')).toEqual({ words: ['slijtage'], mentions: 2 });
    expect(forbiddenWordsBesidesOneQuote('Het is slijtage.')).toEqual({ words: ['slijtage'], mentions: 0 });
    expect(forbiddenWordsBesidesOneQuote('"slijtage" en een letsel')).toEqual({ words: ['letsel'], mentions: 1 });
  });

  it('find a run of weeks called lost and a day called missed, in both languages', () => {
    expect(streakBlameIn('Your streak is lost.')).toBe('a run of weeks that ended');
    expect(streakBlameIn('Je reeks is verbroken.')).toBe('a run of weeks that ended');
    expect(streakBlameIn('Je was 3 weken op rij actief. Nu is het voorbij.')).toBe('a run of weeks that ended');
    expect(streakBlameIn('You missed 2 days this week.')).toBe('a missed day');
    expect(streakBlameIn('Je hebt gisteren een dag overgeslagen.')).toBe('a missed day');
    expect(streakBlameIn('Je bent 3 weken op rij actief geweest.')).toBeUndefined();
    expect(streakBlameIn('Saving failed. Nothing is lost.')).toBeUndefined();
  });
});
