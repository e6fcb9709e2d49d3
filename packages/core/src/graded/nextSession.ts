import type { QuotaPlan } from './quotaPlan.js';

export type PlanMode = 'time' | 'symptom';
/** A session done: the plan level's index, and whether the back settled within the window. */
export type SessionRecord = { level: number; settled: 'yes' | 'no' | null };
export type SessionDecision = 'start' | 'progress' | 'hold' | 'step_back' | 'complete';
export type NextSession = { level: number; amount: number; decision: SessionDecision };

/**
 * The next session of a quota plan (docs/clinical-rules.md §3.2). Empty history: level 0,
 * `start`. Paused (an open `emergency` or `gp_soon` safety result): the last
 * level again, `hold`. Mode `time`: symptoms do not change the quota, one level
 * up each session (`progress`), `complete` once the final level is done. Mode
 * `symptom` (the 48-hour rule), by the last session's `settled`: `yes` → one up
 * (`progress`, or `complete` after the final level); `no` → one down, not below
 * 0 (`step_back`); `null` (not answered) → the same level (`hold`).
 *
 * Throws a RangeError naming the field for an empty plan, an unknown mode, or a
 * history level outside the plan or a `settled` that is not yes, no or null.
 *
 * @example
 * const plan = { levels: [8, 11, 13], mode: 'symptom' as const };
 * nextSession(plan, []) // { level: 0, amount: 8, decision: 'start' }
 * nextSession(plan, [{ level: 1, settled: 'no' }]) // { level: 0, amount: 8, decision: 'step_back' }
 * nextSession(plan, [{ level: 2, settled: 'yes' }]) // { level: 2, amount: 13, decision: 'complete' }
 */
export function nextSession(
  plan: QuotaPlan & { mode: PlanMode },
  history: SessionRecord[],
  options: { paused?: boolean } = {},
): NextSession {
  const { levels, mode } = plan;
  if (!Array.isArray(levels) || levels.length === 0) throw new RangeError('plan.levels must hold at least one level');
  if (mode !== 'time' && mode !== 'symptom') throw new RangeError("plan.mode must be 'time' or 'symptom'");
  if (!Array.isArray(history)) throw new RangeError('history must be a list of sessions');
  history.forEach((record, i) => {
    if (!Number.isInteger(record?.level) || record.level < 0 || record.level >= levels.length) {
      throw new RangeError(`history.${i}.level must be a level of the plan (0 to ${levels.length - 1})`);
    }
    if (record.settled !== 'yes' && record.settled !== 'no' && record.settled !== null) {
      throw new RangeError(`history.${i}.settled must be 'yes', 'no' or null`);
    }
  });

  const at = (level: number, decision: SessionDecision): NextSession => ({
    level,
    amount: levels[level] as number,
    decision,
  });
  const last = history.at(-1);
  if (!last) return at(0, 'start');
  if (options.paused) return at(last.level, 'hold');
  const final = levels.length - 1;
  const up = () => (last.level >= final ? at(last.level, 'complete') : at(last.level + 1, 'progress'));
  if (mode === 'time') return up();
  if (last.settled === 'yes') return up();
  if (last.settled === 'no') return at(Math.max(last.level - 1, 0), 'step_back');
  return at(last.level, 'hold');
}
