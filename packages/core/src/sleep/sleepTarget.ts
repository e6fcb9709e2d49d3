/**
 * Recommended sleep for an adult (National Sleep Foundation, Hirshkowitz et
 * al. 2015): 7–9 hours from 18 to 64, 7–8 hours from 65. The consensus does
 * not split by sex, so neither does this (the blog's 8–10 for women is not
 * followed). Below 18 throws: the app is for adults. Above 120, or a value
 * that is not a finite number, throws too, as in the safety check (§1.1),
 * because such an age is a typing error, not a person.
 *
 * @example
 * sleepTarget(40) // { minHours: 7, maxHours: 9 }
 * sleepTarget(65) // { minHours: 7, maxHours: 8 }
 * sleepTarget(17) // throws RangeError
 */
export function sleepTarget(ageYears: number): { minHours: number; maxHours: number } {
  if (typeof ageYears !== 'number' || !Number.isFinite(ageYears)) throw new RangeError('ageYears must be a number');
  if (ageYears < 18) throw new RangeError('ageYears must be 18 or more: Veerkracht is for adults');
  if (ageYears > 120) throw new RangeError('ageYears must be 120 or less');
  return ageYears >= 65 ? { minHours: 7, maxHours: 8 } : { minHours: 7, maxHours: 9 };
}

/** The range a person may choose as their own sleep target (docs/clinical-rules.md §5). */
export const PERSONAL_SLEEP_TARGET_RANGE = { minHours: 6, maxHours: 10 } as const;
