import { RECORD } from '../records/recordNames.js';
import type { RecordReader } from '../records/recordReader.js';
import { progressionPaused } from '../safety/progressionPause.js';

/**
 * Whether the safety check pauses every activity plan: the `paused` of
 * `safetyStatus`, from the stored records. The checks and clearances come
 * from `read`, checked as the safety pages read them, and are decided by the
 * same rule (`safetyPause`), so the plans and the safety pages can never
 * disagree about a pause. A record that does not validate is left out on both
 * sides alike.
 *
 * @example
 * plansPausedBySafety(readerOf([{ id, type: 'safety_check', hlc, deleted: false,
 *   data: { date: '2026-11-20', completedAt: '2026-11-20T10:00:00Z', trigger: 'manual', scope: 'emergency',
 *     answers: { …, bladder_change: true }, result: { tier: 'emergency', reasons: ['bladder_change'] } } }])) // true
 */
export function plansPausedBySafety(read: RecordReader): boolean {
  const checks = read(RECORD.safetyCheck).map(({ data }) => ({
    completedAt: data.completedAt,
    tier: data.result.tier,
    reasons: data.result.reasons,
  }));
  const clearances = read(RECORD.safetyClearance).map(({ data }) => ({ at: data.at }));
  return progressionPaused(checks, clearances);
}
