import { type FieldIssue, isPlainObject, readNumber, readString, type Validated } from '../validation/fieldIssue.js';
import {
  readId,
  readInstant,
  readNumberList,
  readOneOf,
  readPositive,
  unknownFields,
} from '../validation/recordFields.js';
import type { PlanMode } from './nextSession.js';
import { buildQuotaPlan } from './quotaPlan.js';

/**
 * The synced records of graded activity (docs/clinical-rules.md §3), modelled like
 * CareKit: a plan is a versioned task (a new version with an effective moment
 * instead of an edit in place, so "what was prescribed on day X" stays
 * answerable), and sessions are outcomes keyed by plan version and occurrence.
 */

export const ACTIVITIES = ['walking', 'cycling', 'swimming', 'gardening', 'stairs', 'custom'] as const;
export type Activity = (typeof ACTIVITIES)[number];

export const ACTIVITY_UNITS = ['minutes', 'repetitions', 'metres', 'floors'] as const;
export type ActivityUnit = (typeof ACTIVITY_UNITS)[number];

/** The unit an activity is counted in unless the person picks another one. */
export const DEFAULT_UNIT: Readonly<Record<Activity, ActivityUnit>> = {
  walking: 'minutes',
  cycling: 'minutes',
  swimming: 'minutes',
  gardening: 'minutes',
  stairs: 'floors',
  custom: 'minutes',
};

/**
 * The rounding step of a plan's levels per unit: whole minutes, repetitions
 * and floors; metres in tens (nobody swims 213 metres on purpose).
 */
export const UNIT_STEP: Readonly<Record<ActivityUnit, number>> = {
  minutes: 1,
  repetitions: 1,
  metres: 10,
  floors: 1,
};

/** `baseline`: measuring, no quota yet; `active`: quotas from `levels`; `stopped`: ended by the person. */
export const PLAN_STATUSES = ['baseline', 'active', 'stopped'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_MODES: readonly PlanMode[] = ['symptom', 'time'];
export const SESSION_PHASES = ['baseline', 'plan'] as const;
export type SessionPhase = (typeof SESSION_PHASES)[number];
export const FOLLOW_UP_ANSWERS = ['yes', 'not_yet'] as const;
export type FollowUpReply = (typeof FOLLOW_UP_ANSWERS)[number];
export const PLAN_DECISIONS = ['progress', 'hold', 'step_back', 'complete'] as const;
export type PlanDecisionKind = (typeof PLAN_DECISIONS)[number];

/** Default number of baseline measurements: "do it until you would normally stop, without pushing through; note how much". */
export const DEFAULT_BASELINE_SESSIONS = 3;
/** The blog's 48-hour rule; a plan may use 24 to 48 hours. */
export const DEFAULT_WINDOW_HOURS = 48;

/** Limits shared by validation, forms and the API document. */
export const PLAN_LIMITS = {
  version: { min: 1, max: 10_000, integer: true },
  baselineSessions: { min: 1, max: 10, integer: true },
  amount: { min: 0, max: 100_000 },
  goal: { min: 0, max: 100_000 },
  weeks: { min: 1, max: 52, integer: true },
  perWeek: { min: 1, max: 14, integer: true },
  sessions: { min: 2, max: 200, integer: true },
  windowHours: { min: 24, max: 48, integer: true },
  startFraction: { min: 0.5, max: 1 },
  step: { min: 0, max: 100_000 },
  level: { min: 0, max: 199, integer: true },
  occurrence: { min: 1, max: 100_000, integer: true },
  pain: { min: 0, max: 10, integer: true },
  customName: { maxLength: 60 },
  note: { maxLength: 2000 },
} as const;

/** One version of an activity plan (`activity_plan` record). */
export type ActivityPlan = {
  /** Shared by every version of the same plan. */
  planId: string;
  /** 1, 2, 3…: the highest version is the plan as it is now. */
  version: number;
  /** The moment this version took effect (ISO instant with offset). */
  effectiveFrom: string;
  activity: Activity;
  unit: ActivityUnit;
  /** The person's own name for a `custom` activity. */
  customName?: string;
  /** How many baseline sessions to measure before the plan starts (1–10). */
  baselineSessions: number;
  /** The baseline measurements; empty while the baseline is still being measured. */
  baseline: number[];
  goal: number;
  /** Planned sessions from the first quota to the goal (`weeks × perWeek` when both are set). */
  sessions: number;
  weeks?: number;
  perWeek?: number;
  mode: PlanMode;
  windowHours: number;
  startFraction?: number;
  step?: number;
  /** `buildQuotaPlan`'s levels for this baseline, goal and sessions; empty without a baseline. */
  levels: number[];
  status: PlanStatus;
  /**
   * Set on a version a linked physiotherapist made (docs/clinical-rules.md §11.2): who, and why, in their words,
   * so the person reads "your physiotherapist changed …" with the reason.
   */
  changedBy?: PlanChangedBy;
};

/** The physiotherapist who made a plan version, and the reason they gave. */
export type PlanChangedBy = { name: string; reason: string };

/** One session done (`activity_session` record): an outcome of a plan version. */
export type ActivitySession = {
  planId: string;
  version: number;
  /** 1 for the first session of its phase, 2 for the next… (as the device counted them). */
  occurrence: number;
  phase: SessionPhase;
  /** The plan level (index into `levels`) the quota came from; only in phase `plan`. */
  level?: number;
  /** How much the person did, in the plan's unit, above 0. */
  amount: number;
  painBefore: number;
  painAfter: number;
  /** When the session ended (ISO instant with offset). */
  endedAt: string;
  note?: string;
};

/** An answer to the follow-up question (`follow_up` record). */
export type FollowUpRecord = { sessionId: string; at: string; answer: FollowUpReply };

/** The person's choice about a proposal (`plan_decision` record). */
export type PlanDecisionRecord = {
  planId: string;
  afterSessionId: string;
  decision: PlanDecisionKind;
  /** The level the proposal named. */
  level: number;
  /** true: the proposal was accepted; false: declined, the current quota stays. */
  accepted: boolean;
  at: string;
};

const PLAN_FIELDS = [
  'planId',
  'version',
  'effectiveFrom',
  'activity',
  'unit',
  'customName',
  'baselineSessions',
  'baseline',
  'goal',
  'sessions',
  'weeks',
  'perWeek',
  'mode',
  'windowHours',
  'startFraction',
  'step',
  'levels',
  'status',
  'changedBy',
] as const;

export const CHANGED_BY_LIMITS = { name: { maxLength: 120 }, reason: { maxLength: 300 } } as const;

function readChangedBy(input: Record<string, unknown>, issues: FieldIssue[]): PlanChangedBy | undefined {
  const raw = input.changedBy;
  if (raw === undefined) return undefined;
  if (!isPlainObject(raw)) {
    issues.push({ field: 'changedBy', code: 'not_an_object', message: 'changedBy must be an object' });
    return undefined;
  }
  for (const key of Object.keys(raw)) {
    if (key !== 'name' && key !== 'reason') {
      issues.push({
        field: `changedBy.${key}`,
        code: 'unknown_field',
        message: `changedBy.${key} is not a known field`,
      });
    }
  }
  const name = readString(raw, 'name', issues, { ...CHANGED_BY_LIMITS.name, required: true, path: 'changedBy' });
  const reason = readString(raw, 'reason', issues, { ...CHANGED_BY_LIMITS.reason, required: true, path: 'changedBy' });
  for (const [field, value] of [
    ['name', name],
    ['reason', reason],
  ] as const) {
    if (value !== undefined && value.trim() === '') {
      issues.push({ field: `changedBy.${field}`, code: 'required', message: `changedBy.${field} must not be empty` });
    }
  }
  return name !== undefined && reason !== undefined ? { name: name.trim(), reason: reason.trim() } : undefined;
}

/**
 * Validates an `activity_plan` record. Besides each field's range, the
 * levels must be exactly what `buildQuotaPlan` makes of the baseline, goal,
 * sessions, start fraction and step (so a tampered plan is refused); a plan
 * still measuring its baseline has no baseline and no levels; `sessions` is
 * `weeks × perWeek` when both are given; a `custom` activity needs a name.
 *
 * @example
 * validateActivityPlan({ planId, version: 2, effectiveFrom: '2026-11-20T10:00:00+01:00', activity: 'walking',
 *   unit: 'minutes', baselineSessions: 3, baseline: [10, 12, 14], goal: 30, sessions: 10, mode: 'symptom',
 *   windowHours: 48, levels: [8, 11, 13, 16, 18, 20, 23, 25, 28, 30], status: 'active' }).ok // true
 */
export function validateActivityPlan(input: unknown): Validated<ActivityPlan> {
  if (!isPlainObject(input)) {
    return { ok: false, issues: [{ field: '', code: 'not_an_object', message: 'a plan must be an object' }] };
  }
  const issues: FieldIssue[] = [];
  unknownFields(input, PLAN_FIELDS, issues, 'a plan');
  const planId = readId(input, 'planId', issues);
  const version = readNumber(input, 'version', issues, { ...PLAN_LIMITS.version, required: true });
  const effectiveFrom = readInstant(input, 'effectiveFrom', issues);
  const activity = readOneOf(input, 'activity', ACTIVITIES, issues);
  const unit = readOneOf(input, 'unit', ACTIVITY_UNITS, issues);
  const customName = readString(input, 'customName', issues, { ...PLAN_LIMITS.customName, required: false });
  const nameIssue = issues.some((issue) => issue.field === 'customName');
  if (activity === 'custom' && !nameIssue && (customName === undefined || customName.trim() === '')) {
    issues.push({ field: 'customName', code: 'required', message: 'customName is required for your own activity' });
  }
  const baselineSessions = readNumber(input, 'baselineSessions', issues, {
    ...PLAN_LIMITS.baselineSessions,
    required: true,
  });
  const baseline = readNumberList(input, 'baseline', issues, 10);
  const goal = readPositive(input, 'goal', issues, PLAN_LIMITS.goal);
  const sessions = readNumber(input, 'sessions', issues, { ...PLAN_LIMITS.sessions, required: true });
  const weeks = readNumber(input, 'weeks', issues, { ...PLAN_LIMITS.weeks, required: false });
  const perWeek = readNumber(input, 'perWeek', issues, { ...PLAN_LIMITS.perWeek, required: false });
  const mode = readOneOf(input, 'mode', PLAN_MODES, issues);
  const windowHours = readNumber(input, 'windowHours', issues, { ...PLAN_LIMITS.windowHours, required: true });
  const startFraction = readNumber(input, 'startFraction', issues, { ...PLAN_LIMITS.startFraction, required: false });
  const step = readPositive(input, 'step', issues, PLAN_LIMITS.step, false);
  const levels = readNumberList(input, 'levels', issues, PLAN_LIMITS.sessions.max);
  const status = readOneOf(input, 'status', PLAN_STATUSES, issues);
  const changedBy = readChangedBy(input, issues);

  if (weeks !== undefined && perWeek !== undefined && sessions !== undefined && weeks * perWeek !== sessions) {
    issues.push({ field: 'sessions', code: 'invalid_format', message: 'sessions must be weeks × perWeek' });
  }
  if (baseline !== undefined && levels !== undefined && status !== undefined) {
    if (status === 'baseline' && (baseline.length > 0 || levels.length > 0)) {
      issues.push({
        field: baseline.length > 0 ? 'baseline' : 'levels',
        code: 'invalid_format',
        message: 'a plan still measuring its baseline has no baseline and no levels yet',
      });
    } else if (status === 'active' && baseline.length === 0) {
      issues.push({ field: 'baseline', code: 'required', message: 'an active plan needs its baseline' });
    } else if (baseline.length === 0 && levels.length > 0) {
      issues.push({ field: 'levels', code: 'invalid_format', message: 'levels need a baseline' });
    }
  }
  if (issues.length === 0 && baseline !== undefined && baseline.length > 0 && goal !== undefined && sessions) {
    try {
      const expected = buildQuotaPlan({
        baseline,
        goal,
        sessions,
        ...(startFraction !== undefined ? { startFraction } : {}),
        ...(step !== undefined ? { step } : {}),
      }).levels;
      const same = levels?.length === expected.length && expected.every((level, i) => levels[i] === level);
      if (!same) {
        issues.push({
          field: 'levels',
          code: 'invalid_format',
          message: 'levels must be the quota plan built from baseline, goal, sessions, startFraction and step',
        });
      }
    } catch (error) {
      const field = /^(baseline(?:\.\d+)?|goal|sessions|startFraction|step)\b/.exec(String((error as Error).message));
      issues.push({ field: field?.[1] ?? 'levels', code: 'out_of_range', message: String((error as Error).message) });
    }
  }
  if (
    issues.length > 0 ||
    planId === undefined ||
    version === undefined ||
    effectiveFrom === undefined ||
    activity === undefined ||
    unit === undefined ||
    baselineSessions === undefined ||
    baseline === undefined ||
    goal === undefined ||
    sessions === undefined ||
    mode === undefined ||
    windowHours === undefined ||
    levels === undefined ||
    status === undefined
  ) {
    return { ok: false, issues };
  }
  const value: ActivityPlan = {
    planId,
    version,
    effectiveFrom,
    activity,
    unit,
    baselineSessions,
    baseline: [...baseline],
    goal,
    sessions,
    mode,
    windowHours,
    levels: [...levels],
    status,
  };
  if (customName !== undefined && activity === 'custom') value.customName = customName.trim();
  if (weeks !== undefined) value.weeks = weeks;
  if (perWeek !== undefined) value.perWeek = perWeek;
  if (startFraction !== undefined) value.startFraction = startFraction;
  if (step !== undefined) value.step = step;
  if (changedBy !== undefined) value.changedBy = changedBy;
  return { ok: true, value };
}

const SESSION_FIELDS = [
  'planId',
  'version',
  'occurrence',
  'phase',
  'level',
  'amount',
  'painBefore',
  'painAfter',
  'endedAt',
  'note',
] as const;

/**
 * Validates an `activity_session` record: a positive amount, pain before and
 * after as whole numbers 0–10, the end moment with its time zone, and a level
 * exactly when the session belongs to the plan phase (baseline sessions have
 * no quota).
 *
 * @example
 * validateActivitySession({ planId, version: 2, occurrence: 1, phase: 'plan', level: 0, amount: 8,
 *   painBefore: 3, painAfter: 4, endedAt: '2026-11-20T18:00:00+01:00' }).ok // true
 * validateActivitySession({ ...that, amount: -5 }).ok // false, issue on 'amount'
 */
export function validateActivitySession(input: unknown): Validated<ActivitySession> {
  if (!isPlainObject(input)) {
    return { ok: false, issues: [{ field: '', code: 'not_an_object', message: 'a session must be an object' }] };
  }
  const issues: FieldIssue[] = [];
  unknownFields(input, SESSION_FIELDS, issues, 'a session');
  const planId = readId(input, 'planId', issues);
  const version = readNumber(input, 'version', issues, { ...PLAN_LIMITS.version, required: true });
  const occurrence = readNumber(input, 'occurrence', issues, { ...PLAN_LIMITS.occurrence, required: true });
  const phase = readOneOf(input, 'phase', SESSION_PHASES, issues);
  const level = readNumber(input, 'level', issues, { ...PLAN_LIMITS.level, required: phase === 'plan' });
  if (phase === 'baseline' && input.level !== undefined) {
    issues.push({ field: 'level', code: 'unknown_field', message: 'a baseline session has no level' });
  }
  const amount = readPositive(input, 'amount', issues, PLAN_LIMITS.amount);
  const painBefore = readNumber(input, 'painBefore', issues, { ...PLAN_LIMITS.pain, required: true });
  const painAfter = readNumber(input, 'painAfter', issues, { ...PLAN_LIMITS.pain, required: true });
  const endedAt = readInstant(input, 'endedAt', issues);
  const note = readString(input, 'note', issues, { ...PLAN_LIMITS.note, required: false });
  if (
    issues.length > 0 ||
    planId === undefined ||
    version === undefined ||
    occurrence === undefined ||
    phase === undefined ||
    amount === undefined ||
    painBefore === undefined ||
    painAfter === undefined ||
    endedAt === undefined
  ) {
    return { ok: false, issues };
  }
  const value: ActivitySession = { planId, version, occurrence, phase, amount, painBefore, painAfter, endedAt };
  if (phase === 'plan' && level !== undefined) value.level = level;
  if (note !== undefined && note.trim() !== '') value.note = note;
  return { ok: true, value };
}

/**
 * Validates a `follow_up` record: the session's id, when it was answered, and
 * `yes` or `not_yet`. Whether the session exists is for the reader to check
 * (records arrive one by one); answers for unknown sessions are ignored there.
 *
 * @example
 * validateFollowUp({ sessionId, at: '2026-11-21T18:05:00+01:00', answer: 'not_yet' }).ok // true
 */
export function validateFollowUp(input: unknown): Validated<FollowUpRecord> {
  if (!isPlainObject(input)) {
    return { ok: false, issues: [{ field: '', code: 'not_an_object', message: 'a follow-up must be an object' }] };
  }
  const issues: FieldIssue[] = [];
  unknownFields(input, ['sessionId', 'at', 'answer'], issues, 'a follow-up');
  const sessionId = readId(input, 'sessionId', issues);
  const at = readInstant(input, 'at', issues);
  const answer = readOneOf(input, 'answer', FOLLOW_UP_ANSWERS, issues);
  if (issues.length > 0 || sessionId === undefined || at === undefined || answer === undefined) {
    return { ok: false, issues };
  }
  return { ok: true, value: { sessionId, at, answer } };
}

/**
 * Validates a `plan_decision` record: which proposal (plan, the session it
 * follows, decision and level) and whether the person accepted it.
 *
 * @example
 * validatePlanDecision({ planId, afterSessionId, decision: 'step_back', level: 2, accepted: true,
 *   at: '2026-11-22T18:10:00+01:00' }).ok // true
 */
export function validatePlanDecision(input: unknown): Validated<PlanDecisionRecord> {
  if (!isPlainObject(input)) {
    return { ok: false, issues: [{ field: '', code: 'not_an_object', message: 'a decision must be an object' }] };
  }
  const issues: FieldIssue[] = [];
  unknownFields(input, ['planId', 'afterSessionId', 'decision', 'level', 'accepted', 'at'], issues, 'a decision');
  const planId = readId(input, 'planId', issues);
  const afterSessionId = readId(input, 'afterSessionId', issues);
  const decision = readOneOf(input, 'decision', PLAN_DECISIONS, issues);
  const level = readNumber(input, 'level', issues, { ...PLAN_LIMITS.level, required: true });
  const accepted = input.accepted;
  if (typeof accepted !== 'boolean') {
    issues.push({ field: 'accepted', code: 'not_a_boolean', message: 'accepted must be true or false' });
  }
  const at = readInstant(input, 'at', issues);
  if (
    issues.length > 0 ||
    planId === undefined ||
    afterSessionId === undefined ||
    decision === undefined ||
    level === undefined ||
    typeof accepted !== 'boolean' ||
    at === undefined
  ) {
    return { ok: false, issues };
  }
  return { ok: true, value: { planId, afterSessionId, decision, level, accepted, at } };
}

/** The record kind (type and validator) of this file's records, for readers and the registry (records/syncChange.ts). */
export const ACTIVITY_PLAN_KIND = {
  type: 'activity_plan',
  validate: (data: unknown) => validateActivityPlan(data),
} as const;
export const ACTIVITY_SESSION_KIND = {
  type: 'activity_session',
  validate: (data: unknown) => validateActivitySession(data),
} as const;
export const FOLLOW_UP_KIND = { type: 'follow_up', validate: (data: unknown) => validateFollowUp(data) } as const;
export const PLAN_DECISION_KIND = {
  type: 'plan_decision',
  validate: (data: unknown) => validatePlanDecision(data),
} as const;
