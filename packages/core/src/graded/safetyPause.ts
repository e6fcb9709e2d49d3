import { toMillis } from '../calendar/zonedTime.js';
import { type PauseCheck, progressionPaused } from '../safety/progressionPause.js';
import { isSafetyItemId, type SafetyItemId } from '../safety/safetyItems.js';
import type { SafetyTier } from '../safety/screenSafety.js';
import { isPlainObject } from '../validation/fieldIssue.js';
import type { StoredRecord } from './planState.js';

const TIERS: readonly SafetyTier[] = ['emergency', 'gp_soon', 'review', 'none'];

const validInstant = (value: unknown): value is string => {
  if (typeof value !== 'string') return false;
  try {
    toMillis(value);
    return true;
  } catch {
    return false;
  }
};

/**
 * Whether the safety check pauses every activity plan, read from the stored
 * `safety_check` ({ completedAt, result: { tier } }) and `safety_clearance`
 * ({ at }) records through `progressionPaused`, so a clearance covers the
 * reasons it cleared exactly as on the safety pages. The records are read
 * defensively: deleted ones and ones without a readable moment or tier are
 * left out, and a check without a readable list of reasons pauses as a whole.
 *
 * @example
 * plansPausedBySafety([{ id, type: 'safety_check', hlc, deleted: false,
 *   data: { date: '2026-11-20', completedAt: '2026-11-20T10:00:00Z', result: { tier: 'gp_soon' } } }]) // true
 */
export function plansPausedBySafety(records: Iterable<StoredRecord>): boolean {
  const checks: PauseCheck[] = [];
  const clearances: { at: string }[] = [];
  for (const record of records) {
    if (record.deleted || !isPlainObject(record.data)) continue;
    const data = record.data;
    if (record.type === 'safety_check') {
      const result = data.result;
      const tier = isPlainObject(result) ? result.tier : undefined;
      if (validInstant(data.completedAt) && typeof tier === 'string' && (TIERS as readonly string[]).includes(tier)) {
        const reasons = isPlainObject(result) ? result.reasons : undefined;
        const check: PauseCheck = { completedAt: data.completedAt, tier: tier as SafetyTier };
        // Without a readable list of reasons the check pauses as a whole (the safer side).
        if (Array.isArray(reasons) && reasons.every((id) => typeof id === 'string' && isSafetyItemId(id))) {
          check.reasons = reasons as SafetyItemId[];
        }
        checks.push(check);
      }
    } else if (record.type === 'safety_clearance' && validInstant(data.at)) {
      clearances.push({ at: data.at });
    }
  }
  return progressionPaused(checks, clearances);
}
