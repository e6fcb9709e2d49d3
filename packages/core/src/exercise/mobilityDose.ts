/**
 * A mobility exercise's dose: seconds held or repetitions, within its range
 * (docs/clinical-rules.md §9.2). Whole numbers, 1 <= min <= amount <= max,
 * step >= 1.
 */
export type MobilityDose = { amount: number; min: number; max: number; step: number };

/** A session done at this dose: completed as asked, and whether the back settled (§3.3). */
export type MobilitySession = { completed: boolean; settled: 'yes' | 'no' | null };

export type MobilityDecision = 'start' | 'progress' | 'hold' | 'step_back' | 'top';

export type MobilityNext = { amount: number; decision: MobilityDecision };

function wholeNumber(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${field} must be a whole number from ${min} to ${max}`);
  }
  return value;
}

function checkDose(dose: MobilityDose): void {
  if (dose === null || typeof dose !== 'object') throw new RangeError('dose must be an object');
  wholeNumber(dose.min, 'min', 1, Number.MAX_SAFE_INTEGER);
  wholeNumber(dose.max, 'max', dose.min, Number.MAX_SAFE_INTEGER);
  wholeNumber(dose.amount, 'amount', dose.min, dose.max);
  wholeNumber(dose.step, 'step', 1, Number.MAX_SAFE_INTEGER);
}

function checkSessions(sessions: MobilitySession[]): void {
  if (!Array.isArray(sessions)) throw new RangeError('sessionsAtDose must be a list of sessions');
  sessions.forEach((session, i) => {
    if (session === null || typeof session !== 'object') throw new RangeError(`sessionsAtDose.${i} must be a session`);
    if (typeof session.completed !== 'boolean') {
      throw new RangeError(`sessionsAtDose.${i}.completed must be true or false`);
    }
    if (session.settled !== 'yes' && session.settled !== 'no' && session.settled !== null) {
      throw new RangeError(`sessionsAtDose.${i}.settled must be 'yes', 'no' or null`);
    }
  });
}

/**
 * The next dose of a mobility exercise (docs/clinical-rules.md §9.2), from the
 * sessions done at the current dose, oldest first. The last session did not
 * settle: one step less (`step_back`, or `hold` at the minimum). The last two
 * were completed and settled: one step more (`progress`, or `top` at the
 * maximum). Anything else: the same (`hold`).
 *
 * Throws a RangeError naming the field for a value out of its range.
 *
 * @example
 * const hold = { amount: 20, min: 10, max: 60, step: 5 };
 * nextMobilityDose(hold, []) // { amount: 20, decision: 'start' }
 * nextMobilityDose(hold, [{ completed: true, settled: 'yes' }, { completed: true, settled: 'yes' }]) // { amount: 25, decision: 'progress' }
 * nextMobilityDose(hold, [{ completed: true, settled: 'no' }]) // { amount: 15, decision: 'step_back' }
 */
export function nextMobilityDose(dose: MobilityDose, sessionsAtDose: MobilitySession[]): MobilityNext {
  checkDose(dose);
  checkSessions(sessionsAtDose);
  const { amount, min, max, step } = dose;
  const last = sessionsAtDose.at(-1);
  if (!last) return { amount, decision: 'start' };
  if (last.settled === 'no') {
    return amount === min
      ? { amount, decision: 'hold' }
      : { amount: Math.max(min, amount - step), decision: 'step_back' };
  }
  const before = sessionsAtDose.at(-2);
  const good = (session: MobilitySession | undefined) => session?.completed === true && session.settled === 'yes';
  if (good(last) && good(before)) {
    return amount === max
      ? { amount, decision: 'top' }
      : { amount: Math.min(max, amount + step), decision: 'progress' };
  }
  return { amount, decision: 'hold' };
}
