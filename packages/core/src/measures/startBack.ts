/**
 * Keele STarT Back Screening Tool (© Keele University; free for non-commercial
 * use, unmodified, with the copyright notice shown). The risk group is
 * information for the person and the therapist, never the only basis for a
 * treatment choice (KNGF).
 */
export type StartBackBothersome = 'not_at_all' | 'slightly' | 'moderately' | 'very_much' | 'extremely';

export type StartBackAnswers = {
  q1: boolean;
  q2: boolean;
  q3: boolean;
  q4: boolean;
  q5: boolean;
  q6: boolean;
  q7: boolean;
  q8: boolean;
  q9: StartBackBothersome;
};

export type StartBackScore = { total: number; psychosocial: number; risk: 'low' | 'medium' | 'high' };

export const START_BACK_BOTHERSOME: readonly StartBackBothersome[] = [
  'not_at_all',
  'slightly',
  'moderately',
  'very_much',
  'extremely',
];

/** The copyright notice that must be shown with the tool. */
export const START_BACK_COPYRIGHT = '© Keele University 01/08/07';

const AGREE_ITEMS = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8'] as const;

/**
 * Scores the STarT Back tool (docs/clinical-rules.md §2): items 1–8 score 1 when agreed,
 * item 9 scores 1 for `very_much` or `extremely`. `total` is all nine (0–9),
 * `psychosocial` items 5–9 (0–5). Risk: `high` when psychosocial ≥ 4, else
 * `low` when total ≤ 3, else `medium`. Throws a RangeError naming the field for
 * a missing or invalid answer.
 *
 * @example
 * scoreStartBack({ q1: true, q2: false, q3: false, q4: false, q5: true, q6: true, q7: true, q8: false, q9: 'extremely' })
 * // { total: 5, psychosocial: 4, risk: 'high' }
 */
export function scoreStartBack(answers: StartBackAnswers): StartBackScore {
  if (typeof answers !== 'object' || answers === null) throw new RangeError('answers must be an object');
  for (const item of AGREE_ITEMS) {
    if (typeof answers[item] !== 'boolean') throw new RangeError(`${item} must be true (agree) or false (disagree)`);
  }
  if (!START_BACK_BOTHERSOME.includes(answers.q9)) {
    throw new RangeError(`q9 must be one of ${START_BACK_BOTHERSOME.join(', ')}`);
  }
  const point = (agreed: boolean) => (agreed ? 1 : 0);
  const q9 = point(answers.q9 === 'very_much' || answers.q9 === 'extremely');
  const psychosocial = point(answers.q5) + point(answers.q6) + point(answers.q7) + point(answers.q8) + q9;
  const total = point(answers.q1) + point(answers.q2) + point(answers.q3) + point(answers.q4) + psychosocial;
  const risk = psychosocial >= 4 ? 'high' : total <= 3 ? 'low' : 'medium';
  return { total, psychosocial, risk };
}
