import { describe, expect, it } from 'vitest';
import { START_BACK_BOTHERSOME, type StartBackAnswers, scoreStartBack } from './startBack.js';

function allAnswerSets(): StartBackAnswers[] {
  const sets: StartBackAnswers[] = [];
  for (let bits = 0; bits < 256; bits++) {
    for (const q9 of START_BACK_BOTHERSOME) {
      const b = (i: number) => (bits & (1 << i)) !== 0;
      sets.push({ q1: b(0), q2: b(1), q3: b(2), q4: b(3), q5: b(4), q6: b(5), q7: b(6), q8: b(7), q9 });
    }
  }
  return sets;
}

describe('scoreStartBack', () => {
  it('scores all 1,280 answer sets by the Keele rules', () => {
    const sets = allAnswerSets();
    expect(sets).toHaveLength(1280);
    const risks = { low: 0, medium: 0, high: 0 };
    for (const a of sets) {
      const agree = [a.q1, a.q2, a.q3, a.q4, a.q5, a.q6, a.q7, a.q8].map(Number);
      const q9 = ['very_much', 'extremely'].includes(a.q9) ? 1 : 0;
      const psychosocial = (agree[4] ?? 0) + (agree[5] ?? 0) + (agree[6] ?? 0) + (agree[7] ?? 0) + q9;
      const total = agree.reduce((s, x) => s + x, 0) + q9;
      const risk = psychosocial >= 4 ? 'high' : total <= 3 ? 'low' : 'medium';
      const score = scoreStartBack(a);
      expect(score).toEqual({ total, psychosocial, risk });
      risks[score.risk]++;
    }
    // Independent count of the high-risk sets: psychosocial ≥ 4 out of q5–q8 and q9.
    // q5–q8 all agreed (1 way) × any q9 (5) × any q1–q4 (16) = 80;
    // exactly three of q5–q8 (4 ways) × q9 scoring (2) × 16 = 128. Total 208.
    expect(risks.high).toBe(208);
    expect(risks.low + risks.medium + risks.high).toBe(1280);
  });

  it.each([
    [
      { q1: false, q2: false, q3: false, q4: false, q5: false, q6: false, q7: false, q8: false, q9: 'not_at_all' },
      0,
      0,
      'low',
    ],
    [
      { q1: true, q2: true, q3: true, q4: false, q5: false, q6: false, q7: false, q8: false, q9: 'moderately' },
      3,
      0,
      'low',
    ],
    [
      { q1: true, q2: true, q3: true, q4: true, q5: false, q6: false, q7: false, q8: false, q9: 'slightly' },
      4,
      0,
      'medium',
    ],
    [
      { q1: true, q2: true, q3: true, q4: true, q5: true, q6: true, q7: true, q8: false, q9: 'moderately' },
      7,
      3,
      'medium',
    ],
    [
      { q1: false, q2: false, q3: false, q4: false, q5: true, q6: true, q7: true, q8: false, q9: 'very_much' },
      4,
      4,
      'high',
    ],
    [{ q1: true, q2: true, q3: true, q4: true, q5: true, q6: true, q7: true, q8: true, q9: 'extremely' }, 9, 5, 'high'],
  ] as const)('scores %j as total %s, psychosocial %s, %s risk', (answers, total, psychosocial, risk) => {
    expect(scoreStartBack(answers)).toEqual({ total, psychosocial, risk });
  });

  it('throws a RangeError naming the item for a missing or invalid answer', () => {
    const base = {
      q1: true,
      q2: true,
      q3: true,
      q4: true,
      q5: true,
      q6: true,
      q7: true,
      q8: true,
      q9: 'slightly',
    } as const;
    expect(() => scoreStartBack({ ...base, q3: 'yes' } as unknown as StartBackAnswers)).toThrow(/q3/);
    expect(() => scoreStartBack({ ...base, q9: 'a lot' } as unknown as StartBackAnswers)).toThrow(/q9/);
    const { q8: _omitted, ...missing } = base;
    expect(() => scoreStartBack(missing as unknown as StartBackAnswers)).toThrow(RangeError);
  });
});
