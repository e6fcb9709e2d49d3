import { compareInstants } from '../calendar/zonedTime.js';
import { EMERGENCY_ITEMS, GP_SOON_ITEMS, type SafetyItemId } from './safetyItems.js';
import type { SafetyTier } from './screenSafety.js';

/** The tiers that pause plan progression until a doctor was seen (docs/clinical-rules.md §1.1). */
export const PAUSING_TIERS: readonly SafetyTier[] = ['emergency', 'gp_soon'];

/** A safety check as the pause rule reads it: when it was finished, its tier and its reasons. */
export type PauseCheck = { completedAt: string; tier: SafetyTier; reasons?: readonly SafetyItemId[] };
/** "I have seen a doctor" (the person) or "resume the plan" (a linked therapist). */
export type PauseClearance = { at: string };

/** What the pause rule says about one check, in the order the checks were given. */
export type CheckPause = {
  /** This check brought something that no clearance covers yet, at the time it was done. */
  pauses: boolean;
  /** Reasons of this check that an earlier clearance already covered: "known to your doctor". */
  knownToDoctor: SafetyItemId[];
  /** Reasons of this check that paused the plan (new, or from the emergency table). */
  newReasons: SafetyItemId[];
};

export type SafetyPause = {
  /** Plan progression is paused now. */
  paused: boolean;
  /** Index (into the given checks) of the latest check that keeps the plan paused now. */
  pausingIndex?: number;
  /** Per given check, in the given order. */
  checks: CheckPause[];
};

const EMERGENCY_SET: ReadonlySet<string> = new Set(EMERGENCY_ITEMS);
const PAUSING_ITEM_SET: ReadonlySet<string> = new Set([...EMERGENCY_ITEMS, ...GP_SOON_ITEMS]);

/**
 * The pause of plan progression by the safety check (docs/clinical-rules.md,
 * "Clearance covers what it cleared"). Checks and clearances are read in time
 * order:
 *
 * - A check with tier `emergency` or `gp_soon` pauses the plan for each of its
 *   reasons from the emergency or GP-soon tables that no clearance covers yet.
 * - A clearance ends the pause and covers every GP-soon reason that was open
 *   at that moment: the person has seen a doctor about them. A later check
 *   with only covered reasons does not pause again, so lasting facts such as
 *   `cancer_history` do not pause a plan every 28 days.
 * - Reasons from the emergency table are never covered: any emergency reason
 *   pauses again, every time (the safer side; `sudden_severe_pain` at 40 or
 *   younger raises only `gp_soon` but is by its wording a new event).
 * - A check whose tier pauses but whose `reasons` are missing or name no
 *   emergency or GP-soon item (an old or odd record) pauses as a whole, the
 *   safer side.
 * - A later check without red flags never lifts a pause: only a clearance says
 *   a doctor has looked.
 *
 * @example
 * const cancer = { tier: 'gp_soon', reasons: ['cancer_history'] } as const;
 * safetyPause([{ completedAt: '2026-10-01T10:00:00Z', ...cancer }], []).paused // true
 * safetyPause(
 *   [{ completedAt: '2026-10-01T10:00:00Z', ...cancer }, { completedAt: '2026-10-29T10:00:00Z', ...cancer }],
 *   [{ at: '2026-10-05T09:00:00Z' }],
 * ) // { paused: false, checks: [{ pauses: true, … }, { pauses: false, knownToDoctor: ['cancer_history'], newReasons: [] }] }
 */
export function safetyPause(checks: readonly PauseCheck[], clearances: readonly PauseClearance[]): SafetyPause {
  type Event = { at: string; kind: 'clearance' } | { at: string; kind: 'check'; index: number };
  const events: Event[] = [
    ...checks.map((check, index) => ({ at: check.completedAt, kind: 'check' as const, index })),
    ...clearances.map((clearance) => ({ at: clearance.at, kind: 'clearance' as const })),
  ];
  // At the same instant a check comes first: a clearance covers what was known when it was given.
  events.sort((a, b) => compareInstants(a.at, b.at) || (a.kind === b.kind ? 0 : a.kind === 'check' ? -1 : 1));

  const covered = new Set<SafetyItemId>();
  let openReasons = new Set<SafetyItemId>();
  let openWhole = false;
  let pausingIndex: number | undefined;
  const perCheck: CheckPause[] = checks.map(() => ({ pauses: false, knownToDoctor: [], newReasons: [] }));

  for (const event of events) {
    if (event.kind === 'clearance') {
      for (const id of openReasons) if (!EMERGENCY_SET.has(id)) covered.add(id);
      openReasons = new Set();
      openWhole = false;
      pausingIndex = undefined;
      continue;
    }
    const check = checks[event.index] as PauseCheck;
    const info = perCheck[event.index] as CheckPause;
    if (!PAUSING_TIERS.includes(check.tier)) {
      info.knownToDoctor = (check.reasons ?? []).filter((id) => covered.has(id));
      continue;
    }
    if (check.reasons === undefined || !check.reasons.some((id) => PAUSING_ITEM_SET.has(id))) {
      openWhole = true;
      info.pauses = true;
      pausingIndex = event.index;
      continue;
    }
    for (const id of check.reasons) {
      if (!PAUSING_ITEM_SET.has(id)) continue;
      if (covered.has(id) && !EMERGENCY_SET.has(id)) info.knownToDoctor.push(id);
      else {
        info.newReasons.push(id);
        openReasons.add(id);
      }
    }
    if (info.newReasons.length > 0) {
      info.pauses = true;
      pausingIndex = event.index;
    }
  }
  const paused = openWhole || openReasons.size > 0;
  const result: SafetyPause = { paused, checks: perCheck };
  if (paused && pausingIndex !== undefined) result.pausingIndex = pausingIndex;
  return result;
}

/**
 * Is plan progression paused by the safety check? The yes-or-no of
 * `safetyPause`.
 *
 * @example
 * progressionPaused([{ completedAt: '2026-11-20T10:00:00Z', tier: 'gp_soon', reasons: ['fever_or_unwell'] }], []) // true
 * progressionPaused([{ completedAt: '2026-11-20T10:00:00Z', tier: 'gp_soon', reasons: ['fever_or_unwell'] }],
 *   [{ at: '2026-11-22T09:00:00Z' }]) // false
 */
export function progressionPaused(checks: readonly PauseCheck[], clearances: readonly PauseClearance[]): boolean {
  return safetyPause(checks, clearances).paused;
}
