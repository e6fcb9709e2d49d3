import { type FieldIssue, isPlainObject, type Validated } from '../validation/fieldIssue.js';
import { exerciseById } from './exerciseCatalogue.js';
import {
  type Author,
  type Effort,
  type ExerciseProgramme,
  type ExerciseSession,
  type SessionItem,
  type SetLog,
  STOP_REASONS,
  type StopReason,
  validateExerciseSession,
} from './exerciseRecords.js';

/**
 * A session while it runs: kept on the device after every step (so a reload
 * or a flat battery mid-session resumes where the person was) and turned into
 * an `exercise_session` record only at the end. Pure functions: the player
 * component calls them and only shows the result.
 */
export type SessionDraft = {
  programmeId: string;
  version: number;
  startedAt: string;
  painBefore: number | null;
  /** `pain_before` → `exercise` (one at a time) → `pain_after`. */
  step: 'pain_before' | 'exercise' | 'pain_after';
  /** The exercise shown now (index into `items`). */
  index: number;
  items: SessionItem[];
  /** Sets asked per exercise, in the order of `items`. */
  setsAsked: number[];
  /** Set when the person stopped early; the draft then asks pain after and saves. */
  stopReason?: StopReason;
};

/**
 * A new draft for the programme as it is now: every exercise at its dose,
 * no sets done yet, pain before asked first.
 *
 * @example
 * startDraft(programme, '2026-11-30T10:00:00+01:00').items[0] // { exerciseId: 'cat_cow', kind: 'mobility', target: 6, sets: [] }
 */
export function startDraft(programme: ExerciseProgramme, at: string): SessionDraft {
  const known = programme.items.filter((item) => exerciseById(item.exerciseId)?.kind === item.kind);
  return {
    programmeId: programme.programmeId,
    version: programme.version,
    startedAt: at,
    painBefore: null,
    step: 'pain_before',
    index: 0,
    items: known.map((item): SessionItem => {
      if (item.kind === 'strength') {
        const exercise = exerciseById(item.exerciseId);
        const usesLoad = exercise?.kind === 'strength' && exercise.usesLoad;
        return {
          exerciseId: item.exerciseId,
          kind: 'strength',
          target: item.targetReps,
          variant: item.variant,
          ...(usesLoad ? { load: item.load } : {}),
          sets: [],
        };
      }
      return { exerciseId: item.exerciseId, kind: 'mobility', target: item.amount, sets: [] };
    }),
    setsAsked: known.map((item) => item.sets),
  };
}

function checkPain(value: number, field: string): void {
  if (!Number.isInteger(value) || value < 0 || value > 10)
    throw new RangeError(`${field} must be a whole number from 0 to 10`);
}

/**
 * Records pain before and moves to the first exercise.
 *
 * @example
 * withPainBefore(draft, 3).step // 'exercise'
 */
export function withPainBefore(draft: SessionDraft, pain: number): SessionDraft {
  checkPain(pain, 'painBefore');
  return { ...draft, painBefore: pain, step: draft.items.length > 0 ? 'exercise' : 'pain_after' };
}

/** The exercise shown now, or `undefined` outside the exercise step. */
export function currentItem(draft: SessionDraft): SessionItem | undefined {
  return draft.step === 'exercise' ? draft.items[draft.index] : undefined;
}

/** Whether the exercise shown now has all the sets asked. */
export function setsComplete(draft: SessionDraft): boolean {
  const item = currentItem(draft);
  return item !== undefined && item.sets.length >= (draft.setsAsked[draft.index] ?? 1);
}

function replaceItem(draft: SessionDraft, item: SessionItem): SessionDraft {
  const items = draft.items.map((entry, i) => (i === draft.index ? item : entry));
  return { ...draft, items };
}

/**
 * Logs one set of the exercise shown now: reps or seconds done (0–600),
 * optionally the load used and how hard it felt. At most 10 sets.
 *
 * @example
 * logSet(draft, { done: 8, effort: 'moderate' }).items[draft.index].sets.length // one more
 */
export function logSet(draft: SessionDraft, set: { done: number; load?: number; effort?: Effort }): SessionDraft {
  const item = currentItem(draft);
  if (!item) throw new RangeError('step must be exercise to log a set');
  if (!Number.isInteger(set.done) || set.done < 0 || set.done > 600) {
    throw new RangeError('done must be a whole number from 0 to 600');
  }
  if (set.load !== undefined && (!Number.isFinite(set.load) || set.load < 0 || set.load > 500)) {
    throw new RangeError('load must be a number of kilograms from 0 to 500');
  }
  if (item.sets.length >= 10) throw new RangeError('sets may hold at most 10');
  const log: SetLog = { done: set.done };
  if (set.load !== undefined) log.load = set.load;
  if (set.effort !== undefined) log.effort = set.effort;
  return replaceItem(draft, { ...item, sets: [...item.sets, log] });
}

/** Takes back the last set of the exercise shown now (a mistyped count). */
export function undoSet(draft: SessionDraft): SessionDraft {
  const item = currentItem(draft);
  if (!item || item.sets.length === 0) return draft;
  return replaceItem(draft, { ...item, sets: item.sets.slice(0, -1) });
}

/**
 * Moves on: to the next exercise, or to pain after the last one.
 *
 * @example
 * nextExercise(draft).index // draft.index + 1
 */
export function nextExercise(draft: SessionDraft): SessionDraft {
  if (draft.step !== 'exercise') return draft;
  const index = draft.index + 1;
  return index < draft.items.length ? { ...draft, index } : { ...draft, step: 'pain_after' };
}

/**
 * Skips the exercise shown now with a reason (its sets so far are dropped:
 * a skipped exercise never changes its dose) and moves on.
 */
export function skipExercise(draft: SessionDraft, reason: StopReason): SessionDraft {
  const item = currentItem(draft);
  if (!item) return draft;
  return nextExercise(replaceItem(draft, { ...item, sets: [], skipped: reason }));
}

/**
 * Stops the session early: the exercises not started count as skipped for
 * the same reason, sets already done are kept, and pain after is asked.
 */
export function stopSession(draft: SessionDraft, reason: StopReason): SessionDraft {
  const items = draft.items.map((item, i) =>
    item.skipped || item.sets.length > 0 || (draft.step === 'exercise' && i < draft.index)
      ? item
      : { ...item, sets: [], skipped: reason },
  );
  return { ...draft, items, step: 'pain_after', stopReason: reason };
}

/**
 * The `exercise_session` record of a finished draft, checked by the same
 * validator as the server's. Exercises left without sets count as skipped.
 *
 * @example
 * sessionFromDraft(draft, { painAfter: 3, endedAt: '2026-11-30T10:20:00+01:00', occurrence: 1, by: 'patient' })
 * // { ok: true, value: { programmeId, version, occurrence: 1, outcome: 'completed', items: […], … } }
 */
export function sessionFromDraft(
  draft: SessionDraft,
  end: { painAfter: number; endedAt: string; occurrence: number; by: Author },
): Validated<ExerciseSession> {
  const issues: FieldIssue[] = [];
  if (draft.painBefore === null)
    issues.push({ field: 'painBefore', code: 'required', message: 'painBefore is required' });
  if (issues.length > 0) return { ok: false, issues };
  const items = draft.items.map((item) =>
    item.sets.length === 0 && !item.skipped ? { ...item, skipped: draft.stopReason ?? ('other' as const) } : item,
  );
  const session: ExerciseSession = {
    programmeId: draft.programmeId,
    version: draft.version,
    occurrence: end.occurrence,
    by: end.by,
    startedAt: draft.startedAt,
    endedAt: end.endedAt,
    painBefore: draft.painBefore as number,
    painAfter: end.painAfter,
    outcome: draft.stopReason ? 'stopped' : 'completed',
    items,
  };
  if (draft.stopReason) session.stopReason = draft.stopReason;
  return validateExerciseSession(session);
}

/**
 * Reads a draft kept on the device; anything that is not a draft of this
 * shape (an older app's, or damaged) reads as no draft.
 *
 * @example
 * readDraft(JSON.parse(localStorage.getItem(key) ?? 'null')) // SessionDraft | undefined
 */
export function readDraft(value: unknown): SessionDraft | undefined {
  if (!isPlainObject(value)) return undefined;
  const { programmeId, version, startedAt, painBefore, step, index, items, setsAsked } = value;
  if (typeof programmeId !== 'string' || typeof version !== 'number' || typeof startedAt !== 'string') return undefined;
  if (painBefore !== null && typeof painBefore !== 'number') return undefined;
  if (step !== 'pain_before' && step !== 'exercise' && step !== 'pain_after') return undefined;
  if (typeof index !== 'number' || !Array.isArray(items) || !Array.isArray(setsAsked)) return undefined;
  if (value.stopReason !== undefined && !(STOP_REASONS as readonly unknown[]).includes(value.stopReason))
    return undefined;
  if (items.length !== setsAsked.length || index < 0 || (step === 'exercise' && index >= items.length))
    return undefined;
  // The items are checked the way a saved session is; a draft that would not save is not resumed.
  const check = validateExerciseSession({
    programmeId,
    version,
    occurrence: 1,
    by: 'patient',
    startedAt,
    endedAt: startedAt,
    painBefore: 0,
    painAfter: 0,
    outcome: 'completed',
    items,
  });
  return check.ok ? (value as SessionDraft) : undefined;
}
