import { addDays, daysBetween, isIsoDate } from '../calendar/calendarDay.js';
import type { FieldIssue, Validated } from '../validation/fieldIssue.js';
import {
  EMERGENCY_ITEMS,
  GP_SOON_ITEMS,
  INFLAMMATORY_ITEMS,
  ONSET_BEFORE_45,
  type SafetyItemId,
} from './safetyItems.js';
import { SAFETY_LIMITS } from './safetyLimits.js';
import type { SafetyCheck, SafetyScope, SafetyTrigger } from './safetyRecords.js';
import { type SafetyInput, type SafetyTier, screenSafety } from './screenSafety.js';

/**
 * Small pure helpers for the safety check journey in the apps: the questions
 * of each step, building a check from answers, and the reasons of a result in display order. What is open
 * about safety on Today is safetyStatus.ts.
 */

/** A stored record of a known shape, as the apps keep it. */
export type Stored<T> = { id: string; hlc: string; data: T };

/** The steps of a check after "about you", in the order they are asked. */
export const SAFETY_SECTIONS = ['emergency', 'gp_soon', 'inflammatory'] as const;
export type SafetySection = (typeof SAFETY_SECTIONS)[number];

/** A step of the safety check: "about you" (age and start of this episode) or a section of questions. */
export type CheckStep = 'about' | SafetySection;

/**
 * The steps of a safety check, in order (docs/clinical-rules.md, "When the
 * safety check runs": every time the emergency questions first). When the
 * person's age and episode start are already known from an earlier check,
 * the emergency questions come first and "about you" follows as a short
 * confirmation before the other questions. Only on a first run, when nothing
 * is known yet, does "about you" come first, because whether sudden severe
 * pain calls for a doctor now depends on the age.
 *
 * @example
 * checkSteps(true) // ['emergency', 'about', 'gp_soon', 'inflammatory']
 * checkSteps(false) // ['about', 'emergency', 'gp_soon', 'inflammatory']
 */
export function checkSteps(aboutKnown: boolean): readonly CheckStep[] {
  return aboutKnown
    ? ['emergency', 'about', 'gp_soon', 'inflammatory']
    : ['about', 'emergency', 'gp_soon', 'inflammatory'];
}

/**
 * The questions a section asks, given the answers so far: the emergency and
 * GP-soon tables in their order, and for the last section the question
 * whether the back pain started before 45, followed by the nine signs of
 * inflammatory back pain only when that answer is yes (they count only then).
 *
 * @example
 * sectionQuestions('inflammatory', {}) // ['onset_before_45']
 * sectionQuestions('inflammatory', { onset_before_45: true }).length // 10
 */
export function sectionQuestions(
  section: SafetySection,
  answers: Partial<Record<SafetyItemId, boolean>>,
): readonly SafetyItemId[] {
  if (section === 'emergency') return EMERGENCY_ITEMS;
  if (section === 'gp_soon') return GP_SOON_ITEMS;
  return answers[ONSET_BEFORE_45] === true ? [ONSET_BEFORE_45, ...INFLAMMATORY_ITEMS] : [ONSET_BEFORE_45];
}

/** Episodes up to this many days long are asked whether the pain improved; longer ones whether it changed. */
export const SHORT_EPISODE_MAX_DAYS = 84;

/**
 * Which wording of a question to show (docs/clinical-rules.md §1.1). Only
 * `not_improving` has two: for an episode of 84 days or less, "has the pain
 * not improved at all, or got worse, over the past 4 weeks?"; for a longer
 * episode (persistent pain has by definition not gone), "has the pain clearly
 * changed over the past 4 weeks: much worse, or different from what you are
 * used to?". Same id, same rule in `screenSafety`. Without a start date the
 * first wording is used: it is the one that catches more.
 *
 * @example
 * questionWording('not_improving', '2026-01-10', '2026-11-25') // 'persistent'
 * questionWording('not_improving', '2026-10-01', '2026-11-25') // 'default'
 * questionWording('cancer_history', '2026-01-10', '2026-11-25') // 'default'
 */
export function questionWording(
  id: SafetyItemId,
  onsetDate: string | undefined,
  today: string,
): 'default' | 'persistent' {
  if (id !== 'not_improving' || onsetDate === undefined) return 'default';
  if (!isIsoDate(onsetDate) || !isIsoDate(today))
    throw new RangeError('onsetDate and today must be dates (YYYY-MM-DD)');
  return daysBetween(onsetDate, today) > SHORT_EPISODE_MAX_DAYS ? 'persistent' : 'default';
}

/**
 * The questions of `ids` without a yes or no yet, in their order. The app
 * shows a result only when this is empty for the emergency questions.
 *
 * @example
 * unansweredQuestions({ saddle_numbness: false }, ['saddle_numbness', 'bladder_change']) // ['bladder_change']
 */
export function unansweredQuestions(
  answers: Partial<Record<SafetyItemId, boolean>>,
  ids: readonly SafetyItemId[],
): SafetyItemId[] {
  return ids.filter((id) => typeof answers[id] !== 'boolean');
}

/**
 * Builds a complete safety check from what the person answered, with
 * `screenSafety`'s result. Only the questions of the scope are kept (for
 * `full`, the nine inflammatory signs only after a yes to the age question).
 * Throws a RangeError naming the first unanswered question of the scope
 * (`answers.<id>`): an incomplete emergency section never passes silently.
 *
 * @example
 * buildSafetyCheck({ date: '2026-11-25', completedAt: '2026-11-25T10:00:00Z', trigger: 'first_run',
 *   scope: 'emergency', ageYears: 52, answers: { saddle_numbness: false, bladder_change: false, bowel_change: false,
 *   sexual_function_change: false, progressive_leg_weakness: false, sudden_severe_pain: true } }).result.tier // 'emergency'
 */
export function buildSafetyCheck(input: {
  date: string;
  completedAt: string;
  trigger: SafetyTrigger;
  scope: SafetyScope;
  ageYears?: number;
  onsetDate?: string;
  answers: Partial<Record<SafetyItemId, boolean>>;
}): SafetyCheck {
  const asked: SafetyItemId[] = [...EMERGENCY_ITEMS];
  if (input.scope === 'full') asked.push(...GP_SOON_ITEMS, ...sectionQuestions('inflammatory', input.answers));
  const missing = unansweredQuestions(input.answers, asked);
  if (missing.length > 0) throw new RangeError(`answers.${missing[0]} must be answered yes or no`);
  const answers: Partial<Record<SafetyItemId, boolean>> = {};
  for (const id of asked) answers[id] = input.answers[id] as boolean;
  const screenInput: SafetyInput = { answers, today: input.date };
  if (input.ageYears !== undefined) screenInput.ageYears = input.ageYears;
  if (input.onsetDate !== undefined) screenInput.onsetDate = input.onsetDate;
  const check: SafetyCheck = {
    date: input.date,
    completedAt: input.completedAt,
    trigger: input.trigger,
    scope: input.scope,
    answers,
    result: screenSafety(screenInput),
  };
  if (input.ageYears !== undefined) check.ageYears = input.ageYears;
  if (input.onsetDate !== undefined) check.onsetDate = input.onsetDate;
  return check;
}

/**
 * True when the emergency answers alone already call for a doctor now: the
 * app then stops asking and shows the emergency advice at once.
 *
 * @example
 * emergencyNow({ bladder_change: true }, 30) // true
 * emergencyNow({ sudden_severe_pain: true }, 35) // false (at 40 or younger it is a GP visit within days)
 */
export function emergencyNow(answers: Partial<Record<SafetyItemId, boolean>>, ageYears: number | undefined): boolean {
  const only: Partial<Record<SafetyItemId, boolean>> = {};
  for (const id of EMERGENCY_ITEMS) if (answers[id] === true) only[id] = true;
  return (
    screenSafety({ answers: only, today: '2000-01-01', ...(ageYears === undefined ? {} : { ageYears }) }).tier ===
    'emergency'
  );
}

/**
 * Whether the questions after the emergency ones (GP-soon, then inflammatory
 * back pain) are asked by default (docs/intended-use.md, "Order": the rest
 * may be left for later, but only after the emergency questions). They are
 * on the first run and for as long as no check ever asked them, so that
 * everyone answers them at least once; a later re-check offers them as an
 * extra, because its purpose is to ask the emergency questions again.
 *
 * @example
 * restAskedByDefault('first_run', false) // true
 * restAskedByDefault('periodic', true) // true (the rest was never answered)
 * restAskedByDefault('periodic', false) // false
 */
export function restAskedByDefault(trigger: SafetyTrigger, neverFull: boolean): boolean {
  return trigger === 'first_run' || neverFull;
}

/**
 * The step that follows `current` as planned, before any answer counts: the
 * next of `steps`, nothing after the last, and nothing after the emergency
 * questions when the person leaves the rest for later (`goOn` false). The
 * app names the step's button "finish" when nothing follows. Throws a
 * RangeError when `current` is not one of `steps`.
 *
 * @example
 * plannedStepAfter(checkSteps(false), 'emergency', true) // 'gp_soon'
 * plannedStepAfter(checkSteps(true), 'emergency', false) // undefined (the rest is left for later)
 * plannedStepAfter(checkSteps(true), 'inflammatory', true) // undefined (the last step)
 */
export function plannedStepAfter(
  steps: readonly CheckStep[],
  current: CheckStep,
  goOn: boolean,
): CheckStep | undefined {
  const index = steps.indexOf(current);
  if (index < 0) throw new RangeError(`current must be one of the steps (${steps.join(', ')})`);
  if (current === 'emergency' && !goOn) return undefined;
  return steps[index + 1];
}

/** Where the check goes once a step is answered: on to another step, or done and saved with a scope. */
export type CheckStepAfter = { step: CheckStep } | { finish: SafetyScope };

/**
 * Where the safety check goes once `current` is answered. The clinical rule
 * is the stop after the emergency questions (docs/clinical-rules.md §1.1,
 * "Emergency items": one is enough; §1.2, "When the safety check runs" and
 * "The emergency screen"): when those answers already call for a doctor now
 * (`emergencyNow`, so sudden severe pain counts by the age), the check ends
 * there with scope `emergency`, and no further question stands between the
 * person and the emergency advice. It ends there too when the person leaves
 * the rest for later (`goOn` false), which is possible only at that step.
 * Otherwise it goes on as planned (`plannedStepAfter`) and ends with scope
 * `full` after the last step. `ageYears` is unknown only while "about you"
 * was not answered yet.
 *
 * @example
 * nextCheckStep({ steps: checkSteps(false), current: 'emergency', answers: { bladder_change: true }, ageYears: 30, goOn: true })
 * // { finish: 'emergency' }
 * nextCheckStep({ steps: checkSteps(true), current: 'emergency', answers: {}, ageYears: 30, goOn: true })
 * // { step: 'about' }
 * nextCheckStep({ steps: checkSteps(true), current: 'inflammatory', answers: {}, ageYears: 30, goOn: true })
 * // { finish: 'full' }
 */
export function nextCheckStep(input: {
  steps: readonly CheckStep[];
  current: CheckStep;
  answers: Partial<Record<SafetyItemId, boolean>>;
  ageYears: number | undefined;
  goOn: boolean;
}): CheckStepAfter {
  const planned = plannedStepAfter(input.steps, input.current, input.goOn);
  if (input.current === 'emergency' && (planned === undefined || emergencyNow(input.answers, input.ageYears))) {
    return { finish: 'emergency' };
  }
  return planned === undefined ? { finish: 'full' } : { step: planned };
}

/**
 * The tier an item raises when answered yes, as `screenSafety` counts it:
 * `sudden_severe_pain` is `emergency` above 40 (or without an age) and
 * `gp_soon` at 40 or younger; the other emergency items `emergency`, the
 * GP-soon items `gp_soon`, the inflammatory signs `review`, and the question
 * about the age the pain started nothing by itself.
 *
 * @example
 * reasonTier('sudden_severe_pain', 38) // 'gp_soon'
 * reasonTier('axspa_psoriasis', 38) // 'review'
 */
export function reasonTier(id: SafetyItemId, ageYears: number | undefined): SafetyTier {
  if (id === 'sudden_severe_pain') return ageYears === undefined || ageYears > 40 ? 'emergency' : 'gp_soon';
  if ((EMERGENCY_ITEMS as readonly string[]).includes(id)) return 'emergency';
  if ((GP_SOON_ITEMS as readonly string[]).includes(id)) return 'gp_soon';
  if ((INFLAMMATORY_ITEMS as readonly string[]).includes(id)) return 'review';
  return 'none';
}

/**
 * A result's reasons grouped by the tier each raised, highest tier first,
 * keeping the order of `reasons` inside each group; empty groups are left out.
 *
 * @example
 * reasonGroups(['sudden_severe_pain', 'cancer_history'], 38)
 * // [{ tier: 'gp_soon', reasons: ['sudden_severe_pain', 'cancer_history'] }]
 */
export function reasonGroups(
  reasons: readonly SafetyItemId[],
  ageYears: number | undefined,
): { tier: SafetyTier; reasons: SafetyItemId[] }[] {
  const tiers: SafetyTier[] = ['emergency', 'gp_soon', 'review'];
  return tiers
    .map((tier) => ({ tier, reasons: reasons.filter((id) => reasonTier(id, ageYears) === tier) }))
    .filter((group) => group.reasons.length > 0);
}

/**
 * The person's age today, counted on from the age they gave on `asOf`: one
 * year more at every anniversary of that day that has passed. The app shows
 * it to be confirmed or corrected at each check, because a birthday between
 * the two days is unknown.
 *
 * @example
 * estimateAge(40, '2026-03-10', '2027-03-09') // 40
 * estimateAge(40, '2026-03-10', '2027-03-10') // 41
 */
export function estimateAge(ageYears: number, asOf: string, today: string): number {
  if (!isIsoDate(asOf) || !isIsoDate(today)) throw new RangeError('asOf and today must be dates (YYYY-MM-DD)');
  if (daysBetween(asOf, today) <= 0) return ageYears;
  const years = Number(today.slice(0, 4)) - Number(asOf.slice(0, 4));
  const anniversaryPassed = today.slice(5) >= asOf.slice(5);
  return ageYears + years - (anniversaryPassed ? 0 : 1);
}

/** Quick choices for "about when did this episode start?", as days before today. */
export const APPROXIMATE_ONSETS = {
  weeks_2: 14,
  month_1: 30,
  months_3: 91,
  months_6: 182,
  year_1: 365,
  years_2: 730,
} as const;
export type ApproximateOnset = keyof typeof APPROXIMATE_ONSETS;

/**
 * The day an "about when" choice stands for.
 *
 * @example
 * approximateOnsetDate('2026-11-25', 'weeks_2') // '2026-11-11'
 */
export function approximateOnsetDate(today: string, choice: ApproximateOnset): string {
  return addDays(today, -APPROXIMATE_ONSETS[choice]);
}

/** The "about you" step as typed: age and start of this episode. */
export type AboutYouForm = { age: string; onsetDate: string; onsetApproximate: boolean };
export type AboutYou = { ageYears: number; onsetDate: string; onsetApproximate: boolean };

/**
 * Reads the "about you" step: a whole age from 18 to 120 (the app is for
 * adults) and the day this episode started, not after today. Issues name the
 * fields `age` and `onsetDate`.
 *
 * @example
 * aboutYouFromForm({ age: '52', onsetDate: '2026-01-15', onsetApproximate: true }, '2026-11-25')
 * // { ok: true, value: { ageYears: 52, onsetDate: '2026-01-15', onsetApproximate: true } }
 * aboutYouFromForm({ age: '', onsetDate: '', onsetApproximate: false }, '2026-11-25').ok // false (age, onsetDate required)
 */
export function aboutYouFromForm(form: AboutYouForm, today: string): Validated<AboutYou> {
  const issues: FieldIssue[] = [];
  const { min, max } = SAFETY_LIMITS.formAgeYears;
  const ageText = form.age.trim();
  let ageYears: number | undefined;
  if (ageText === '') issues.push({ field: 'age', code: 'required', message: 'age is required' });
  else if (!/^\d+([.,]\d+)?$/.test(ageText)) {
    issues.push({ field: 'age', code: 'not_a_number', message: 'age must be a number' });
  } else if (!/^\d+$/.test(ageText)) {
    issues.push({ field: 'age', code: 'not_an_integer', message: 'age must be a whole number' });
  } else {
    const value = Number(ageText);
    if (value < min || value > max) {
      issues.push({ field: 'age', code: 'out_of_range', message: `age must be between ${min} and ${max}`, min, max });
    } else ageYears = value;
  }
  const onsetDate = form.onsetDate.trim();
  if (onsetDate === '') issues.push({ field: 'onsetDate', code: 'required', message: 'onsetDate is required' });
  else if (!isIsoDate(onsetDate)) {
    issues.push({ field: 'onsetDate', code: 'invalid_date', message: 'onsetDate must be a date (YYYY-MM-DD)' });
  } else if (daysBetween(onsetDate, today) < 0) {
    issues.push({ field: 'onsetDate', code: 'date_in_future', message: 'onsetDate must not be after today' });
  }
  if (issues.length > 0 || ageYears === undefined) return { ok: false, issues };
  return { ok: true, value: { ageYears, onsetDate, onsetApproximate: form.onsetApproximate } };
}
