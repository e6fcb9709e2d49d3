import { describe, expect, it } from 'vitest';
import { validatePskRecord, validateStartBack } from './measureRecords.js';
import type { StartBackAnswers } from './startBack.js';

const fieldsOf = (result: { ok: boolean; issues?: { field: string }[] }) =>
  result.ok ? [] : (result.issues ?? []).map((issue) => issue.field);

const answers: StartBackAnswers = {
  q1: true,
  q2: false,
  q3: false,
  q4: false,
  q5: true,
  q6: true,
  q7: true,
  q8: false,
  q9: 'extremely',
};
const startBack = { date: '2026-11-25', answers, score: { total: 5, psychosocial: 4, risk: 'high' } };

describe('a start_back record', () => {
  it('is accepted when its score is Keele’s score of its answers', () => {
    expect(validateStartBack(startBack)).toEqual({ ok: true, value: startBack });
  });

  it('is refused when the score was changed', () => {
    for (const score of [
      { total: 5, psychosocial: 4, risk: 'medium' },
      { total: 4, psychosocial: 4, risk: 'high' },
      { total: 5, psychosocial: 4, risk: 'high', note: 'x' },
    ]) {
      expect(fieldsOf(validateStartBack({ ...startBack, score }))).toEqual(['score']);
    }
  });

  it('names a missing or invalid answer', () => {
    const { q4: _q4, ...withoutQ4 } = answers;
    expect(fieldsOf(validateStartBack({ ...startBack, answers: withoutQ4 }))).toEqual(['answers.q4']);
    expect(fieldsOf(validateStartBack({ ...startBack, answers: { ...answers, q9: 'a lot' } }))).toEqual(['answers.q9']);
    expect(fieldsOf(validateStartBack({ ...startBack, answers: { ...answers, q10: true } }))).toContain('answers.q10');
  });

  it('is refused with a day more than one day ahead of the receiver', () => {
    expect(fieldsOf(validateStartBack(startBack, { today: '2026-11-23' }))).toEqual(['date']);
  });
});

describe('a psk record', () => {
  const psk = {
    date: '2026-11-25',
    activities: [
      { activity: 'Stofzuigen', score: 4 },
      { activity: 'Fietsen', score: 7 },
    ],
    score: 5.5,
  };

  it('is accepted when its score is the mean of its ratings', () => {
    expect(validatePskRecord(psk)).toEqual({ ok: true, value: psk });
  });

  it('is refused when the score is not the mean', () => {
    expect(fieldsOf(validatePskRecord({ ...psk, score: 6 }))).toEqual(['score']);
  });

  it('names the activity that is wrong', () => {
    const activities = [psk.activities[0], { activity: 'Fietsen', score: 11 }];
    expect(fieldsOf(validatePskRecord({ ...psk, activities }))).toEqual(['activities.1.score']);
    expect(fieldsOf(validatePskRecord({ ...psk, activities: [] }))).toEqual(['activities']);
    const four = [1, 2, 3, 4].map((score) => ({ activity: `a${score}`, score }));
    expect(fieldsOf(validatePskRecord({ ...psk, activities: four, score: 2.5 }))).toEqual(['activities']);
  });
});
