import { compareInstants } from '../calendar/zonedTime.js';
import type { SafetyTier } from './screenSafety.js';

/** The tiers that pause plan progression until a doctor was seen (clinical.md §1.1). */
export const PAUSING_TIERS: readonly SafetyTier[] = ['emergency', 'gp_soon'];

/**
 * Is plan progression paused by the safety check? Yes while any check with
 * tier `emergency` or `gp_soon` was completed after the latest "I have seen a
 * doctor" confirmation (by the person) or resume (by a linked therapist). A
 * later check without red flags does not lift the pause by itself: only the
 * confirmation says a doctor has looked.
 *
 * @example
 * progressionPaused([{ completedAt: '2026-11-20T10:00:00Z', tier: 'gp_soon' }], []) // true
 * progressionPaused([{ completedAt: '2026-11-20T10:00:00Z', tier: 'gp_soon' }], [{ at: '2026-11-22T09:00:00Z' }]) // false
 */
export function progressionPaused(
  checks: readonly { completedAt: string; tier: SafetyTier }[],
  clearances: readonly { at: string }[],
): boolean {
  const lastClearance = clearances.reduce<string | undefined>(
    (latest, c) => (latest === undefined || compareInstants(c.at, latest) > 0 ? c.at : latest),
    undefined,
  );
  return checks.some(
    (check) =>
      PAUSING_TIERS.includes(check.tier) &&
      (lastClearance === undefined || compareInstants(check.completedAt, lastClearance) > 0),
  );
}
