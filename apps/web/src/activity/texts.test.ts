import { describe, expect, it } from 'vitest';
import en from '../i18n/messages/en.json';
import nl from '../i18n/messages/nl.json';

// The keys of graded activity and graded exposure. The lesson on building up is checked the same way in lessons/.
const PREFIXES = ['plan.', 'plans.', 'planNew.', 'session.', 'followUp.', 'proposal.', 'movements.', 'activity.'];
const ours = (messages: Record<string, string>) =>
  Object.entries(messages).filter(([key]) => PREFIXES.some((prefix) => key.startsWith(prefix)));

describe('the texts of graded activity and graded exposure', () => {
  // The generic checks (both languages, placeholders, wording rules, {count} in plural pairs) are in i18n/catalogues.test.ts.
  it('say a number of times only through the plural rule, never a bare number before "times" or "keer"', () => {
    for (const messages of [nl, en]) {
      for (const [key, text] of ours(messages))
        expect(text, key).not.toMatch(/\{(done|total|sessions|better)\} (keer|times)\b/);
    }
  });

  it('use one word for a time you do the activity, and explain measuring in plain words', () => {
    for (const [key, text] of ours(nl)) expect(text.toLowerCase(), key).not.toMatch(/sessie|nulmeting|\bmeting/);
    for (const [key, text] of ours(en)) expect(text.toLowerCase(), key).not.toMatch(/\bsession|\bbaseline/);
  });

  it('say "symptoms", never "complaints", in English', () => {
    for (const [key, text] of ours(en)) expect(text.toLowerCase(), key).not.toContain('complaint');
  });

  it('present both ways to build up without calling one recommended', () => {
    for (const messages of [nl, en]) {
      expect(messages['planNew.mode.symptom']).not.toMatch(/aangeraden|suggested|recommended/i);
      expect(messages['planNew.mode.time.hint']).not.toMatch(/samen met je|together with your|alleen met|only with/i);
    }
  });

  it('ask for a baseline until you would normally stop, never until pain says stop', () => {
    const baseline = ['planNew.how.1', 'plan.baseline.text', 'session.baseline.text'] as const;
    for (const key of baseline) {
      expect(nl[key], key).toContain('normaal zou stoppen');
      expect(nl[key], key).toContain('Ga niet door de pijn heen');
      expect(en[key], key).toContain('would normally stop');
      expect(en[key], key).toContain('Do not push through');
    }
    for (const text of [...Object.values(nl), ...Object.values(en)]) {
      expect(text).not.toMatch(/pijn of moeheid zegt|pain or tiredness says/);
    }
  });

  it('promise no reminders or messages the app does not send', () => {
    for (const [key, text] of [...ours(nl), ...ours(en)])
      expect(text, key).not.toMatch(/herinner|remind|melding krijg/i);
  });

  it('never ask how much damage or harm an exposure caused, and name only the ends of the fear scale', () => {
    for (const messages of [nl, en]) {
      for (const [key, text] of Object.entries(messages)) {
        if (key.startsWith('movements.practise.') && key.endsWith('.label'))
          expect(text, key).not.toMatch(/schade|harm/i);
        if (key.startsWith('movements.results.')) expect(text, key).not.toMatch(/schade|harm/i);
      }
      expect(Object.keys(messages).filter((key) => key.startsWith('movements.rate.anchor.'))).toEqual([
        'movements.rate.anchor.0',
        'movements.rate.anchor.100',
      ]);
    }
    expect(en['movements.rate.anchor.100']).toBe('extremely harmful');
  });

  it('say the stop rule on every exposure step', () => {
    expect(nl['movements.practise.stop']).toMatch(/scherpe pijn die blijft/);
    expect(en['movements.practise.stop']).toMatch(/sharp pain that stays/);
  });
});
