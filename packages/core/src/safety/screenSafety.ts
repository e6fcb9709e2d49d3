import { daysBetween, isIsoDate } from '../calendar/calendarDay.js';
import {
  EMERGENCY_ITEMS,
  GP_SOON_ITEMS,
  INFLAMMATORY_ITEMS,
  isSafetyItemId,
  ONSET_BEFORE_45,
  type SafetyItemId,
} from './safetyItems.js';

export type SafetyTier = 'emergency' | 'gp_soon' | 'review' | 'none';
export type PainType = 'specific_suspected' | 'acute' | 'subacute' | 'persistent' | 'unknown';

export type SafetyInput = {
  /** Age now, whole years. */
  ageYears?: number;
  /** ISO date (YYYY-MM-DD) the current episode of back pain started. */
  onsetDate?: string;
  /** ISO date; defaults to the current local date. */
  today?: string;
  /** true = yes; missing or false = no. */
  answers: Partial<Record<SafetyItemId, boolean>>;
};

export type SafetyResult = {
  tier: SafetyTier;
  /** Every item that raised a tier (any tier), in the order of docs/clinical-rules.md §1.1. */
  reasons: SafetyItemId[];
  painType: PainType;
};

const TIER_RANK: Record<SafetyTier, number> = { none: 0, review: 1, gp_soon: 2, emergency: 3 };

/** Age from which sudden severe pain counts as an emergency (aortic aneurysm pattern). */
const SUDDEN_PAIN_EMERGENCY_ABOVE_AGE = 40;
/** Age from which "not improving over 4 weeks" counts for a GP visit. */
const NOT_IMPROVING_ABOVE_AGE = 50;
/** Inflammatory signs count only when the episode has lasted longer than this many days. */
const INFLAMMATORY_MIN_DAYS = 90;
/** At least this many of the nine inflammatory signs raise `review`. */
const INFLAMMATORY_MIN_COUNT = 3;

/**
 * The safety check of docs/clinical-rules.md §1.1: which tier of safety advice to show
 * first, the answers that led to it, and which kind of back pain the
 * description fits. It is information, not triage: the app shows safety
 * information to everybody; the tier only decides what comes first.
 *
 * Input checks (RangeError naming the field): `ageYears` must be a whole
 * number 0–120 (a fraction is refused rather than guessed, the safer choice
 * where the spec is silent); dates must be real `YYYY-MM-DD` dates;
 * `onsetDate` may not be after `today`; every answer key must be a known item
 * and every answer `true`, `false` or absent.
 *
 * `today` defaults to the device's current local date, as the spec requires;
 * the apps always pass it, so the core stays testable.
 *
 * @example
 * screenSafety({ ageYears: 52, answers: { sudden_severe_pain: true } })
 * // { tier: 'emergency', reasons: ['sudden_severe_pain'], painType: 'specific_suspected' }
 * screenSafety({ ageYears: 35, onsetDate: '2026-01-01', today: '2026-06-01', answers: {} })
 * // { tier: 'none', reasons: [], painType: 'persistent' }
 */
export function screenSafety(input: SafetyInput): SafetyResult {
  const { ageYears, onsetDate, answers } = input;
  if (
    ageYears !== undefined &&
    (typeof ageYears !== 'number' || !Number.isInteger(ageYears) || ageYears < 0 || ageYears > 120)
  ) {
    throw new RangeError('ageYears must be a whole number from 0 to 120');
  }
  const today = input.today ?? currentLocalDate();
  if (!isIsoDate(today)) throw new RangeError('today must be a date (YYYY-MM-DD)');
  if (onsetDate !== undefined) {
    if (!isIsoDate(onsetDate)) throw new RangeError('onsetDate must be a date (YYYY-MM-DD)');
    if (daysBetween(onsetDate, today) < 0) throw new RangeError('onsetDate must not be after today');
  }
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    throw new RangeError('answers must be an object of item ids to true or false');
  }
  for (const [id, value] of Object.entries(answers)) {
    if (!isSafetyItemId(id)) throw new RangeError(`answers.${id} is not a safety item`);
    if (value !== undefined && typeof value !== 'boolean') throw new RangeError(`answers.${id} must be true or false`);
  }

  const yes = (id: SafetyItemId) => answers[id] === true;
  const ageUnknown = ageYears === undefined;
  let tier: SafetyTier = 'none';
  const reasons: SafetyItemId[] = [];
  const raise = (id: SafetyItemId, raised: SafetyTier) => {
    reasons.push(id);
    if (TIER_RANK[raised] > TIER_RANK[tier]) tier = raised;
  };

  for (const id of EMERGENCY_ITEMS) {
    if (!yes(id)) continue;
    if (id === 'sudden_severe_pain') {
      raise(id, ageUnknown || ageYears > SUDDEN_PAIN_EMERGENCY_ABOVE_AGE ? 'emergency' : 'gp_soon');
    } else {
      raise(id, 'emergency');
    }
  }
  for (const id of GP_SOON_ITEMS) {
    if (!yes(id)) continue;
    if (id === 'not_improving' && !(ageUnknown || ageYears > NOT_IMPROVING_ABOVE_AGE)) continue;
    raise(id, 'gp_soon');
  }
  const episodeDays = onsetDate === undefined ? undefined : daysBetween(onsetDate, today);
  if (yes(ONSET_BEFORE_45) && episodeDays !== undefined && episodeDays > INFLAMMATORY_MIN_DAYS) {
    const signs = INFLAMMATORY_ITEMS.filter(yes);
    if (signs.length >= INFLAMMATORY_MIN_COUNT) for (const id of signs) raise(id, 'review');
  }

  return { tier, reasons, painType: painTypeOf(tier, episodeDays) };
}

function painTypeOf(tier: SafetyTier, episodeDays: number | undefined): PainType {
  if (tier === 'emergency' || tier === 'gp_soon') return 'specific_suspected';
  if (episodeDays === undefined) return 'unknown';
  if (episodeDays < 42) return 'acute';
  if (episodeDays <= 84) return 'subacute';
  return 'persistent';
}

function currentLocalDate(): string {
  // The one place the core reads the clock: docs/clinical-rules.md §1.1 defines this default.
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
