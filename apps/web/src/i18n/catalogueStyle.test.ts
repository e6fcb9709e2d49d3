import { describe, expect, it } from 'vitest';
import moreEn from '../app/messages/en.json';
import moreNl from '../app/messages/nl.json';
import coreEn from './messages/en.json';
import coreNl from './messages/nl.json';

// The "More" page's lines are a part of their own (app/messages), but general pages' texts all the same.
const nl = { ...coreNl, ...moreNl };
const en = { ...coreEn, ...moreEn };

// The general pages' keys (check-in, history, today, backup, measures, more, sync, settings, dates).
const PREFIXES = ['checkin.', 'history.', 'today.', 'backup.', 'measures.', 'more.', 'sync.', 'settings.', 'date.'];
const general = (messages: Record<string, string>) =>
  Object.entries(messages).filter(([key]) => PREFIXES.some((prefix) => key.startsWith(prefix)));

describe('the texts of the general pages', () => {
  it('never name a questionnaire only by its abbreviation', () => {
    for (const [key, text] of [...general(nl), ...general(en)]) {
      expect(text, key).not.toMatch(/\bPSK\b|\bPSFS\b/);
      // "STarT Back" only next to words that say what it is about.
      if (text.includes('STarT Back')) expect(text.replace(/\(STarT Back\)/, '').trim(), key).not.toBe('');
      if (text.includes('STarT Back')) expect(text, key).toMatch(/\(STarT Back\)/);
    }
  });

  it('say "symptoms", never "complaints", in English', () => {
    for (const [key, text] of general(en)) expect(text.toLowerCase(), key).not.toContain('complaint');
  });
});
