import { type CheckStep, isSafetyItemId, type SafetyItemId, type SafetyTrigger } from '@veerkracht/core';
import { useDraft } from '../../ui/draft';

export type Answers = Partial<Record<SafetyItemId, boolean>>;

/** What a half-answered check keeps across a reload (see `useDraft`). */
type CheckDraft = { step: CheckStep; answers: Answers };

/** A draft read back from storage is checked before it is trusted. */
function validDraft(draft: CheckDraft, steps: readonly CheckStep[]): CheckDraft | undefined {
  if (typeof draft !== 'object' || draft === null || !steps.includes(draft.step)) return undefined;
  if (typeof draft.answers !== 'object' || draft.answers === null) return undefined;
  const answers: Answers = {};
  for (const [id, value] of Object.entries(draft.answers)) {
    if (isSafetyItemId(id) && typeof value === 'boolean') answers[id] = value;
  }
  return { step: draft.step, answers };
}

/**
 * The place and the answers of a safety check, kept per trigger so that a
 * reload goes on where the person was; `clear()` once the check is saved.
 */
export function useCheckDraft(trigger: SafetyTrigger, steps: readonly CheckStep[]) {
  const [draft, setDraft, clear] = useDraft<CheckDraft>(`safety-check:${trigger}`, () => ({
    step: steps[0] ?? 'about',
    answers: {},
  }));
  const { step, answers } = validDraft(draft, steps) ?? { step: steps[0] ?? 'about', answers: {} };
  return {
    step,
    answers,
    setStep: (next: CheckStep) => setDraft((current) => ({ ...current, step: next })),
    answer: (id: SafetyItemId, value: boolean) =>
      setDraft((current) => ({ ...current, answers: { ...(current.answers ?? {}), [id]: value } })),
    clear,
  };
}
