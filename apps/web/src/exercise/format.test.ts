import { describe, expect, it } from 'vitest';
import { loadMessages, pluralTranslator, translator } from '../i18n/i18n';
import { changeText, dayList, doseText, shortDose } from './format';
import { exerciseMessages } from './messages';
import type { ExerciseTexts } from './textTypes';

// Only the names matter here; the real texts are checked in texts.test.ts.
const texts = {
  exercises: {
    glute_bridge: { name: 'Brug', variants: { two_legs: 'Twee benen', marching: 'Marcheren', single_leg: 'Eén been' } },
    farmers_carry: { name: 'Boodschappen dragen', variants: { two_hands: 'Twee handen' } },
    hip_flexor_stretch: { name: 'Heupstrek', variants: {} },
  },
  sources: [],
} as unknown as ExerciseTexts;

async function words(lang: 'nl' | 'en') {
  await exerciseMessages.load(lang);
  const messages = await loadMessages(lang);
  return { t: translator(messages), tn: pluralTranslator(messages, lang), lang };
}

describe('the words for doses and proposals', () => {
  it('say a dose with its sets, per side, and the load only for an exercise with weights', async () => {
    const nl = await words('nl');
    const bridge = {
      exerciseId: 'glute_bridge',
      kind: 'strength',
      sets: 2,
      repMin: 8,
      repMax: 15,
      targetReps: 8,
      load: 0,
      loadStep: 1,
      variant: 0,
    } as const;
    expect(doseText(nl.t, nl.tn, 'nl', bridge)).toBe('2 × 8 herhalingen');
    expect(doseText(nl.t, nl.tn, 'nl', { ...bridge, exerciseId: 'farmers_carry', load: 2.5 })).toBe(
      '2 × 8 herhalingen, met 2,5 kg',
    );
    const hold = {
      exerciseId: 'hip_flexor_stretch',
      kind: 'mobility',
      sets: 2,
      amount: 20,
      min: 15,
      max: 60,
      step: 5,
    } as const;
    expect(doseText(nl.t, nl.tn, 'nl', hold)).toBe('2 × 20 seconden per kant');
    const en = await words('en');
    expect(doseText(en.t, en.tn, 'en', hold)).toBe('2 × 20 seconds per side');
    expect(shortDose(en.tn, 'en', texts, 'glute_bridge', { amount: 10, variant: 1 })).toBe(
      '10 repetitions · Marcheren',
    );
  });

  it('name what a proposal changes and why, in both languages', async () => {
    const nl = await words('nl');
    const en = await words('en');
    const addReps = {
      exerciseId: 'glute_bridge',
      kind: 'strength',
      decision: 'add_reps',
      from: { targetReps: 8, load: 0, variant: 0 },
      to: { targetReps: 9, load: 0, variant: 0 },
    } as const;
    expect(changeText(nl.t, nl.tn, 'nl', texts, addReps)).toBe('Brug: van 8 naar 9 herhalingen per set');
    expect(changeText(en.t, en.tn, 'en', texts, addReps)).toBe('Brug: from 8 to 9 repetitions per set');
    const harder = { ...addReps, decision: 'harder_variant', to: { targetReps: 8, load: 0, variant: 1 } } as const;
    expect(changeText(nl.t, nl.tn, 'nl', texts, harder)).toBe(
      'Brug: een zwaardere vorm (Marcheren), en weer 8 herhalingen per set',
    );
    const lighter = {
      exerciseId: 'farmers_carry',
      kind: 'strength',
      decision: 'step_back',
      from: { targetReps: 10, load: 3, variant: 0 },
      to: { targetReps: 10, load: 2, variant: 0 },
    } as const;
    expect(changeText(nl.t, nl.tn, 'nl', texts, lighter)).toBe('Boodschappen dragen: iets minder, namelijk 2 kg');
    const longer = {
      exerciseId: 'hip_flexor_stretch',
      kind: 'mobility',
      decision: 'progress',
      from: 20,
      to: 25,
    } as const;
    expect(changeText(en.t, en.tn, 'en', texts, longer)).toBe(
      'Heupstrek: from 20 seconds per side to 25 seconds per side',
    );
  });

  it('list days the way people say them', async () => {
    const nl = await words('nl');
    const en = await words('en');
    expect(dayList(nl.t, [1, 3, 5])).toBe('maandag, woensdag en vrijdag');
    expect(dayList(en.t, [1, 4])).toBe('Monday and Thursday');
    expect(dayList(en.t, [7])).toBe('Sunday');
  });
});
