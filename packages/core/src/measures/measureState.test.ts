import { describe, expect, it } from 'vitest';
import { measuresDue, measureTrend, pskFromForm, startBackFromForm } from './measureState.js';

describe('measuresDue', () => {
  it('makes both questionnaires due at the start', () => {
    expect(measuresDue({}, '2026-11-25')).toEqual([
      { measure: 'psk', due: true, next: '2026-11-25' },
      { measure: 'start_back', due: true, next: '2026-11-25' },
    ]);
  });

  it('makes PSK due after 4 weeks and STarT Back after 12 weeks', () => {
    expect(measuresDue({ psk: '2026-10-29', start_back: '2026-09-03' }, '2026-11-25')).toEqual([
      { measure: 'psk', due: false, last: '2026-10-29', next: '2026-11-26' },
      { measure: 'start_back', due: false, last: '2026-09-03', next: '2026-11-26' },
    ]);
    const due = measuresDue({ psk: '2026-10-28', start_back: '2026-09-02' }, '2026-11-25');
    expect(due.every((entry) => entry.due)).toBe(true);
  });

  it('puts what is due first, then what comes next soonest', () => {
    const due = measuresDue({ psk: '2026-11-20', start_back: '2026-08-01' }, '2026-11-25');
    expect(due.map((entry) => [entry.measure, entry.due])).toEqual([
      ['start_back', true],
      ['psk', false],
    ]);
  });
});

describe('startBackFromForm', () => {
  it('turns agree and disagree into true and false', () => {
    const form = {
      q1: 'agree',
      q2: 'disagree',
      q3: 'disagree',
      q4: 'agree',
      q5: 'disagree',
      q6: 'disagree',
      q7: 'disagree',
      q8: 'agree',
      q9: 'moderately',
    } as const;
    expect(startBackFromForm(form)).toEqual({
      ok: true,
      value: { q1: true, q2: false, q3: false, q4: true, q5: false, q6: false, q7: false, q8: true, q9: 'moderately' },
    });
  });

  it('names every unanswered item', () => {
    const result = startBackFromForm({ q1: 'agree', q9: 'slightly' });
    expect(result.ok ? [] : result.issues.map((issue) => issue.field)).toEqual([
      'q2',
      'q3',
      'q4',
      'q5',
      'q6',
      'q7',
      'q8',
    ]);
  });
});

describe('pskFromForm', () => {
  it('skips empty rows and reads the ratings as whole numbers', () => {
    expect(
      pskFromForm([
        { activity: ' Stofzuigen ', score: '4' },
        { activity: '', score: '' },
        { activity: 'Fietsen', score: '10' },
      ]),
    ).toEqual({
      ok: true,
      value: [
        { activity: 'Stofzuigen', score: 4 },
        { activity: 'Fietsen', score: 10 },
      ],
    });
  });

  it('names a row with a name but no rating, and a rating without a name', () => {
    const result = pskFromForm([
      { activity: 'Stofzuigen', score: '' },
      { activity: '', score: '3' },
    ]);
    expect(result.ok ? [] : result.issues.map((issue) => [issue.field, issue.code])).toEqual([
      ['activities.0.score', 'required'],
      ['activities.1.activity', 'required'],
    ]);
  });

  it('asks for at least one activity', () => {
    const result = pskFromForm([{ activity: '', score: '' }]);
    expect(result.ok ? [] : result.issues.map((issue) => issue.field)).toEqual(['activities']);
  });

  it('refuses ratings outside 0 to 10 and names that are too long', () => {
    const result = pskFromForm([
      { activity: 'a', score: '11' },
      { activity: 'x'.repeat(121), score: '2' },
    ]);
    expect(result.ok ? [] : result.issues.map((issue) => [issue.field, issue.code])).toEqual([
      ['activities.0.score', 'out_of_range'],
      ['activities.1.activity', 'too_long'],
    ]);
  });
});

describe('measureTrend', () => {
  it('orders values by day and keeps the last value of a day', () => {
    expect(
      measureTrend([
        { date: '2026-12-01', value: 6 },
        { date: '2026-11-01', value: 4 },
        { date: '2026-12-01', value: 7 },
      ]),
    ).toEqual([
      { date: '2026-11-01', value: 4 },
      { date: '2026-12-01', value: 7 },
    ]);
  });
});
