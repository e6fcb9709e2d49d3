/**
 * PSK (Patiënt Specifieke Klachten; in English the Patient-Specific Functional
 * Scale, PSFS): the person names up to three activities that are hard because
 * of the back and rates each from 0 (impossible) to 10 (as before the pain).
 */
export type PskActivity = { activity: string; score: number };

export const PSK_MAX_ACTIVITIES = 3;
export const PSK_ACTIVITY_MAX_LENGTH = 120;

/**
 * The PSK score: the mean of 1–3 activity ratings (docs/clinical-rules.md §7), unrounded
 * (round only for display). Throws a RangeError naming the field when there
 * are no or more than three activities, a name is empty or too long, or a
 * rating is not a number from 0 to 10.
 *
 * @example
 * scorePsk([{ activity: 'Vacuuming', score: 4 }, { activity: 'Cycling', score: 7 }]) // 5.5
 */
export function scorePsk(activities: readonly PskActivity[]): number {
  if (!Array.isArray(activities) || activities.length < 1 || activities.length > PSK_MAX_ACTIVITIES) {
    throw new RangeError(`activities must hold 1 to ${PSK_MAX_ACTIVITIES} activities`);
  }
  let sum = 0;
  activities.forEach((item, i) => {
    const name = item?.activity;
    if (typeof name !== 'string' || name.trim() === '' || name.length > PSK_ACTIVITY_MAX_LENGTH) {
      throw new RangeError(`activities.${i}.activity must be a name of 1 to ${PSK_ACTIVITY_MAX_LENGTH} characters`);
    }
    const score = item.score;
    if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 10) {
      throw new RangeError(`activities.${i}.score must be a number from 0 to 10`);
    }
    sum += score;
  });
  return sum / activities.length;
}
