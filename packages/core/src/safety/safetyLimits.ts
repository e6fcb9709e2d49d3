// The limits of the safety records' fields, apart from their validators (safetyRecords.ts): the safety journey's form
// helpers use them, and Today bundles that module without the validators.

/** The bounds of the safety records' numbers and texts. */
export const SAFETY_LIMITS = {
  ageYears: { min: 0, max: 120, integer: true },
  /** The app is for adults: its forms ask for an age from 18 (the records accept what the core accepts). */
  formAgeYears: { min: 18, max: 120, integer: true },
  concern: { maxLength: 2000 },
} as const;
