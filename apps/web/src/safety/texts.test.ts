import { describe, expect, it } from 'vitest';
import { allStrings } from '../i18n/wordingRules';
import { en } from './texts/en';
import { nl } from './texts/nl';

const modules = { nl, en };

// Both languages, empty texts, placeholders, apostrophes and the wording rules are checked for every namespace
// in i18n/catalogues.test.ts; here are the clinical checks of the safety texts.
describe('the safety journey’s texts', () => {
  it('give the emergency advice with the GP first, then the out-of-hours GP service, then 112, in both languages', () => {
    const nlAdvice = [...nl.result.emergency.steps, nl.result.emergency.call112Text].join(' ');
    const enAdvice = [...en.result.emergency.steps, en.result.emergency.call112Text, en.result.emergency.abroad].join(
      ' ',
    );
    expect(nl.result.emergency.steps[0]).toMatch(/huisarts/);
    expect(nlAdvice).toMatch(/huisarts.*huisartsenpost.*112/s);
    expect(en.result.emergency.steps[0]).toMatch(/GP/);
    // English names the Dutch service and says that abroad the local numbers apply.
    expect(enAdvice).toMatch(/GP.*huisartsenpost.*out-of-hours GP service.*112.*Netherlands/s);
  });

  it('ask "not improving" by episode length: two wordings, the long one about a clear change', () => {
    expect(nl.items.not_improving.questionPersistent).toMatch(/duidelijk veranderd/);
    expect(en.items.not_improving.questionPersistent).toMatch(/clearly changed/);
    expect(nl.items.not_improving.question).toMatch(/niet beter/);
  });

  it('never let a worsening leg answer no to both leg questions', () => {
    for (const texts of [nl, en]) {
      expect(texts.items.leg_numbness_or_weakness.question).not.toMatch(/niet erger|not getting worse/);
    }
    expect(nl.items.leg_numbness_or_weakness.question).toMatch(/langzaam erger/);
    expect(en.items.leg_numbness_or_weakness.question).toMatch(/slowly getting worse/);
  });

  it('ask about sudden severe pain as one question with a time frame, and give the 112 cue with it', () => {
    expect(nl.items.sudden_severe_pain.question).toMatch(
      /kort geleden.*uren of dagen.*anders is dan je gewone rugpijn/s,
    );
    expect(en.items.sudden_severe_pain.question).toMatch(/hours or days.*different from your usual back pain/s);
    expect(nl.items.sudden_severe_pain.question.split('?').length).toBe(2);
    expect(en.items.sudden_severe_pain.question.split('?').length).toBe(2);
    expect(nl.items.sudden_severe_pain.hint).toMatch(/bleek.*zweterig.*flauw.*112/s);
    expect(en.items.sudden_severe_pain.hint).toMatch(/pale.*sweaty.*faint.*112/s);
  });

  it('never say that the app decides whether a doctor is needed', () => {
    const deciding =
      /of een arts naar je rug moet kijken|weet je of je een arts moet|vraagt nu om een arts|whether a doctor should|know if (a doctor|you should call)|calls for a doctor/i;
    for (const [lang, texts] of Object.entries(modules)) {
      for (const { path, text } of allStrings(texts)) expect(text, `${lang} ${path}`).not.toMatch(deciding);
    }
  });

  it('say that only the GP refers to a specialist', () => {
    expect(nl.result.tiers.review.text.join(' ')).toMatch(/huisarts je door/);
    expect(nl.result.tiers.review.text.join(' ')).not.toMatch(/fysiotherapeut\. Zij kunnen je/);
    expect(en.result.tiers.review.text.join(' ')).toMatch(/your GP refers you/);
  });

  it('never promise the course the guideline does not support ("3 to 6 weeks")', () => {
    for (const { text } of [...allStrings(nl), ...allStrings(en)])
      expect(text).not.toMatch(/3\s*(tot|to|–|-)\s*6 (weken|weeks)/);
  });
});
