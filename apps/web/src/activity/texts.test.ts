import { describe, expect, it } from 'vitest';
import { type Messages, pluralTranslator } from '../i18n/i18n';
import en from './messages/en.json';
import nl from './messages/nl.json';

// Graded activity's part of the catalogue (the movements' texts are checked in exposure/, the lesson on building up
// in lessons/).
const ours = (messages: Record<string, string>) => Object.entries(messages);

describe('the texts of graded activity', () => {
  it('never say "1 times"', () => {
    // The part's own texts as a catalogue: only its keys are read here.
    const tn = pluralTranslator(en as Partial<Messages> as Messages, 'en');
    expect(tn('plan.chart.summary', 1, { quota: 'x', goal: 'y' })).not.toMatch(/\b1 times/);
    expect(tn('plan.chart.summary', 3, { quota: 'x', goal: 'y' })).toMatch(/3 times/);
  });

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
});
