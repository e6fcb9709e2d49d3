import { type FieldIssue, isPlainObject, readNumber, readString, type Validated } from '../validation/fieldIssue.js';
import { readInstant, readOneOf, unknownFields } from '../validation/recordFields.js';
import { MOVEMENTS, type MovementId } from './movements.js';

/** How harmful a movement seems to the person, 0–100 (`fear_rating` record). Re-rating adds a new record. */
export type FearRatingRecord = { movement: MovementId; rating: number; ratedAt: string };

/** Whether what the person feared happened: yes, no, or not sure. */
export const FEARED_OUTCOME_ANSWERS = ['yes', 'no', 'not_sure'] as const;
export type FearedOutcome = (typeof FEARED_OUTCOME_ANSWERS)[number];

/**
 * One exposure (`exposure` record): the pain the person expected before
 * (0–10), the pain they had after (0–10) and, since this field was added,
 * whether what they feared happened (docs/clinical-rules.md §4). Never how
 * much damage there was: nobody can feel damage. `fearedHappened` is
 * optional, so exposures saved before it existed stay valid.
 */
export type ExposureRecordData = {
  movement: MovementId;
  expected: number;
  actual: number;
  fearedHappened?: FearedOutcome;
  at: string;
  note?: string;
};

export const EXPOSURE_LIMITS = {
  rating: { min: 0, max: 100, integer: true },
  expected: { min: 0, max: 10, integer: true },
  actual: { min: 0, max: 10, integer: true },
  note: { maxLength: 2000 },
} as const;

/**
 * Validates a `fear_rating` record: a movement of the catalogue, a whole
 * number 0–100 and the moment it was rated.
 *
 * @example
 * validateFearRating({ movement: 'lift_crate', rating: 70, ratedAt: '2026-11-20T10:00:00+01:00' }).ok // true
 * validateFearRating({ movement: 'lift_crate', rating: 101, ratedAt: '…' }).ok // false, issue on 'rating'
 */
export function validateFearRating(input: unknown): Validated<FearRatingRecord> {
  if (!isPlainObject(input)) {
    return { ok: false, issues: [{ field: '', code: 'not_an_object', message: 'a fear rating must be an object' }] };
  }
  const issues: FieldIssue[] = [];
  unknownFields(input, ['movement', 'rating', 'ratedAt'], issues, 'a fear rating');
  const movement = readOneOf(input, 'movement', MOVEMENTS, issues);
  const rating = readNumber(input, 'rating', issues, { ...EXPOSURE_LIMITS.rating, required: true });
  const ratedAt = readInstant(input, 'ratedAt', issues);
  if (issues.length > 0 || movement === undefined || rating === undefined || ratedAt === undefined) {
    return { ok: false, issues };
  }
  return { ok: true, value: { movement, rating, ratedAt } };
}

/**
 * Validates an `exposure` record: a movement of the catalogue, the expected
 * and the actual pain as whole numbers 0–10, when it was done, optionally
 * whether the feared outcome happened (`yes`, `no`, `not_sure`; records from
 * before this field existed have none and stay valid), and an optional note.
 *
 * @example
 * validateExposure({ movement: 'bend_pick_up', expected: 7, actual: 3, at: '2026-11-20T10:00:00+01:00' }).ok // true
 * validateExposure({ movement: 'bend_pick_up', expected: 7, actual: 3, fearedHappened: 'no', at: '…' }).ok // true
 */
export function validateExposure(input: unknown): Validated<ExposureRecordData> {
  if (!isPlainObject(input)) {
    return { ok: false, issues: [{ field: '', code: 'not_an_object', message: 'an exposure must be an object' }] };
  }
  const issues: FieldIssue[] = [];
  unknownFields(input, ['movement', 'expected', 'actual', 'fearedHappened', 'at', 'note'], issues, 'an exposure');
  const movement = readOneOf(input, 'movement', MOVEMENTS, issues);
  const expected = readNumber(input, 'expected', issues, { ...EXPOSURE_LIMITS.expected, required: true });
  const actual = readNumber(input, 'actual', issues, { ...EXPOSURE_LIMITS.actual, required: true });
  const fearedHappened = readOneOf(input, 'fearedHappened', FEARED_OUTCOME_ANSWERS, issues, false);
  const at = readInstant(input, 'at', issues);
  const note = readString(input, 'note', issues, { ...EXPOSURE_LIMITS.note, required: false });
  if (
    issues.length > 0 ||
    movement === undefined ||
    expected === undefined ||
    actual === undefined ||
    at === undefined
  ) {
    return { ok: false, issues };
  }
  const value: ExposureRecordData = { movement, expected, actual, at };
  if (fearedHappened !== undefined) value.fearedHappened = fearedHappened;
  if (note !== undefined && note.trim() !== '') value.note = note;
  return { ok: true, value };
}

/** The record kind (type and validator) of this file's records, for readers and the registry (records/syncChange.ts). */
export const FEAR_RATING_KIND = { type: 'fear_rating', validate: (data: unknown) => validateFearRating(data) } as const;
export const EXPOSURE_KIND = { type: 'exposure', validate: (data: unknown) => validateExposure(data) } as const;
