import type { DailyValues } from '../charts/checkInSeries.js';
import type { PlanDecisionKind } from './activityRecords.js';
import type { PlanView } from './planState.js';

/** The series of a plan's chart; slot k is the k-th session of the plan (after the baseline). */
export type PlanChartSeries = {
  /** Slots on the x axis: the planned sessions, or more when step-backs made the way longer. */
  count: number;
  /** The plan's levels, slot by slot: the way to the goal when every session goes up a step. */
  planned: DailyValues;
  /** The quota of each session done, then the next quota. */
  quota: DailyValues;
  /** What the person did in each session. */
  done: DailyValues;
  /** The change after each session: up a step, a step back, the same, or the goal reached. */
  changes: (PlanDecisionKind | null)[];
};

/**
 * The chart of a plan: planned levels, quotas, what was done and the
 * decisions between sessions, ready for `chartPoints` / `linePath`. The
 * decision after a session is read from the quotas (the next session's
 * level against this one's), so it shows what really happened, also when a
 * proposal was declined; the last session of a completed plan shows
 * `complete`.
 *
 * @example
 * planChartSeries(view) // { count: 4, planned: [8, 11, 13, 16], quota: [8, 11, 8, null], done: [8, 12, null, null],
 * //                         changes: ['progress', 'step_back', null, null] }
 */
export function planChartSeries(view: Pick<PlanView, 'plan' | 'sessions' | 'next' | 'phase'>): PlanChartSeries {
  const { levels } = view.plan;
  const done = view.sessions.filter((s) => s.quota !== null);
  const nextSlots = view.next ? 1 : 0;
  const count = Math.max(levels.length, done.length + nextSlots);
  const slots = <T>(fill: (i: number) => T | null) => Array.from({ length: count }, (_, i) => fill(i));
  const levelOf = (i: number) => (i < done.length ? (done[i]?.session.level ?? null) : (view.next?.level ?? null));
  return {
    count,
    planned: slots((i) => levels[i] ?? null),
    quota: slots((i) =>
      i < done.length ? (done[i]?.quota ?? null) : i === done.length ? (view.next?.amount ?? null) : null,
    ),
    done: slots((i) => done[i]?.session.amount ?? null),
    changes: slots((i) => {
      if (i >= done.length) return null;
      if (i === done.length - 1 && view.phase === 'completed') return 'complete';
      // Not decided yet: the follow-up is still open, or the proposal waits for the person.
      if (i === done.length - 1 && (view.next?.status === 'waiting' || view.next?.status === 'proposal')) return null;
      const here = levelOf(i);
      const after = levelOf(i + 1);
      if (here === null || after === null) return null;
      if (after > here) return 'progress';
      return after < here ? 'step_back' : 'hold';
    }),
  };
}
