/** The part of the day, for a greeting that fits the moment. */
export type PartOfDay = 'morning' | 'afternoon' | 'evening' | 'night';

/**
 * The part of the day at local hour `hour` (0–23): morning 6–11,
 * afternoon 12–17, evening 18–23, night 0–5.
 *
 * @example
 * partOfDay(9) // 'morning'
 * partOfDay(23) // 'evening'
 * partOfDay(3) // 'night'
 */
export function partOfDay(hour: number): PartOfDay {
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new RangeError('hour must be a whole number 0–23');
  if (hour < 6) return 'night';
  if (hour < 12) return 'morning';
  if (hour < 18) return 'afternoon';
  return 'evening';
}
