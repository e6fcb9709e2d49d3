import { toMillis } from '../calendar/zonedTime.js';
import { progressionPaused } from '../safety/progressionPause.js';
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
 * ({ at }) records through `progressionPaused`. The records are read
 * defensively: deleted ones and ones without a readable moment or tier are
 * left out.
 *
 * @example
 * plansPausedBySafety([{ id, type: 'safety_check', hlc, deleted: false,
 *   data: { date: '2026-11-20', completedAt: '2026-11-20T10:00:00Z', result: { tier: 'gp_soon' } } }]) // true
 */
export function plansPausedBySafety(records: Iterable<StoredRecord>): boolean {
  const checks: { completedAt: string; tier: SafetyTier }[] = [];
  const clearances: { at: string }[] = [];
  for (const record of records) {
    if (record.deleted || !isPlainObject(record.data)) continue;
    const data = record.data;
    if (record.type === 'safety_check') {
      const result = data.result;
      const tier = isPlainObject(result) ? result.tier : undefined;
      if (validInstant(data.completedAt) && typeof tier === 'string' && (TIERS as readonly string[]).includes(tier)) {
        checks.push({ completedAt: data.completedAt, tier: tier as SafetyTier });
      }
    } else if (record.type === 'safety_clearance' && validInstant(data.at)) {
      clearances.push({ at: data.at });
    }
  }
  return progressionPaused(checks, clearances);
}
