/**
 * What Today may show as a next step, in the order it matters: safety first,
 * then a question that is waiting for an answer, the check-in, today's
 * planned activity and exercise, movement practice, a calm moment when
 * stress stays high, the weekly review, a lesson that fits.
 */
export const TODAY_STEPS = [
  'safety',
  'follow_up',
  'check_in',
  'activity',
  'exercise',
  'exposure',
  'relax',
  'review',
  'lesson',
] as const;
export type TodayStep = (typeof TODAY_STEPS)[number];

/** What is due today, as each feature reads it (true: that step has something to do today). */
export type TodayFacts = Readonly<Record<TodayStep, boolean>>;

/** Today never shows more than this many next steps (product principle 3, "One next step"). */
export const MAX_TODAY_STEPS = 2;

/**
 * The one or two next steps Today shows: the first steps that are due, in
 * the order of `TODAY_STEPS`, so a safety matter always comes first. Nothing
 * due gives an empty list (Today then says the day is done, never what was
 * missed).
 *
 * @example
 * todayNextSteps({ ...NOTHING_DUE, check_in: true, exercise: true, lesson: true }) // ['check_in', 'exercise']
 * todayNextSteps({ ...NOTHING_DUE, safety: true, follow_up: true, check_in: true }) // ['safety', 'follow_up']
 * todayNextSteps(NOTHING_DUE) // []
 */
export function todayNextSteps(facts: TodayFacts): TodayStep[] {
  return TODAY_STEPS.filter((step) => facts[step]).slice(0, MAX_TODAY_STEPS);
}

/** Facts with nothing due, to spread and change. */
export const NOTHING_DUE: TodayFacts = Object.fromEntries(TODAY_STEPS.map((step) => [step, false])) as Record<
  TodayStep,
  boolean
>;
