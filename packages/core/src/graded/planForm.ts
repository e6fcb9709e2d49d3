import { parseFormNumber } from '../checkIn/checkInForm.js';
import type { FieldIssue, Validated } from '../validation/fieldIssue.js';
import {
  type ActivityPlan,
  type ActivitySession,
  DEFAULT_BASELINE_SESSIONS,
  DEFAULT_WINDOW_HOURS,
  type SessionPhase,
  UNIT_STEP,
  validateActivityPlan,
  validateActivitySession,
} from './activityRecords.js';

/** The new-plan form as it holds it: every field is the text typed or the option picked. */
export type PlanForm = {
  activity: string;
  unit: string;
  customName: string;
  baselineSessions: string;
  goal: string;
  weeks: string;
  perWeek: string;
  mode: string;
  windowHours: string;
};

/** A new plan's form: walking in minutes, 3 baseline sessions, 6 weeks × 3 a week, the 48-hour rule. */
export const DEFAULT_PLAN_FORM: Readonly<PlanForm> = {
  activity: 'walking',
  unit: 'minutes',
  customName: '',
  baselineSessions: String(DEFAULT_BASELINE_SESSIONS),
  goal: '',
  weeks: '6',
  perWeek: '3',
  mode: 'symptom',
  windowHours: String(DEFAULT_WINDOW_HOURS),
};

/**
 * The first version of a plan from the new-plan form: status `baseline`
 * (measure first), no levels yet, `sessions = weeks × perWeek`, and the
 * unit's rounding step. Issues name the form's fields (`sessions` when the
 * horizon gives fewer than 2 or more than 200 sessions; `goal` when it is
 * below one step of the unit).
 *
 * @example
 * planFromForm({ ...DEFAULT_PLAN_FORM, goal: '30' }, { planId, at: '2026-11-20T10:00:00+01:00' })
 * // { ok: true, value: { planId, version: 1, activity: 'walking', goal: 30, sessions: 18, status: 'baseline', … } }
 */
export function planFromForm(form: PlanForm, context: { planId: string; at: string }): Validated<ActivityPlan> {
  const number = (text: string) => parseFormNumber(text);
  const weeks = number(form.weeks);
  const perWeek = number(form.perWeek);
  const unit = form.unit;
  const step = Object.hasOwn(UNIT_STEP, unit) ? UNIT_STEP[unit as keyof typeof UNIT_STEP] : undefined;
  const sessions = typeof weeks === 'number' && typeof perWeek === 'number' ? weeks * perWeek : undefined;
  const input: Record<string, unknown> = {
    planId: context.planId,
    version: 1,
    effectiveFrom: context.at,
    activity: form.activity,
    unit,
    baselineSessions: number(form.baselineSessions),
    baseline: [],
    goal: number(form.goal),
    sessions,
    weeks,
    perWeek,
    mode: form.mode,
    windowHours: number(form.windowHours),
    levels: [],
    status: 'baseline',
  };
  if (form.activity === 'custom') input.customName = form.customName;
  if (step !== undefined && step !== 1) input.step = step;
  const result = validateActivityPlan(input);
  const all = result.ok ? [] : result.issues;
  // A wrong number of weeks or sessions per week already explains a wrong session count.
  const horizonIssue = all.some((issue) => issue.field === 'weeks' || issue.field === 'perWeek');
  const issues: FieldIssue[] = all.filter(
    (issue) => issue.field !== 'sessions' || (!horizonIssue && issue.code !== 'required'),
  );
  // The form always asks for the horizon, though a plan record may leave weeks out.
  for (const field of ['weeks', 'perWeek'] as const) {
    if (input[field] === undefined) issues.push({ field, code: 'required', message: `${field} is required` });
  }
  const goal = input.goal;
  if (step !== undefined && typeof goal === 'number' && goal > 0 && goal < step) {
    issues.push({ field: 'goal', code: 'out_of_range', message: `goal must be at least ${step}`, min: step });
  }
  if (issues.length > 0 || !result.ok) return { ok: false, issues };
  return result;
}

/** The session form: the amount done, pain before and after (0–10) and a note. */
export type SessionForm = { amount: string; painBefore: string; painAfter: string; note: string };

export const EMPTY_SESSION_FORM: Readonly<SessionForm> = { amount: '', painBefore: '', painAfter: '', note: '' };

/**
 * The session form as it opens: for a session at a quota the amount starts at
 * the quota (doing the quota is the plan; the person changes it only when
 * they did more or less), written the person's way by `format` (e.g. "7,5"
 * in Dutch); a baseline measurement starts empty, because nobody knows the
 * amount beforehand.
 *
 * @example
 * sessionFormForQuota(16) // { amount: '16', painBefore: '', painAfter: '', note: '' }
 * sessionFormForQuota(null) // EMPTY_SESSION_FORM
 */
export function sessionFormForQuota(
  quota: number | null,
  format: (amount: number) => string = (amount) => String(amount),
): SessionForm {
  return { ...EMPTY_SESSION_FORM, amount: quota === null ? '' : format(quota) };
}

/**
 * A session record from the filled-in form, validated: the amount must be a
 * number above 0 ("7,5" and "7.5" both read as seven and a half), pain a
 * whole number 0–10. Issues name the form's fields.
 *
 * @example
 * sessionFromForm({ amount: '16', painBefore: '3', painAfter: '4', note: '' },
 *   { planId, version: 2, occurrence: 3, phase: 'plan', level: 2, endedAt: '2026-11-20T18:00:00+01:00' })
 * // { ok: true, value: { planId, version: 2, occurrence: 3, phase: 'plan', level: 2, amount: 16, … } }
 */
export function sessionFromForm(
  form: SessionForm,
  context: {
    planId: string;
    version: number;
    occurrence: number;
    phase: SessionPhase;
    level?: number;
    endedAt: string;
  },
): Validated<ActivitySession> {
  const input: Record<string, unknown> = {
    planId: context.planId,
    version: context.version,
    occurrence: context.occurrence,
    phase: context.phase,
    amount: parseFormNumber(form.amount),
    painBefore: parseFormNumber(form.painBefore),
    painAfter: parseFormNumber(form.painAfter),
    endedAt: context.endedAt,
  };
  if (context.phase === 'plan') input.level = context.level;
  if (form.note.trim() !== '') input.note = form.note;
  return validateActivitySession(input);
}
