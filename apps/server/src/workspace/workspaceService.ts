import {
  ACTIVITY_PLAN_KIND,
  ACTIVITY_SESSION_KIND,
  type ActivityPlan,
  type AttentionSource,
  attentionFacts,
  attentionFlags,
  attentionInputAt,
  attentionSource,
  CONCERN_KIND,
  calendarDayAt,
  checkInsByDay,
  compareInstants,
  EXERCISE_PROGRAMME_KIND,
  EXERCISE_SESSION_KIND,
  EXPOSURE_KIND,
  type ExerciseProgramme,
  exerciseById,
  FEAR_RATING_KIND,
  formatHlc,
  LONG_VIEW_PERIODS,
  longView,
  nightsByDay,
  PLAN_DECISION_KIND,
  PSK_KIND,
  planVersions,
  RECORD,
  REVIEW_DISCUSSED_KIND,
  readerOf,
  readRecords,
  SAFETY_CHECK_KIND,
  SAFETY_CLEARANCE_KIND,
  START_BACK_KIND,
  type SyncRecord,
  safetyStatus,
  sortByAttention,
  type TherapistPlanSettings,
  type TherapistProgrammeSettings,
  therapistPlanVersion,
  therapistProgrammeVersion,
  uuidv7,
} from '@veerkracht/core';
import type { AccessLog } from '../accessLog/accessLog.js';
import type { Clock } from '../clock.js';
import { AppError, invalidRequest } from '../errors.js';
import type { LinkRepository } from '../links/linkRepository.js';
import { staffActor } from '../links/linkService.js';
import { type RandomBytes, secureRandom } from '../patients/secrets.js';
import type { StaffContext } from '../staff/staffService.js';
import type { SyncService } from '../sync/syncService.js';
import { ALL_SHARED_TYPES, ATTENTION_TYPES } from './sharedRecords.js';
import type { LinkedPatientRow, WorkspaceRepository } from './workspaceRepository.js';

const ATTENTION_TYPE_LIST = [...ATTENTION_TYPES];

/**
 * A patient's concerns, newest first, each marked unread when written after
 * the therapist's read mark (the mark the list's `concern` flag uses).
 */
function concernsOf(records: readonly SyncRecord[], readUpTo: string | null) {
  return readRecords(records, CONCERN_KIND)
    .map((concern) => ({
      id: concern.id,
      at: concern.data.at,
      text: concern.data.text,
      unread: readUpTo === null || compareInstants(concern.data.at, readUpTo) > 0,
    }))
    .sort((a, b) => compareInstants(b.at, a.at));
}

/**
 * What the detail page shows besides flags and plans, worked out here: the
 * safety checks (newest first), STarT Back and PSK over time (oldest first),
 * the exposures with expected against felt pain, and the exercise programme
 * as it is now.
 */
function clinicalSummary(records: readonly SyncRecord[]) {
  const safetyChecks = readRecords(records, SAFETY_CHECK_KIND)
    .map((check) => ({
      date: check.data.date,
      completedAt: check.data.completedAt,
      trigger: check.data.trigger,
      scope: check.data.scope,
      tier: check.data.result.tier,
      reasons: check.data.result.reasons.length,
    }))
    .sort((a, b) => compareInstants(b.completedAt, a.completedAt));
  const byDate = <T extends { date: string }>(a: T, b: T) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  const startBack = readRecords(records, START_BACK_KIND)
    .map((r) => ({ date: r.data.date, ...r.data.score }))
    .sort(byDate);
  const psk = readRecords(records, PSK_KIND)
    .map((r) => ({ date: r.data.date, score: r.data.score }))
    .sort(byDate);
  const exposures = readRecords(records, EXPOSURE_KIND)
    .map((r) => ({ movement: r.data.movement, expected: r.data.expected, actual: r.data.actual, at: r.data.at }))
    .sort((a, b) => compareInstants(b.at, a.at));
  const latestFear = new Map<string, { movement: string; rating: number; ratedAt: string }>();
  for (const rating of readRecords(records, FEAR_RATING_KIND)) {
    const current = latestFear.get(rating.data.movement);
    if (!current || compareInstants(rating.data.ratedAt, current.ratedAt) > 0)
      latestFear.set(rating.data.movement, rating.data);
  }
  // The hierarchy as the person rated it: most feared first.
  const fearHierarchy = [...latestFear.values()].sort(
    (a, b) => b.rating - a.rating || (a.movement < b.movement ? -1 : 1),
  );
  const programmes = new Map<string, ReturnType<typeof readRecords<ExerciseProgramme>>>();
  for (const stored of readRecords(records, EXERCISE_PROGRAMME_KIND)) {
    programmes.set(stored.data.programmeId, [...(programmes.get(stored.data.programmeId) ?? []), stored]);
  }
  const exerciseProgrammes = [...programmes.values()]
    .map((stored) => planVersions(stored).at(-1) as ExerciseProgramme)
    .map((programme) => ({
      programmeId: programme.programmeId,
      version: programme.version,
      status: programme.status,
      days: programme.days,
      windowHours: programme.windowHours,
      by: programme.by,
      ...(programme.reason === undefined ? {} : { reason: programme.reason }),
      // The doses as prescribed now, with what the form needs from the library (load, variants).
      items: programme.items.map((item) => {
        const known = exerciseById(item.exerciseId);
        return item.kind === 'strength'
          ? {
              ...item,
              usesLoad: known?.kind === 'strength' && known.usesLoad,
              variants: known?.kind === 'strength' ? known.variants.length : item.variant + 1,
            }
          : { ...item, unit: known?.kind === 'mobility' ? known.unit : ('reps' as const) };
      }),
    }));
  return { safetyChecks, measures: { startBack, psk }, fearHierarchy, exposures, exerciseProgrammes };
}

/** Pain, sleep, stress and active minutes over 30, 90 and 365 days (core `longView`, clinical §10.4). */
function trendsOf(records: readonly SyncRecord[], today: string) {
  const read = readerOf(records);
  const byDay = checkInsByDay(read);
  const nights = nightsByDay(byDay, read(RECORD.sleepNight));
  return LONG_VIEW_PERIODS.map((period) => longView(byDay, nights, today, period));
}

/** Whether plan progression is paused after a safety check (core `safetyStatus`, clinical §1.2). */
function pausedOf(records: readonly SyncRecord[], today: string): boolean {
  return safetyStatus(
    {
      checks: readRecords(records, SAFETY_CHECK_KIND),
      clearances: readRecords(records, SAFETY_CLEARANCE_KIND),
      reviewsDiscussed: readRecords(records, REVIEW_DISCUSSED_KIND),
    },
    today,
  ).paused;
}

/** Each activity plan as it is now, with how many sessions were done, for the detail page's settings. */
function plansOf(records: readonly SyncRecord[]) {
  const sessions = readRecords(records, ACTIVITY_SESSION_KIND);
  const decisions = readRecords(records, PLAN_DECISION_KIND);
  const byPlan = new Map<string, ReturnType<typeof readRecords<ActivityPlan>>>();
  for (const plan of readRecords(records, ACTIVITY_PLAN_KIND)) {
    byPlan.set(plan.data.planId, [...(byPlan.get(plan.data.planId) ?? []), plan]);
  }
  return [...byPlan.values()].map((stored) => {
    const plan = planVersions(stored).at(-1) as ActivityPlan;
    const own = sessions
      .filter((s) => s.data.planId === plan.planId)
      .sort((a, b) => compareInstants(b.data.endedAt, a.data.endedAt));
    return {
      ...plan,
      sessionsDone: own.length,
      // The last ten, newest first: what the therapist reads before a visit.
      recentSessions: own.slice(0, 10).map((s) => ({
        endedAt: s.data.endedAt,
        phase: s.data.phase,
        amount: s.data.amount,
        painBefore: s.data.painBefore,
        painAfter: s.data.painAfter,
      })),
      decisions: decisions
        .filter((d) => d.data.planId === plan.planId)
        .sort((a, b) => compareInstants(b.data.at, a.data.at))
        .slice(0, 10)
        .map((d) => ({ at: d.data.at, decision: d.data.decision, accepted: d.data.accepted })),
    };
  });
}

/** One patient's line of the list: flags and facts on the day of `now` (clinical §11). */
function entryOf(
  row: Pick<LinkedPatientRow, 'patient_id' | 'label' | 'linked_at' | 'concerns_read_up_to'>,
  source: AttentionSource,
  now: number,
) {
  const today = calendarDayAt(new Date(now));
  const input = attentionInputAt(source, {
    linkedSince: calendarDayAt(new Date(row.linked_at)),
    now,
    concernsReadUpTo: row.concerns_read_up_to,
  });
  // The list's last check-in comes from the source: the facts only see the last three weeks.
  const { lastCheckIn: _recent, ...facts } = attentionFacts(input, today);
  return {
    patientId: row.patient_id,
    label: row.label,
    linkedSince: input.linkedSince,
    lastCheckIn: source.lastCheckIn,
    flags: attentionFlags(input, today),
    openSafetyTier: input.openSafetyTier,
    openConcerns: input.openConcerns,
    facts,
  };
}

/**
 * The therapist's views of linked patients. Every read and change first
 * checks the active link (unlinking ends access at the next request), then
 * writes the access log, and only then answers: when the log cannot be
 * written, nothing is served (fail closed, NEN 7513).
 */
export function createWorkspaceService(deps: {
  repo: WorkspaceRepository;
  /** The server's own writes into a patient's records (a therapist's plan version, a resume). */
  sync: SyncService;
  links: LinkRepository;
  accessLog: AccessLog;
  clock: Clock;
  random?: RandomBytes;
  log?: { warn(object: object, message: string): void };
}) {
  const { repo, links, accessLog, clock } = deps;
  const random = deps.random ?? secureRandom;
  const iso = (ms: number) => new Date(ms).toISOString();
  /** The server's clock node: its writes order after the patient's by time, like any device's. */
  const serverNode = Buffer.from(random(8)).toString('hex');

  /** Writes records into the patient's own records, as a device would: they sync to every device of the patient. */
  async function writeForPatient(
    patientId: string,
    records: readonly { type: string; data: unknown }[],
  ): Promise<void> {
    const now = clock.now();
    await deps.sync.sync(patientId, {
      cursor: 0,
      pull: false,
      changes: records.map((record, counter) => ({
        id: uuidv7(now, random(10)),
        type: record.type,
        data: record.data,
        hlc: formatHlc({ millis: now, counter, node: serverNode }),
        deleted: false,
      })),
    });
  }

  /** Makes a patient's attention source from their records now, and stores it. */
  async function refresh(patientId: string): Promise<AttentionSource> {
    // The marks first, then the records: a sync that commits in between is counted as not yet in the source.
    const marks = await repo.staleMarks(patientId);
    const records = await repo.records(patientId, ATTENTION_TYPE_LIST);
    const source = attentionSource(readerOf(records), clock.now());
    await repo.saveSource(patientId, JSON.stringify(source), marks);
    return source;
  }

  async function sourceOf(row: LinkedPatientRow): Promise<AttentionSource> {
    if (row.source !== null && row.stale === 0) return JSON.parse(row.source) as AttentionSource;
    return refresh(row.patient_id);
  }

  async function requireLink(context: StaffContext, patientId: string) {
    const link = await links.activeLink(context.staff.id, patientId);
    // The same answer for "not linked" and "no such patient": nothing is learned about other practices.
    if (!link) throw new AppError(404, 'patient_not_found', 'no linked patient with this id');
    return link;
  }

  return {
    refresh,

    /**
     * Makes a linked patient's source again in the background: the sync service calls this after a push that marked
     * it stale in its own transaction has committed (`attention` in app.ts).
     */
    remakeSourceSoon(patientId: string): void {
      setImmediate(() => {
        refresh(patientId).catch((error: unknown) =>
          deps.log?.warn({ err: error, patientId }, 'could not make the attention source; the list makes it'),
        );
      });
    },

    /** The patient list with flags and their facts, in the order of clinical §11. */
    async patientList(context: StaffContext) {
      const now = clock.now();
      const rows = await repo.linkedPatients(context.staff.id);
      const entries = [];
      for (const row of rows) entries.push(entryOf(row, await sourceOf(row), now));
      await accessLog.append(
        staffActor(context),
        entries.map((e) => ({ patientId: e.patientId, action: 'read' as const, what: 'patient_list' })),
      );
      return {
        today: calendarDayAt(new Date(now)),
        patients: sortByAttention(entries).map((entry) => ({ ...entry, lastCheckIn: entry.lastCheckIn ?? null })),
      };
    },

    /**
     * One patient: flags and facts, concerns, a check-in per day, and the practice's notes, all worked out
     * here from the records the link shares (the page imports no record readers: docs/architecture.md,
     * "First load"). The access log names the record types read.
     */
    async patientDetail(context: StaffContext, patientId: string) {
      const link = await requireLink(context, patientId);
      const [records, notes] = await Promise.all([
        repo.records(patientId, ALL_SHARED_TYPES),
        repo.notes(patientId, context.staff.practice.id),
      ]);
      const types = [...new Set(records.map((r) => r.type))].sort();
      const read = readerOf(records);
      await accessLog.append(staffActor(context), [
        { patientId, action: 'read', what: types.length > 0 ? types.join(',') : 'patient_detail' },
      ]);
      const attention = entryOf(
        {
          patient_id: patientId,
          label: link.label,
          linked_at: link.linked_at,
          concerns_read_up_to: link.concerns_read_up_to,
        },
        attentionSource(read, clock.now()),
        clock.now(),
      );
      return {
        patientId,
        label: link.label,
        linkedSince: link.linked_at,
        attention: { ...attention, lastCheckIn: attention.lastCheckIn ?? null },
        concerns: concernsOf(records, link.concerns_read_up_to),
        plans: plansOf(records),
        ...clinicalSummary(records),
        trends: trendsOf(records, calendarDayAt(new Date(clock.now()))),
        paused: pausedOf(records, calendarDayAt(new Date(clock.now()))),
        // One check-in per day (the latest write), oldest first: the page draws its trends from these.
        checkIns: [...checkInsByDay(read).values()].map((r) => r.data).sort((a, b) => (a.date < b.date ? -1 : 1)),
        concernsReadUpTo: link.concerns_read_up_to,
        notes: notes.map((n) => ({ id: n.id, text: n.text, author: n.author, createdAt: n.created_at })),
      };
    },

    /**
     * What the exports (the FHIR bundle, the report for the GP) are made from: the detail page's views,
     * worked out by the same functions, with the records the bundle maps one by one. The access log
     * names the export (`fhir_export`, `gp_report`), so the person reads what was made of their data.
     */
    async exportView(context: StaffContext, patientId: string, what: 'fhir_export' | 'gp_report') {
      const link = await requireLink(context, patientId);
      const records = await repo.records(patientId, ALL_SHARED_TYPES);
      await accessLog.append(staffActor(context), [{ patientId, action: 'read', what }]);
      const now = clock.now();
      const today = calendarDayAt(new Date(now));
      const read = readerOf(records);
      const byDay = checkInsByDay(read);
      const byDate = (a: { date: string }, b: { date: string }) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
      const summary = clinicalSummary(records);
      const exerciseSessions = readRecords(records, EXERCISE_SESSION_KIND);
      return {
        patientId,
        label: link.label,
        linkedSince: link.linked_at,
        practice: context.staff.practice,
        therapist: context.staff.name,
        madeAt: iso(now),
        today,
        checkIns: [...byDay.values()].map((r) => r.data).sort(byDate),
        nights: [...nightsByDay(byDay, read(RECORD.sleepNight)).values()]
          .map((night) => ({ day: night.day, hoursSlept: night.hoursSlept }))
          .sort((a, b) => (a.day < b.day ? -1 : 1)),
        startBack: readRecords(records, START_BACK_KIND)
          .map((r) => r.data)
          .sort(byDate),
        psk: readRecords(records, PSK_KIND)
          .map((r) => r.data)
          .sort(byDate),
        plans: plansOf(records),
        exerciseProgrammes: summary.exerciseProgrammes.map((programme) => ({
          ...programme,
          sessionsDone: exerciseSessions.filter((s) => s.data.programmeId === programme.programmeId).length,
        })),
        safetyChecks: summary.safetyChecks,
        trends: trendsOf(records, today),
        paused: pausedOf(records, today),
      };
    },

    /**
     * The therapist's settings for one activity plan, as a new version the
     * patient's devices receive with the reason (core `therapistPlanVersion`:
     * out-of-range settings are refused naming the field; nothing is written then).
     */
    async changePlan(
      context: StaffContext,
      patientId: string,
      planId: string,
      settings: TherapistPlanSettings,
      reason: string,
    ) {
      await requireLink(context, patientId);
      const records = await repo.records(patientId, [RECORD.activityPlan]);
      const versions = planVersions(readRecords(records, ACTIVITY_PLAN_KIND).filter((p) => p.data.planId === planId));
      const current = versions.at(-1);
      if (!current) throw new AppError(404, 'plan_not_found', 'this patient has no plan with this id');
      const next = therapistPlanVersion(
        current,
        settings,
        { name: context.staff.name, reason },
        new Date(clock.now()).toISOString(),
      );
      if (!next.ok) throw invalidRequest(next.issues);
      await accessLog.append(staffActor(context), [{ patientId, action: 'change', what: RECORD.activityPlan }]);
      await writeForPatient(patientId, [{ type: RECORD.activityPlan, data: next.value }]);
      return next.value;
    },

    /**
     * The therapist's exercise prescription (days, window, doses) as a new
     * programme version `by: 'therapist'` with the reason the patient reads
     * (core `therapistProgrammeVersion`: anything out of range is refused
     * naming the field; nothing is written then).
     */
    async changeProgramme(
      context: StaffContext,
      patientId: string,
      programmeId: string,
      settings: TherapistProgrammeSettings,
      reason: string,
    ) {
      await requireLink(context, patientId);
      const records = await repo.records(patientId, [RECORD.exerciseProgramme]);
      const current = planVersions(
        readRecords(records, EXERCISE_PROGRAMME_KIND).filter((p) => p.data.programmeId === programmeId),
      ).at(-1);
      if (!current) throw new AppError(404, 'programme_not_found', 'this patient has no programme with this id');
      const next = therapistProgrammeVersion(current, settings, reason, new Date(clock.now()).toISOString());
      if (!next.ok) throw invalidRequest(next.issues);
      await accessLog.append(staffActor(context), [{ patientId, action: 'change', what: RECORD.exerciseProgramme }]);
      await writeForPatient(patientId, [{ type: RECORD.exerciseProgramme, data: next.value }]);
      return next.value;
    },

    /**
     * Plans may step up again after a safety pause: a `safety_clearance` by
     * the therapist (it lifts the pause on the patient's devices, as "I have
     * seen a doctor" does), and the therapist's note of what was checked.
     */
    async resumePlans(context: StaffContext, patientId: string, note: string): Promise<void> {
      await requireLink(context, patientId);
      const at = iso(clock.now());
      await repo.db.transaction().execute(async (trx) => {
        await accessLog.append(
          staffActor(context),
          [{ patientId, action: 'change', what: RECORD.safetyClearance }],
          trx,
        );
        await trx
          .insertInto('therapist_notes')
          .values({
            id: uuidv7(clock.now(), random(10)),
            patient_id: patientId,
            practice_id: context.staff.practice.id,
            author_id: context.staff.id,
            text: note,
            created_at: at,
            updated_at: at,
          })
          .execute();
      });
      await writeForPatient(patientId, [{ type: RECORD.safetyClearance, data: { at, by: 'therapist' } }]);
      await refresh(patientId).catch(() => undefined);
    },

    async markConcernsRead(context: StaffContext, patientId: string, upTo: string): Promise<void> {
      // A mark in the future would hide concerns not yet written: refused, naming the field.
      if (Date.parse(upTo) > clock.now()) {
        throw invalidRequest([{ field: 'upTo', code: 'date_in_future', message: 'upTo must not be after now' }]);
      }
      await requireLink(context, patientId);
      await repo.db.transaction().execute(async (trx) => {
        await accessLog.append(staffActor(context), [{ patientId, action: 'change', what: 'concerns_read' }], trx);
        await trx
          .updateTable('links')
          .set({ concerns_read_up_to: upTo })
          .where('therapist_id', '=', context.staff.id)
          .where('patient_id', '=', patientId)
          .where('unlinked_at', 'is', null)
          .execute();
      });
    },

    async addNote(context: StaffContext, patientId: string, text: string) {
      await requireLink(context, patientId);
      const id = uuidv7(clock.now(), random(10));
      const at = iso(clock.now());
      await repo.db.transaction().execute(async (trx) => {
        await accessLog.append(staffActor(context), [{ patientId, action: 'change', what: 'therapist_note' }], trx);
        await trx
          .insertInto('therapist_notes')
          .values({
            id,
            patient_id: patientId,
            practice_id: context.staff.practice.id,
            author_id: context.staff.id,
            text,
            created_at: at,
            updated_at: at,
          })
          .execute();
      });
      return { id, text, author: context.staff.name, createdAt: at };
    },

    async deleteNote(context: StaffContext, patientId: string, noteId: string): Promise<void> {
      await requireLink(context, patientId);
      await repo.db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('therapist_notes')
          .set({ deleted_at: iso(clock.now()) })
          .where('id', '=', noteId)
          .where('patient_id', '=', patientId)
          .where('practice_id', '=', context.staff.practice.id)
          .where('deleted_at', 'is', null)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) throw new AppError(404, 'note_not_found', 'there is no such note');
        await accessLog.append(staffActor(context), [{ patientId, action: 'change', what: 'therapist_note' }], trx);
      });
    },
  };
}

export type WorkspaceService = ReturnType<typeof createWorkspaceService>;
