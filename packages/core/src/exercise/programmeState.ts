import type { Weekday } from '../calendar/calendarDay.js';
import { calendarDayAt, DEFAULT_TIME_ZONE, fromEpochDay, toEpochDay, weekdayOf } from '../calendar/calendarDay.js';
import { toMillis } from '../calendar/zonedTime.js';
import type { FollowUpRecord } from '../graded/activityRecords.js';
import { planVersions } from '../graded/planState.js';
import {
  byMillisThenId,
  type FollowUpSchedule,
  followUpAsk,
  followUpSchedule,
  settledWithin,
} from '../graded/settledWithin.js';
import { groupBy } from '../records/groupBy.js';
import { RECORD } from '../records/recordNames.js';
import type { RecordReader } from '../records/recordReader.js';
import type { Stored } from '../safety/safetyJourney.js';
import type { FieldIssue, Validated } from '../validation/fieldIssue.js';
import { type Exercise, exerciseById, startingPrescription } from './exerciseCatalogue.js';
import {
  type Author,
  type ExerciseDecision,
  type ExerciseProgramme,
  type ExerciseSession,
  type MobilityItem,
  type ProgrammeItem,
  type SessionItem,
  type StrengthItem,
  validateExerciseProgramme,
} from './exerciseRecords.js';
import { type MobilityDecision, nextMobilityDose } from './mobilityDose.js';
import type { StarterItem } from './starterProgramme.js';
import { nextStrengthDose, type StrengthDecision } from './strengthDose.js';

/** The exercise-programme records on a device, validated, deleted ones left out. */
export type ExerciseRecords = {
  programmes: readonly Stored<ExerciseProgramme>[];
  sessions: readonly Stored<ExerciseSession>[];
  /** Follow-up answers (the same `follow_up` records as activity sessions); answers for other sessions are ignored. */
  followUps: readonly Stored<FollowUpRecord>[];
  decisions: readonly Stored<ExerciseDecision>[];
};

/**
 * Picks the programme records out of `read`; records that do not validate
 * are not among them, so one bad record never breaks the view.
 *
 * @example
 * collectExerciseRecords(readerOf(records.values())).programmes // [{ id, hlc, data: ExerciseProgramme }, …]
 */
export function collectExerciseRecords(read: RecordReader): ExerciseRecords {
  return {
    programmes: read(RECORD.exerciseProgramme),
    sessions: read(RECORD.exerciseSession),
    followUps: read(RECORD.followUp),
    decisions: read(RECORD.exerciseDecision),
  };
}

/** A strength dose as the person reads it. */
export type StrengthDoseNow = { targetReps: number; load: number; variant: number };

/** One exercise whose dose a proposal changes, from what it is now to what is proposed. */
export type DoseChange =
  | { exerciseId: string; kind: 'strength'; decision: StrengthDecision; from: StrengthDoseNow; to: StrengthDoseNow }
  | { exerciseId: string; kind: 'mobility'; decision: MobilityDecision; from: number; to: number };

/** A proposal after a session whose follow-up settled: the dose changes §9 gives, accepted with one tap. */
export type ExerciseProposal = { afterSessionId: string; settled: 'yes' | 'no'; changes: DoseChange[] };

/**
 * What happens to the doses now:
 * `none` no session yet (or the programme changed since the last one);
 * `waiting` the last session's follow-up is still open;
 * `no_answer` no answer came in time, so the doses stay (§9.1: hold);
 * `paused` a safety result pauses every step up;
 * `same` the last session settled and §9 keeps every dose (target not met, or at the top);
 * `proposal` a change waits for the person's yes or no; `decided` they answered it.
 */
export type DoseStatus = 'none' | 'waiting' | 'no_answer' | 'paused' | 'same' | 'proposal' | 'decided';

export type ExerciseSessionView = {
  id: string;
  session: ExerciseSession;
  followUps: FollowUpRecord[];
  schedule: FollowUpSchedule;
  /** `settledWithin` now, in the programme's window. */
  settled: 'yes' | 'no' | null;
  /** True while the answer can still change. */
  open: boolean;
};

export type ExerciseFollowUpDue = { sessionId: string; kind: 'first' | 'again'; askFrom: number };

export type ProgrammeView = {
  programmeId: string;
  /** The programme as it is now (the highest version). */
  programme: ExerciseProgramme;
  versions: ExerciseProgramme[];
  /** Oldest first (by end moment, then id). */
  sessions: ExerciseSessionView[];
  followUpsDue: ExerciseFollowUpDue[];
  status: DoseStatus;
  proposal: ExerciseProposal | null;
  /** Today is a programme day and no session ended today. */
  dueToday: boolean;
  doneToday: boolean;
  /** The next programme day from today on (today itself when due), as an ISO date; null when stopped. */
  nextDay: string | null;
};

/**
 * The first day from `from` on (that day included) that falls on one of `days`.
 *
 * @example
 * nextWeekday('2026-11-28', [1, 4]) // '2026-11-30' (the Monday after)
 */
export function nextWeekday(from: string, days: readonly Weekday[]): string | null {
  if (days.length === 0) return null;
  const start = toEpochDay(from);
  for (let offset = 0; offset < 7; offset++) {
    const day = fromEpochDay(start + offset);
    if (days.includes(weekdayOf(day))) return day;
  }
  return null;
}

/** Whether an item was done in a session at the dose asked: every set asked, each at least the target. */
function completedAtDose(item: SessionItem, sets: number): boolean {
  return !item.skipped && item.sets.length >= sets && item.sets.slice(0, sets).every((set) => set.done >= item.target);
}

function strengthChange(
  item: StrengthItem,
  exercise: Exercise,
  done: SessionItem,
  settled: 'yes' | 'no',
): DoseChange | null {
  if (exercise.kind !== 'strength') return null;
  const dose = nextStrengthDose(
    { ...item, usesLoad: exercise.usesLoad, variants: exercise.variants.length },
    { repsDone: done.sets.map((set) => set.done), settled },
  );
  const from = { targetReps: item.targetReps, load: item.load, variant: item.variant };
  const to = { targetReps: dose.targetReps, load: dose.load, variant: dose.variant };
  if (from.targetReps === to.targetReps && from.load === to.load && from.variant === to.variant) return null;
  return { exerciseId: item.exerciseId, kind: 'strength', decision: dose.decision, from, to };
}

function mobilityChange(item: MobilityItem, sessions: readonly ExerciseSessionView[]): DoseChange | null {
  // The sessions at this dose: the latest ones that did this exercise at today's amount, oldest first.
  const atDose: { completed: boolean; settled: 'yes' | 'no' | null }[] = [];
  for (let i = sessions.length - 1; i >= 0; i--) {
    const view = sessions[i] as ExerciseSessionView;
    const done = view.session.items.find((entry) => entry.exerciseId === item.exerciseId);
    if (!done || done.skipped) continue;
    if (done.target !== item.amount) break;
    atDose.unshift({ completed: completedAtDose(done, item.sets), settled: view.settled });
  }
  const next = nextMobilityDose({ amount: item.amount, min: item.min, max: item.max, step: item.step }, atDose);
  if (next.amount === item.amount) return null;
  return { exerciseId: item.exerciseId, kind: 'mobility', decision: next.decision, from: item.amount, to: next.amount };
}

/** Whether a change asks more of the person (paused by a safety result) rather than less. */
export function isStepUp(change: DoseChange): boolean {
  return change.decision !== 'step_back';
}

function doseState(
  programme: ExerciseProgramme,
  sessions: readonly ExerciseSessionView[],
  decisions: readonly Stored<ExerciseDecision>[],
  paused: boolean,
): { status: DoseStatus; proposal: ExerciseProposal | null } {
  const last = sessions.at(-1);
  if (!last) return { status: 'none', proposal: null };
  if (last.session.version !== programme.version) {
    return { status: programme.afterSessionId === last.id ? 'decided' : 'none', proposal: null };
  }
  if (decisions.some((d) => d.data.afterSessionId === last.id)) return { status: 'decided', proposal: null };
  if (last.settled === null) return { status: last.open ? 'waiting' : 'no_answer', proposal: null };
  const settled = last.settled;
  let changes: DoseChange[] = [];
  for (const item of programme.items) {
    const exercise = exerciseById(item.exerciseId);
    const done = last.session.items.find((entry) => entry.exerciseId === item.exerciseId);
    if (!exercise || exercise.kind !== item.kind || !done || done.skipped) continue;
    const change =
      item.kind === 'strength' ? strengthChange(item, exercise, done, settled) : mobilityChange(item, sessions);
    if (change) changes.push(change);
  }
  if (paused) {
    const before = changes.length;
    changes = changes.filter((change) => !isStepUp(change));
    if (changes.length === 0 && before > 0) return { status: 'paused', proposal: null };
  }
  if (changes.length === 0) return { status: 'same', proposal: null };
  return { status: 'proposal', proposal: { afterSessionId: last.id, settled, changes } };
}

function followUpsDue(sessions: readonly ExerciseSessionView[], now: number): ExerciseFollowUpDue[] {
  return sessions.flatMap((view) => {
    const ask = followUpAsk(view, now);
    return ask ? [{ sessionId: view.id, ...ask }] : [];
  });
}

/**
 * Everything the app shows about the person's exercise programmes, derived
 * from the records alone (docs/clinical-rules.md §9), so every device shows the same:
 *
 * - the highest version is the programme now;
 * - sessions by end moment, each `settled` by the 48-hour rule (§3.3) in the
 *   window of the version it was done at; one follow-up question per session;
 * - after the last session settled, the dose changes of §9.1 (strength) and
 *   §9.2 (mobility) as one proposal, until the person takes it (a new
 *   version with `afterSessionId`) or declines it (`exercise_decision`);
 *   a safety result that pauses plans (`paused`) keeps every step up back;
 * - whether today is a programme day, and the next one.
 *
 * @example
 * const [view] = deriveProgrammes(collectExerciseRecords(records), { now: Date.now(), paused: false });
 * view.proposal?.changes // [{ exerciseId: 'glute_bridge', kind: 'strength', decision: 'add_reps', from: …, to: … }]
 */
export function deriveProgrammes(
  records: ExerciseRecords,
  options: { now: number; paused: boolean; timeZone?: string },
): ProgrammeView[] {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const { now, paused } = options;
  const today = calendarDayAt(new Date(now), timeZone);
  const byProgramme = groupBy(records.programmes, (stored) => stored.data.programmeId);
  const answers = groupBy(records.followUps, (stored) => stored.data.sessionId);
  const views: (ProgrammeView & { createdAt: number })[] = [];
  for (const [programmeId, stored] of byProgramme) {
    const versions = planVersions(stored);
    const programme = versions.at(-1) as ExerciseProgramme;
    const sessions = records.sessions
      .filter((s) => s.data.programmeId === programmeId)
      .sort(
        byMillisThenId(
          (s) => toMillis(s.data.endedAt),
          (s) => s.id,
        ),
      )
      .map((s): ExerciseSessionView => {
        const windowHours = (versions.find((v) => v.version === s.data.version) ?? programme).windowHours;
        const end = toMillis(s.data.endedAt);
        const followUps = (answers.get(s.id) ?? [])
          .filter((a) => toMillis(a.data.at) >= end)
          .sort(
            byMillisThenId(
              (a) => toMillis(a.data.at),
              (a) => a.id,
            ),
          )
          .map((a) => a.data);
        const schedule = followUpSchedule(s.data.endedAt, windowHours, timeZone);
        const settled = settledWithin(end, followUps, windowHours, now, timeZone);
        return {
          id: s.id,
          session: s.data,
          followUps,
          schedule,
          settled,
          open: settled === null && now < schedule.decideBy,
        };
      });
    const decisions = records.decisions.filter((d) => d.data.programmeId === programmeId);
    const { status, proposal } = doseState(programme, sessions, decisions, paused);
    const active = programme.status === 'active';
    const doneToday = sessions.some((s) => calendarDayAt(new Date(toMillis(s.session.endedAt)), timeZone) === today);
    const dueToday = active && !doneToday && programme.days.includes(weekdayOf(today));
    const from = doneToday ? fromEpochDay(toEpochDay(today) + 1) : today;
    views.push({
      programmeId,
      programme,
      versions,
      sessions,
      followUpsDue: active ? followUpsDue(sessions, now) : [],
      status,
      proposal: active ? proposal : null,
      dueToday,
      doneToday,
      nextDay: active ? nextWeekday(from, programme.days) : null,
      createdAt: toMillis((versions[0] as ExerciseProgramme).effectiveFrom),
    });
  }
  return views
    .sort(
      byMillisThenId(
        (v) => v.createdAt,
        (v) => v.programmeId,
      ),
    )
    .map(({ createdAt: _createdAt, ...view }) => view);
}

/**
 * A programme item at an exercise's light starting dose (§9.3): strength at
 * the bottom of its range and its easiest variant; mobility at its starting
 * amount, two rounds of a hold or one of repetitions.
 *
 * @example
 * startingItem('glute_bridge') // { exerciseId: 'glute_bridge', kind: 'strength', sets: 2, repMin: 8, …, variant: 0 }
 */
export function startingItem(exerciseId: string, feared = false): ProgrammeItem {
  const exercise = exerciseById(exerciseId);
  if (!exercise) throw new RangeError(`exerciseId ${exerciseId} is not in the library`);
  const mark = feared ? { feared: true } : {};
  if (exercise.kind === 'strength') {
    const { usesLoad: _usesLoad, variants: _variants, ...dose } = startingPrescription(exercise);
    return { exerciseId, kind: 'strength', ...dose, ...mark };
  }
  return { exerciseId, kind: 'mobility', sets: exercise.unit === 'seconds' ? 2 : 1, ...exercise.start, ...mark };
}

/**
 * Version 1 of a programme from the starter proposal as the person accepted
 * or edited it: every exercise at its light starting dose.
 *
 * @example
 * programmeFromStarter({ days: [1, 4], items: [{ exerciseId: 'cat_cow', feared: false }] },
 *   { programmeId, at: '2026-11-28T10:00:00+01:00', by: 'patient' }).version // 1
 */
export function programmeFromStarter(
  starter: { days: readonly Weekday[]; items: readonly StarterItem[] },
  meta: { programmeId: string; at: string; by: Author; windowHours?: number },
): ExerciseProgramme {
  if (starter.items.length === 0) throw new RangeError('items needs at least one exercise');
  if (starter.days.length === 0) throw new RangeError('days needs at least one weekday');
  return {
    programmeId: meta.programmeId,
    version: 1,
    effectiveFrom: meta.at,
    by: meta.by,
    days: [...new Set(starter.days)].sort((a, b) => a - b),
    windowHours: meta.windowHours ?? 48,
    status: 'active',
    items: starter.items.map((item) => startingItem(item.exerciseId, item.feared)),
  };
}

/**
 * The next version of a programme with some settings changed (days,
 * exercises, window, stopping), made by the person or their therapist.
 *
 * @example
 * nextProgrammeVersion(programme, { days: [2, 5] }, '2026-12-01T09:00:00+01:00', 'patient').version // programme.version + 1
 */
export function nextProgrammeVersion(
  programme: ExerciseProgramme,
  changes: Partial<Pick<ExerciseProgramme, 'days' | 'items' | 'windowHours' | 'status' | 'reason'>>,
  at: string,
  by: Author,
): ExerciseProgramme {
  const { afterSessionId: _after, reason: _reason, ...rest } = programme;
  return { ...rest, ...changes, version: programme.version + 1, effectiveFrom: at, by };
}

/**
 * The version that takes a proposal: the proposed doses, marked with the
 * session the proposal followed.
 *
 * @example
 * acceptProposal(view.programme, view.proposal, '2026-11-30T10:00:00+01:00', 'patient').afterSessionId // view.proposal.afterSessionId
 */
export function acceptProposal(
  programme: ExerciseProgramme,
  proposal: ExerciseProposal,
  at: string,
  by: Author,
): ExerciseProgramme {
  const items = programme.items.map((item): ProgrammeItem => {
    const change = proposal.changes.find((c) => c.exerciseId === item.exerciseId);
    if (!change) return item;
    if (change.kind === 'strength' && item.kind === 'strength') return { ...item, ...change.to };
    if (change.kind === 'mobility' && item.kind === 'mobility') return { ...item, amount: change.to };
    return item;
  });
  return { ...nextProgrammeVersion(programme, { items }, at, by), afterSessionId: proposal.afterSessionId };
}

/** One session of one exercise, for its progress chart and table. */
export type ExerciseProgressPoint = {
  sessionId: string;
  endedAt: string;
  /** The dose asked: reps per set (strength) or seconds / reps (mobility). */
  target: number;
  load?: number;
  variant?: number;
  /** The most done in one set, and all sets added up. */
  best: number;
  total: number;
  sets: number;
};

/** A dose change that took effect, for the marks on a chart. */
export type ProgressMark = { effectiveFrom: string; by: Author; change: DoseChange };

/**
 * One exercise's history in a programme: every session that did it (skipped
 * ones left out), and every change of its dose between versions, so the
 * chart marks the decisions.
 *
 * @example
 * exerciseProgress(view, 'glute_bridge').points.map((p) => p.best) // [8, 9, 9, 10]
 */
export function exerciseProgress(
  view: Pick<ProgrammeView, 'sessions' | 'versions'>,
  exerciseId: string,
): { points: ExerciseProgressPoint[]; marks: ProgressMark[] } {
  const points: ExerciseProgressPoint[] = [];
  for (const { id, session } of view.sessions) {
    const item = session.items.find((entry) => entry.exerciseId === exerciseId);
    if (!item || item.skipped || item.sets.length === 0) continue;
    const done = item.sets.map((set) => set.done);
    const point: ExerciseProgressPoint = {
      sessionId: id,
      endedAt: session.endedAt,
      target: item.target,
      best: Math.max(...done),
      total: done.reduce((sum, value) => sum + value, 0),
      sets: done.length,
    };
    if (item.load !== undefined) point.load = item.load;
    if (item.variant !== undefined) point.variant = item.variant;
    points.push(point);
  }
  const marks: ProgressMark[] = [];
  for (let i = 1; i < view.versions.length; i++) {
    const before = (view.versions[i - 1] as ExerciseProgramme).items.find((item) => item.exerciseId === exerciseId);
    const version = view.versions[i] as ExerciseProgramme;
    const after = version.items.find((item) => item.exerciseId === exerciseId);
    const change = before && after ? changeBetween(before, after) : null;
    if (change) marks.push({ effectiveFrom: version.effectiveFrom, by: version.by, change });
  }
  return { points, marks };
}

function changeBetween(before: ProgrammeItem, after: ProgrammeItem): DoseChange | null {
  if (before.kind === 'strength' && after.kind === 'strength') {
    const from = { targetReps: before.targetReps, load: before.load, variant: before.variant };
    const to = { targetReps: after.targetReps, load: after.load, variant: after.variant };
    const decision: StrengthDecision =
      to.variant > from.variant
        ? 'harder_variant'
        : to.load > from.load
          ? 'add_load'
          : to.variant < from.variant || to.load < from.load || to.targetReps < from.targetReps
            ? 'step_back'
            : to.targetReps > from.targetReps
              ? 'add_reps'
              : 'hold';
    return decision === 'hold' ? null : { exerciseId: after.exerciseId, kind: 'strength', decision, from, to };
  }
  if (before.kind === 'mobility' && after.kind === 'mobility' && before.amount !== after.amount) {
    const decision = after.amount > before.amount ? 'progress' : 'step_back';
    return { exerciseId: after.exerciseId, kind: 'mobility', decision, from: before.amount, to: after.amount };
  }
  return null;
}

/** An exercise the person now does at a higher dose than in their first session of it. */
export type GrownSinceStart = { exerciseId: string; first: SessionItem; now: ProgrammeItem };

/**
 * "What you can do now that you could not in week 1": the exercises whose
 * dose now is above the dose of the first session that did them (a harder
 * variant, more load, more reps, or a longer hold).
 *
 * @example
 * grownSinceStart(view) // [{ exerciseId: 'squat', first: { target: 8, variant: 0, … }, now: { targetReps: 10, variant: 1, … } }]
 */
export function grownSinceStart(view: Pick<ProgrammeView, 'sessions' | 'programme'>): GrownSinceStart[] {
  const grown: GrownSinceStart[] = [];
  for (const item of view.programme.items) {
    const first = view.sessions
      .map((s) => s.session.items.find((entry) => entry.exerciseId === item.exerciseId))
      .find((entry): entry is SessionItem => entry !== undefined && !entry.skipped && entry.sets.length > 0);
    if (!first) continue;
    const more =
      item.kind === 'strength'
        ? item.variant > (first.variant ?? 0) ||
          (item.variant === (first.variant ?? 0) && item.load > (first.load ?? 0)) ||
          (item.variant === (first.variant ?? 0) && item.load === (first.load ?? 0) && item.targetReps > first.target)
        : item.amount > first.target;
    if (more) grown.push({ exerciseId: item.exerciseId, first, now: item });
  }
  return grown;
}

/** One exercise's dose as a physiotherapist prescribes it; what is left out stays as it is. */
export type TherapistDose = {
  exerciseId: string;
  sets?: number;
  /** Strength: the repetitions per set asked now, inside the exercise's range. */
  targetReps?: number;
  /** Strength with a load: kilograms. */
  load?: number;
  /** Strength: the library variant (0 is the easiest). */
  variant?: number;
  /** Mobility: seconds held or repetitions per set, inside the exercise's range. */
  amount?: number;
};

/** A physiotherapist's prescription for a programme: session days, the 48-hour window and doses. */
export type TherapistProgrammeSettings = { days?: Weekday[]; windowHours?: number; doses?: TherapistDose[] };

const STRENGTH_DOSE_FIELDS = ['sets', 'targetReps', 'load', 'variant'] as const;
const MOBILITY_DOSE_FIELDS = ['sets', 'amount'] as const;

/**
 * A new programme version with the physiotherapist's prescription and their
 * reason (docs/clinical-rules.md §11.2), made `by: 'therapist'` at `at`; the
 * old versions stay. A dose for an exercise not in the programme, a field
 * that does not fit the exercise's kind, or a value outside §9's ranges is
 * refused naming `doses.N.<field>` (or `days.N`, `windowHours`), and nothing
 * is made then. The software still only proposes each next step from here.
 *
 * @example
 * therapistProgrammeVersion(programme, { doses: [{ exerciseId: 'glute_bridge', sets: 3 }] },
 *   'Drie sets gaat goed', '2026-11-29T10:00:00+01:00')
 * // { ok: true, value: { ...programme, version: programme.version + 1, by: 'therapist', reason: 'Drie sets gaat goed', items: [...] } }
 */
export function therapistProgrammeVersion(
  programme: ExerciseProgramme,
  settings: TherapistProgrammeSettings,
  reason: string,
  at: string,
): Validated<ExerciseProgramme> {
  const issues: FieldIssue[] = [];
  const doses = settings.doses ?? [];
  // Where each exercise's dose sits in the request, to name the request's field for the record's.
  const doseIndex = new Map<string, number>();
  doses.forEach((dose, i) => {
    const item = programme.items.find((candidate) => candidate.exerciseId === dose.exerciseId);
    if (!item) {
      issues.push({
        field: `doses.${i}.exerciseId`,
        code: 'invalid_id',
        message: `doses.${i}.exerciseId is not in this programme`,
      });
      return;
    }
    if (doseIndex.has(dose.exerciseId)) {
      issues.push({ field: `doses.${i}.exerciseId`, code: 'invalid_format', message: `doses.${i} is listed twice` });
      return;
    }
    doseIndex.set(dose.exerciseId, i);
    const allowed: readonly string[] = item.kind === 'strength' ? STRENGTH_DOSE_FIELDS : MOBILITY_DOSE_FIELDS;
    for (const field of Object.keys(dose)) {
      if (field !== 'exerciseId' && !allowed.includes(field)) {
        issues.push({
          field: `doses.${i}.${field}`,
          code: 'unknown_field',
          message: `${field} is not a dose of a ${item.kind} exercise`,
        });
      }
    }
  });
  if (issues.length > 0) return { ok: false, issues };
  const items = programme.items.map((item): ProgrammeItem => {
    const index = doseIndex.get(item.exerciseId);
    if (index === undefined) return item;
    const { exerciseId: _id, ...dose } = doses[index] as TherapistDose;
    return { ...item, ...dose } as ProgrammeItem;
  });
  const changes: Parameters<typeof nextProgrammeVersion>[1] = { items, reason };
  if (settings.days !== undefined) changes.days = settings.days;
  if (settings.windowHours !== undefined) changes.windowHours = settings.windowHours;
  const checked = validateExerciseProgramme(nextProgrammeVersion(programme, changes, at, 'therapist'));
  if (checked.ok) return checked;
  // The record's `items.N.x` is the request's `doses.M.x`.
  return {
    ok: false,
    issues: checked.issues.map((issue) => {
      const match = /^items\.(\d+)(\..*)?$/.exec(issue.field);
      const exerciseId = match ? programme.items[Number(match[1])]?.exerciseId : undefined;
      const index = exerciseId === undefined ? undefined : doseIndex.get(exerciseId);
      if (!match || index === undefined) return issue;
      const field = `doses.${index}${match[2] ?? ''}`;
      return { ...issue, field, message: issue.message.replace(issue.field, field) };
    }),
  };
}
