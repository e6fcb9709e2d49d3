import type { Weekday } from '../calendar/calendarDay.js';
import { type FieldIssue, isPlainObject, readNumber, readString, type Validated } from '../validation/fieldIssue.js';
import { readId, readInstant, readOneOf, unknownFields } from '../validation/recordFields.js';
import { exerciseById } from './exerciseCatalogue.js';

/**
 * The synced records of strength and mobility programmes (docs/clinical-rules.md
 * §9), modelled like the activity plans and CareKit: a programme is a versioned
 * task (a new version with an effective moment instead of an edit in place, so
 * "what was prescribed on day X" stays answerable), a session is an outcome
 * keyed by programme version and occurrence, and every programme version,
 * session and decision says who made it (`by`), so a linked therapist can
 * prescribe and adjust with the same records.
 */

/** Who made a record: the person, or their linked therapist. */
export const AUTHORS = ['patient', 'therapist'] as const;
export type Author = (typeof AUTHORS)[number];

export const PROGRAMME_STATUSES = ['active', 'stopped'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

/** Why a session stopped early or an exercise was skipped. */
export const STOP_REASONS = ['pain', 'tired', 'no_time', 'no_equipment', 'other'] as const;
export type StopReason = (typeof STOP_REASONS)[number];

/** How hard a set felt. */
export const EFFORTS = ['light', 'moderate', 'hard'] as const;
export type Effort = (typeof EFFORTS)[number];

/** Limits shared by validation, forms and the API document. */
export const EXERCISE_LIMITS = {
  version: { min: 1, max: 10_000, integer: true },
  occurrence: { min: 1, max: 100_000, integer: true },
  items: { min: 1, max: 30 },
  sets: { min: 1, max: 5, integer: true },
  reps: { min: 1, max: 30, integer: true },
  /** Seconds held or repetitions of a mobility exercise. */
  amount: { min: 1, max: 600, integer: true },
  step: { min: 1, max: 120, integer: true },
  load: { min: 0, max: 500 },
  loadStep: { min: 0.1, max: 50 },
  variant: { min: 0, max: 20, integer: true },
  /** What one logged set holds: repetitions or seconds. */
  done: { min: 0, max: 600, integer: true },
  pain: { min: 0, max: 10, integer: true },
  windowHours: { min: 24, max: 48, integer: true },
  reason: { maxLength: 500 },
  note: { maxLength: 2000 },
  exerciseId: { maxLength: 40 },
} as const;

/** A strength exercise as prescribed in one programme version; `usesLoad` and the variants come from the library. */
export type StrengthItem = {
  exerciseId: string;
  kind: 'strength';
  sets: number;
  repMin: number;
  repMax: number;
  targetReps: number;
  load: number;
  loadStep: number;
  variant: number;
  /** Like a movement the person fears: placed last and started at its easiest. */
  feared?: boolean;
};

/** A mobility exercise as prescribed: `amount` seconds held or repetitions, per set (per side where it has sides). */
export type MobilityItem = {
  exerciseId: string;
  kind: 'mobility';
  sets: number;
  amount: number;
  min: number;
  max: number;
  step: number;
  feared?: boolean;
};

export type ProgrammeItem = StrengthItem | MobilityItem;

/** One version of an exercise programme (`exercise_programme` record). */
export type ExerciseProgramme = {
  /** Shared by every version of the same programme. */
  programmeId: string;
  /** 1, 2, 3…: the highest version is the programme as it is now. */
  version: number;
  /** The moment this version took effect (ISO instant with offset). */
  effectiveFrom: string;
  by: Author;
  /** Why this version was made, in the author's words (a therapist's change always says why). */
  reason?: string;
  /** The weekdays of the sessions (1 Monday … 7 Sunday, Europe/Amsterdam), ascending. */
  days: Weekday[];
  /** The follow-up window of the 48-hour rule, 24–48 hours. */
  windowHours: number;
  status: ProgrammeStatus;
  /** In the order of the session. */
  items: ProgrammeItem[];
  /** Set when this version takes the proposal made after that session. */
  afterSessionId?: string;
};

/** One set done: repetitions (strength, mobility by reps) or seconds held; the load in kg when the exercise uses one. */
export type SetLog = { done: number; load?: number; effort?: Effort };

/** One exercise in a session: the dose it was done at and the sets done, or why it was skipped. */
export type SessionItem = {
  exerciseId: string;
  kind: 'strength' | 'mobility';
  /** Reps asked per set (strength) or seconds / reps asked (mobility). */
  target: number;
  /** Strength: the load asked (kg) and the variant. */
  load?: number;
  variant?: number;
  sets: SetLog[];
  skipped?: StopReason;
};

/** One session done (`exercise_session` record): an outcome of a programme version. */
export type ExerciseSession = {
  programmeId: string;
  version: number;
  /** 1 for the programme's first session, 2 for the next… (as the device counted them). */
  occurrence: number;
  by: Author;
  startedAt: string;
  endedAt: string;
  painBefore: number;
  painAfter: number;
  /** `stopped`: the person stopped before the end (with `stopReason`). */
  outcome: 'completed' | 'stopped';
  stopReason?: StopReason;
  items: SessionItem[];
  note?: string;
};

/** The answer to a proposal made after a session (`exercise_decision` record). */
export type ExerciseDecision = {
  programmeId: string;
  afterSessionId: string;
  /** true: the proposal was taken (a new programme version says what changed); false: the doses stay. */
  accepted: boolean;
  by: Author;
  at: string;
};

const notAnObject = (what: string): Validated<never> => ({
  ok: false,
  issues: [{ field: '', code: 'not_an_object', message: `${what} must be an object` }],
});

const EXERCISE_ID = /^[a-z][a-z0-9_]{0,39}$/;

function readExerciseId(input: Record<string, unknown>, path: string, issues: FieldIssue[]): string | undefined {
  const value = input.exerciseId;
  const field = `${path}.exerciseId`;
  if (value === undefined || value === null) {
    issues.push({ field, code: 'required', message: `${field} is required` });
    return undefined;
  }
  // An id a newer app added is kept (readers skip exercises they do not know), so a programme never vanishes.
  if (typeof value !== 'string' || !EXERCISE_ID.test(value)) {
    issues.push({ field, code: 'invalid_format', message: `${field} must be an exercise id such as glute_bridge` });
    return undefined;
  }
  const known = exerciseById(value);
  if (known && input.kind !== undefined && known.kind !== input.kind) {
    issues.push({ field: `${path}.kind`, code: 'invalid_format', message: `${path}.kind must be ${known.kind}` });
    return undefined;
  }
  return value;
}

function readBoolean(input: Record<string, unknown>, field: string, path: string, issues: FieldIssue[]) {
  const value = input[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') {
    issues.push({
      field: `${path}.${field}`,
      code: 'not_a_boolean',
      message: `${path}.${field} must be true or false`,
    });
    return undefined;
  }
  return value;
}

function readList(input: Record<string, unknown>, field: string, issues: FieldIssue[], max: number, path = '') {
  const name = path ? `${path}.${field}` : field;
  const value = input[field];
  if (value === undefined || value === null) {
    issues.push({ field: name, code: 'required', message: `${name} is required` });
    return undefined;
  }
  if (!Array.isArray(value)) {
    issues.push({ field: name, code: 'not_an_array', message: `${name} must be a list` });
    return undefined;
  }
  if (value.length > max) {
    issues.push({ field: name, code: 'too_many', message: `${name} may hold at most ${max}`, max });
    return undefined;
  }
  return value as unknown[];
}

const STRENGTH_FIELDS = [
  'exerciseId',
  'kind',
  'sets',
  'repMin',
  'repMax',
  'targetReps',
  'load',
  'loadStep',
  'variant',
  'feared',
];
const MOBILITY_FIELDS = ['exerciseId', 'kind', 'sets', 'amount', 'min', 'max', 'step', 'feared'];

function readItem(input: unknown, path: string, issues: FieldIssue[]): ProgrammeItem | undefined {
  if (!isPlainObject(input)) {
    issues.push({ field: path, code: 'not_an_object', message: `${path} must be an object` });
    return undefined;
  }
  const before = issues.length;
  const kind = input.kind;
  if (kind !== 'strength' && kind !== 'mobility') {
    issues.push({
      field: `${path}.kind`,
      code: 'invalid_format',
      message: `${path}.kind must be strength or mobility`,
    });
    return undefined;
  }
  unknownFields(input, kind === 'strength' ? STRENGTH_FIELDS : MOBILITY_FIELDS, issues, 'an exercise');
  for (let i = before; i < issues.length; i++) {
    const issue = issues[i] as FieldIssue;
    issues[i] = { ...issue, field: `${path}.${issue.field}` };
  }
  const exerciseId = readExerciseId(input, path, issues);
  const num = (field: string, limits: { min: number; max: number; integer?: boolean }, required = true) =>
    readNumber(input, field, issues, { ...limits, required, path });
  const sets = num('sets', EXERCISE_LIMITS.sets);
  const feared = readBoolean(input, 'feared', path, issues);
  if (kind === 'strength') {
    const repMin = num('repMin', { ...EXERCISE_LIMITS.reps, max: 29 });
    const repMax = num('repMax', { ...EXERCISE_LIMITS.reps, min: (repMin ?? 0) + 1 });
    const targetReps = num('targetReps', { ...EXERCISE_LIMITS.reps, min: repMin ?? 1, max: repMax ?? 30 });
    const load = num('load', EXERCISE_LIMITS.load);
    const loadStep = num('loadStep', EXERCISE_LIMITS.loadStep);
    const known = exerciseId ? exerciseById(exerciseId) : undefined;
    const variants = known?.kind === 'strength' ? known.variants.length : EXERCISE_LIMITS.variant.max + 1;
    const variant = num('variant', { ...EXERCISE_LIMITS.variant, max: variants - 1 });
    if (issues.length > before) return undefined;
    const item: StrengthItem = {
      exerciseId: exerciseId as string,
      kind,
      sets: sets as number,
      repMin: repMin as number,
      repMax: repMax as number,
      targetReps: targetReps as number,
      load: load as number,
      loadStep: loadStep as number,
      variant: variant as number,
    };
    if (feared) item.feared = true;
    return item;
  }
  const min = num('min', EXERCISE_LIMITS.amount);
  const max = num('max', { ...EXERCISE_LIMITS.amount, min: min ?? 1 });
  const amount = num('amount', { ...EXERCISE_LIMITS.amount, min: min ?? 1, max: max ?? 600 });
  const step = num('step', EXERCISE_LIMITS.step);
  if (issues.length > before) return undefined;
  const item: MobilityItem = {
    exerciseId: exerciseId as string,
    kind,
    sets: sets as number,
    amount: amount as number,
    min: min as number,
    max: max as number,
    step: step as number,
  };
  if (feared) item.feared = true;
  return item;
}

const PROGRAMME_FIELDS = [
  'programmeId',
  'version',
  'effectiveFrom',
  'by',
  'reason',
  'days',
  'windowHours',
  'status',
  'items',
  'afterSessionId',
] as const;

/**
 * Validates an `exercise_programme` record: weekdays 1–7 without repeats, a
 * window of 24–48 hours, 1–30 exercises each listed once, and every dose
 * inside §9's ranges (a strength exercise's variant must exist in the
 * library). An exercise id this version does not know is kept, so a
 * programme made by a newer app never vanishes; readers skip that exercise.
 *
 * @example
 * validateExerciseProgramme({ programmeId, version: 1, effectiveFrom: '2026-11-28T10:00:00+01:00', by: 'patient',
 *   days: [1, 4], windowHours: 48, status: 'active', items: [{ exerciseId: 'glute_bridge', kind: 'strength',
 *   sets: 2, repMin: 8, repMax: 15, targetReps: 8, load: 0, loadStep: 1, variant: 0 }] }).ok // true
 */
export function validateExerciseProgramme(input: unknown): Validated<ExerciseProgramme> {
  if (!isPlainObject(input)) return notAnObject('a programme');
  const issues: FieldIssue[] = [];
  unknownFields(input, PROGRAMME_FIELDS, issues, 'a programme');
  const programmeId = readId(input, 'programmeId', issues);
  const version = readNumber(input, 'version', issues, { ...EXERCISE_LIMITS.version, required: true });
  const effectiveFrom = readInstant(input, 'effectiveFrom', issues);
  const by = readOneOf(input, 'by', AUTHORS, issues);
  const reason = readString(input, 'reason', issues, { ...EXERCISE_LIMITS.reason, required: false });
  const windowHours = readNumber(input, 'windowHours', issues, { ...EXERCISE_LIMITS.windowHours, required: true });
  const status = readOneOf(input, 'status', PROGRAMME_STATUSES, issues);
  const afterSessionId = input.afterSessionId === undefined ? undefined : readId(input, 'afterSessionId', issues);

  const rawDays = readList(input, 'days', issues, 7);
  const days: Weekday[] = [];
  rawDays?.forEach((day, i) => {
    if (typeof day !== 'number' || !Number.isInteger(day) || day < 1 || day > 7) {
      issues.push({
        field: `days.${i}`,
        code: 'out_of_range',
        message: `days.${i} must be a weekday 1 to 7`,
        min: 1,
        max: 7,
      });
    } else if (days.includes(day as Weekday)) {
      issues.push({ field: `days.${i}`, code: 'invalid_format', message: `days.${i} is listed twice` });
    } else days.push(day as Weekday);
  });
  if (rawDays && rawDays.length === 0)
    issues.push({ field: 'days', code: 'required', message: 'days needs at least one weekday' });

  const rawItems = readList(input, 'items', issues, EXERCISE_LIMITS.items.max);
  const items: ProgrammeItem[] = [];
  rawItems?.forEach((raw, i) => {
    const item = readItem(raw, `items.${i}`, issues);
    if (!item) return;
    if (items.some((other) => other.exerciseId === item.exerciseId)) {
      issues.push({
        field: `items.${i}.exerciseId`,
        code: 'invalid_format',
        message: `items.${i}.exerciseId is listed twice`,
      });
    } else items.push(item);
  });
  if (rawItems && rawItems.length === 0)
    issues.push({ field: 'items', code: 'required', message: 'items needs at least one exercise' });

  if (
    issues.length > 0 ||
    programmeId === undefined ||
    version === undefined ||
    effectiveFrom === undefined ||
    by === undefined ||
    windowHours === undefined ||
    status === undefined
  ) {
    return { ok: false, issues };
  }
  const value: ExerciseProgramme = {
    programmeId,
    version,
    effectiveFrom,
    by,
    days: days.sort((a, b) => a - b),
    windowHours,
    status,
    items,
  };
  if (reason !== undefined && reason.trim() !== '') value.reason = reason.trim();
  if (afterSessionId !== undefined) value.afterSessionId = afterSessionId;
  return { ok: true, value };
}

function readSessionItem(input: unknown, path: string, issues: FieldIssue[]): SessionItem | undefined {
  if (!isPlainObject(input)) {
    issues.push({ field: path, code: 'not_an_object', message: `${path} must be an object` });
    return undefined;
  }
  const before = issues.length;
  for (const key of Object.keys(input)) {
    if (!['exerciseId', 'kind', 'target', 'load', 'variant', 'sets', 'skipped'].includes(key)) {
      issues.push({ field: `${path}.${key}`, code: 'unknown_field', message: `${key} is not an exercise field` });
    }
  }
  const kind = input.kind;
  if (kind !== 'strength' && kind !== 'mobility') {
    issues.push({
      field: `${path}.kind`,
      code: 'invalid_format',
      message: `${path}.kind must be strength or mobility`,
    });
    return undefined;
  }
  const exerciseId = readExerciseId(input, path, issues);
  const target = readNumber(input, 'target', issues, { ...EXERCISE_LIMITS.amount, required: true, path });
  const load = readNumber(input, 'load', issues, { ...EXERCISE_LIMITS.load, required: false, path });
  const variant = readNumber(input, 'variant', issues, { ...EXERCISE_LIMITS.variant, required: false, path });
  const skippedValue = input.skipped;
  let skipped: StopReason | undefined;
  if (skippedValue !== undefined) {
    if (typeof skippedValue === 'string' && (STOP_REASONS as readonly string[]).includes(skippedValue)) {
      skipped = skippedValue as StopReason;
    } else {
      issues.push({
        field: `${path}.skipped`,
        code: 'invalid_format',
        message: `${path}.skipped must be one of: ${STOP_REASONS.join(', ')}`,
      });
    }
  }
  const rawSets = readList(input, 'sets', issues, 10, path);
  const sets: SetLog[] = [];
  rawSets?.forEach((raw, i) => {
    const setPath = `${path}.sets.${i}`;
    if (!isPlainObject(raw)) {
      issues.push({ field: setPath, code: 'not_an_object', message: `${setPath} must be an object` });
      return;
    }
    for (const key of Object.keys(raw)) {
      if (!['done', 'load', 'effort'].includes(key)) {
        issues.push({ field: `${setPath}.${key}`, code: 'unknown_field', message: `${key} is not a set field` });
      }
    }
    const done = readNumber(raw, 'done', issues, { ...EXERCISE_LIMITS.done, required: true, path: setPath });
    const setLoad = readNumber(raw, 'load', issues, { ...EXERCISE_LIMITS.load, required: false, path: setPath });
    const effort = raw.effort;
    if (effort !== undefined && !(typeof effort === 'string' && (EFFORTS as readonly string[]).includes(effort))) {
      issues.push({
        field: `${setPath}.effort`,
        code: 'invalid_format',
        message: `${setPath}.effort must be light, moderate or hard`,
      });
    }
    if (done === undefined) return;
    const set: SetLog = { done };
    if (setLoad !== undefined) set.load = setLoad;
    if (typeof effort === 'string' && (EFFORTS as readonly string[]).includes(effort)) set.effort = effort as Effort;
    sets.push(set);
  });
  if (issues.length > before || exerciseId === undefined || target === undefined) return undefined;
  const item: SessionItem = { exerciseId, kind, target, sets };
  if (load !== undefined) item.load = load;
  if (variant !== undefined) item.variant = variant;
  if (skipped !== undefined) item.skipped = skipped;
  return item;
}

const SESSION_FIELDS = [
  'programmeId',
  'version',
  'occurrence',
  'by',
  'startedAt',
  'endedAt',
  'painBefore',
  'painAfter',
  'outcome',
  'stopReason',
  'items',
  'note',
] as const;

/**
 * Validates an `exercise_session` record: pain before and after as whole
 * numbers 0–10, a start not after the end, a stop reason exactly when the
 * person stopped early, and per exercise the dose asked and the sets done
 * (at most 10, each 0–600 repetitions or seconds).
 *
 * @example
 * validateExerciseSession({ programmeId, version: 1, occurrence: 1, by: 'patient',
 *   startedAt: '2026-11-28T10:00:00+01:00', endedAt: '2026-11-28T10:20:00+01:00', painBefore: 3, painAfter: 3,
 *   outcome: 'completed', items: [{ exerciseId: 'glute_bridge', kind: 'strength', target: 8, variant: 0,
 *   sets: [{ done: 8 }, { done: 8, effort: 'moderate' }] }] }).ok // true
 */
export function validateExerciseSession(input: unknown): Validated<ExerciseSession> {
  if (!isPlainObject(input)) return notAnObject('a session');
  const issues: FieldIssue[] = [];
  unknownFields(input, SESSION_FIELDS, issues, 'a session');
  const programmeId = readId(input, 'programmeId', issues);
  const version = readNumber(input, 'version', issues, { ...EXERCISE_LIMITS.version, required: true });
  const occurrence = readNumber(input, 'occurrence', issues, { ...EXERCISE_LIMITS.occurrence, required: true });
  const by = readOneOf(input, 'by', AUTHORS, issues);
  const startedAt = readInstant(input, 'startedAt', issues);
  const endedAt = readInstant(input, 'endedAt', issues);
  const painBefore = readNumber(input, 'painBefore', issues, { ...EXERCISE_LIMITS.pain, required: true });
  const painAfter = readNumber(input, 'painAfter', issues, { ...EXERCISE_LIMITS.pain, required: true });
  const outcome = readOneOf(input, 'outcome', ['completed', 'stopped'] as const, issues);
  const stopReason = readOneOf(input, 'stopReason', STOP_REASONS, issues, outcome === 'stopped');
  if (outcome === 'completed' && input.stopReason !== undefined) {
    issues.push({ field: 'stopReason', code: 'unknown_field', message: 'a completed session has no stopReason' });
  }
  const note = readString(input, 'note', issues, { ...EXERCISE_LIMITS.note, required: false });
  if (startedAt !== undefined && endedAt !== undefined && Date.parse(startedAt) > Date.parse(endedAt)) {
    issues.push({ field: 'endedAt', code: 'out_of_range', message: 'endedAt must not be before startedAt' });
  }
  const rawItems = readList(input, 'items', issues, EXERCISE_LIMITS.items.max);
  const items: SessionItem[] = [];
  rawItems?.forEach((raw, i) => {
    const item = readSessionItem(raw, `items.${i}`, issues);
    if (item) items.push(item);
  });
  if (
    issues.length > 0 ||
    programmeId === undefined ||
    version === undefined ||
    occurrence === undefined ||
    by === undefined ||
    startedAt === undefined ||
    endedAt === undefined ||
    painBefore === undefined ||
    painAfter === undefined ||
    outcome === undefined
  ) {
    return { ok: false, issues };
  }
  const value: ExerciseSession = {
    programmeId,
    version,
    occurrence,
    by,
    startedAt,
    endedAt,
    painBefore,
    painAfter,
    outcome,
    items,
  };
  if (outcome === 'stopped' && stopReason !== undefined) value.stopReason = stopReason;
  if (note !== undefined && note.trim() !== '') value.note = note;
  return { ok: true, value };
}

/**
 * Validates an `exercise_decision` record: the answer to the proposal made
 * after a session.
 *
 * @example
 * validateExerciseDecision({ programmeId, afterSessionId, accepted: false, by: 'patient',
 *   at: '2026-11-30T10:00:00+01:00' }).ok // true
 */
export function validateExerciseDecision(input: unknown): Validated<ExerciseDecision> {
  if (!isPlainObject(input)) return notAnObject('a decision');
  const issues: FieldIssue[] = [];
  unknownFields(input, ['programmeId', 'afterSessionId', 'accepted', 'by', 'at'], issues, 'a decision');
  const programmeId = readId(input, 'programmeId', issues);
  const afterSessionId = readId(input, 'afterSessionId', issues);
  const accepted = input.accepted;
  if (typeof accepted !== 'boolean') {
    issues.push({ field: 'accepted', code: 'not_a_boolean', message: 'accepted must be true or false' });
  }
  const by = readOneOf(input, 'by', AUTHORS, issues);
  const at = readInstant(input, 'at', issues);
  if (
    issues.length > 0 ||
    programmeId === undefined ||
    afterSessionId === undefined ||
    typeof accepted !== 'boolean' ||
    by === undefined ||
    at === undefined
  ) {
    return { ok: false, issues };
  }
  return { ok: true, value: { programmeId, afterSessionId, accepted, by, at } };
}

/** The record kinds (type and validator) of this file's records, for readers and the registry (records/syncChange.ts). */
export const EXERCISE_PROGRAMME_KIND = {
  type: 'exercise_programme',
  validate: (data: unknown) => validateExerciseProgramme(data),
} as const;
export const EXERCISE_SESSION_KIND = {
  type: 'exercise_session',
  validate: (data: unknown) => validateExerciseSession(data),
} as const;
export const EXERCISE_DECISION_KIND = {
  type: 'exercise_decision',
  validate: (data: unknown) => validateExerciseDecision(data),
} as const;
