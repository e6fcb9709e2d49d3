/**
 * The safety check's items, in the order of docs/clinical-rules.md §1.1. That order is
 * also the order of `reasons` in a result, so it lives in one place.
 */

/** Red flags for cauda equina syndrome and the like: contact the GP now (112 if very ill). */
export const EMERGENCY_ITEMS = [
  'saddle_numbness',
  'bladder_change',
  'bowel_change',
  'sexual_function_change',
  'progressive_leg_weakness',
  'sudden_severe_pain',
] as const;

/** Signs that need a GP appointment within a few days. */
export const GP_SOON_ITEMS = [
  'major_trauma',
  'minor_trauma_fragility',
  'cancer_history',
  'unexplained_weight_loss',
  'fever_or_unwell',
  'infection_risk',
  'constant_night_pain',
  'leg_numbness_or_weakness',
  'not_improving',
] as const;

/** The nine signs of inflammatory back pain (NICE NG65) that count toward `review`. */
export const INFLAMMATORY_ITEMS = [
  'axspa_onset_under_35',
  'axspa_night_waking',
  'axspa_buttock_pain',
  'axspa_better_with_movement',
  'axspa_nsaid_response',
  'axspa_family_history',
  'axspa_arthritis',
  'axspa_enthesitis',
  'axspa_psoriasis',
] as const;

/** The gate question for the inflammatory items: did the back pain start before the age of 45? */
export const ONSET_BEFORE_45 = 'onset_before_45' as const;

export type EmergencyItemId = (typeof EMERGENCY_ITEMS)[number];
export type GpSoonItemId = (typeof GP_SOON_ITEMS)[number];
export type InflammatoryItemId = (typeof INFLAMMATORY_ITEMS)[number];
export type SafetyItemId = EmergencyItemId | GpSoonItemId | InflammatoryItemId | typeof ONSET_BEFORE_45;

/** Every item id, in the order the app asks them: emergency items first. */
export const SAFETY_ITEMS: readonly SafetyItemId[] = [
  ...EMERGENCY_ITEMS,
  ...GP_SOON_ITEMS,
  ONSET_BEFORE_45,
  ...INFLAMMATORY_ITEMS,
];

const ITEM_SET: ReadonlySet<string> = new Set(SAFETY_ITEMS);

/**
 * True when `id` is one of the safety check's item ids.
 *
 * @example
 * isSafetyItemId('saddle_numbness') // true
 * isSafetyItemId('headache') // false
 */
export function isSafetyItemId(id: string): id is SafetyItemId {
  return ITEM_SET.has(id);
}
