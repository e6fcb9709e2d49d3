import { NOTHING_DUE, type TodayFacts, type TodayStep, todayNextSteps } from '@veerkracht/core';
import { type ComponentChildren, createContext } from 'preact';
import { useCallback, useContext, useLayoutEffect, useMemo, useState } from 'preact/hooks';

/** What one part of Today has to do today, by step (a part may have a follow-up and a session). */
export type StepsDue = Partial<Record<TodayStep, boolean>>;

type Registry = {
  chosen: readonly TodayStep[];
  report: (part: string, due: StepsDue) => void;
  leave: (part: string) => void;
};

const TodayStepsContext = createContext<Registry | null>(null);

/** Every part's facts together: a step is due when any part says so. */
function factsOf(parts: ReadonlyMap<string, StepsDue>): TodayFacts {
  const facts: Record<TodayStep, boolean> = { ...NOTHING_DUE };
  for (const due of parts.values())
    for (const [step, isDue] of Object.entries(due) as [TodayStep, boolean][]) if (isDue) facts[step] = true;
  return facts;
}

const sameDue = (a: StepsDue | undefined, b: StepsDue) => a !== undefined && JSON.stringify(a) === JSON.stringify(b);

/**
 * Today's one or two next steps (product principle 3): each part of Today
 * (the check-in, each feature's card, loaded on demand) reports what it has
 * to do, the core's `todayNextSteps` chooses, and each part shows itself only
 * when one of its steps was chosen. Features stay apart: they know this
 * shared layer, not Today or each other.
 */
export function TodayStepsProvider(props: { children: ComponentChildren }) {
  const [parts, setParts] = useState<ReadonlyMap<string, StepsDue>>(new Map());
  const report = useCallback((part: string, due: StepsDue) => {
    setParts((current) => (sameDue(current.get(part), due) ? current : new Map(current).set(part, due)));
  }, []);
  const leave = useCallback((part: string) => {
    setParts((current) => {
      if (!current.has(part)) return current;
      const next = new Map(current);
      next.delete(part);
      return next;
    });
  }, []);
  const chosen = useMemo(() => todayNextSteps(factsOf(parts)), [parts]);
  const registry = useMemo(() => ({ chosen, report, leave }), [chosen, report, leave]);
  return <TodayStepsContext.Provider value={registry}>{props.children}</TodayStepsContext.Provider>;
}

/**
 * Reports what this part of Today has to do, and answers whether to show it
 * now (one of its due steps was chosen). Outside Today (no provider) a part
 * is always shown.
 *
 * @example
 * const shown = useTodayStep('exercise', { follow_up: view.followUpDue, exercise: view.dueToday });
 * if (!shown) return null;
 */
export function useTodayStep(part: string, due: StepsDue): boolean {
  const registry = useContext(TodayStepsContext);
  const key = JSON.stringify(due);
  // Reported by its text: `due` is a new object at every render, the facts in it change rarely. Before the browser
  // paints (a layout effect): the steps are chosen and shown in the first frame, not one frame later, which would
  // push the cards under them down the screen.
  useLayoutEffect(() => {
    registry?.report(part, JSON.parse(key) as StepsDue);
  }, [registry?.report, part, key]);
  useLayoutEffect(() => () => registry?.leave(part), [registry?.leave, part]);
  if (!registry) return true;
  return (Object.entries(due) as [TodayStep, boolean][]).some(
    ([step, isDue]) => isDue && registry.chosen.includes(step),
  );
}
