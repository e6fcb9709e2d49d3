import { RECORD } from '../records/recordNames.js';
import { progressionPaused } from '../safety/progressionPause.js';
import { recordsOfType } from '../safety/safetyJourney.js';
import { validateSafetyCheck, validateSafetyClearance } from '../safety/safetyRecords.js';
import type { SyncRecord } from '../sync/merge.js';

/**
 * Whether the safety check pauses every activity plan: the `paused` of
 * `safetyStatus`, from the stored records. The checks and clearances are read
 * with `recordsOfType` and their validators, exactly as the safety pages read
 * them, and decided by the same rule (`safetyPause`), so the plans and the
 * safety pages can never disagree about a pause. A record that does not
 * validate is left out on both sides alike.
 *
 * @example
 * plansPausedBySafety([{ id, type: 'safety_check', hlc, deleted: false,
 *   data: { date: '2026-11-20', completedAt: '2026-11-20T10:00:00Z', trigger: 'manual', scope: 'emergency',
 *     answers: { …, bladder_change: true }, result: { tier: 'emergency', reasons: ['bladder_change'] } } }]) // true
 */
export function plansPausedBySafety(records: Iterable<SyncRecord>): boolean {
  const list = [...records];
  const checks = recordsOfType(list, RECORD.safetyCheck, validateSafetyCheck).map(({ data }) => ({
    completedAt: data.completedAt,
    tier: data.result.tier,
    reasons: data.result.reasons,
  }));
  const clearances = recordsOfType(list, RECORD.safetyClearance, validateSafetyClearance).map(({ data }) => ({
    at: data.at,
  }));
  return progressionPaused(checks, clearances);
}
