import {
  acceptProposal,
  collectExerciseRecords,
  deriveProgrammes,
  type ExerciseProgramme,
  type FollowUpReply,
  nextProgrammeVersion,
  type ProgrammeView,
  plansPausedBySafety,
  programmeFromStarter,
  RECORD,
  readDraft,
  type SessionDraft,
  type StarterProgramme,
  sessionFromDraft,
  uuidv7,
  type Validated,
} from '@veerkracht/core';
import { useMemo } from 'preact/hooks';
import { type App, useRecords } from '../data/app';
import { nowInstant, snapshotReader } from '../data/records';
import { useNow } from '../data/useNow';

/**
 * The exercise-programme state of the app: views derived by the core from
 * the records (docs/clinical-rules.md §9), and the actions that write records.
 * Components call these and never decide anything themselves.
 */

export type ProgrammesState = { programmes: ProgrammeView[]; paused: boolean; now: number };

/** Every programme as the core derives it now, and whether a safety result pauses steps up. */
export function useProgrammes(): ProgrammesState {
  const records = useRecords();
  const now = useNow();
  return useMemo(() => {
    const read = snapshotReader(records);
    const paused = plansPausedBySafety(read);
    return { programmes: deriveProgrammes(collectExerciseRecords(read), { now, paused }), paused, now };
  }, [records, now]);
}

/** The person's programme now: the newest one not stopped (one runs at a time), else undefined. */
export function useProgramme(): ProgrammesState & { view: ProgrammeView | undefined } {
  const state = useProgrammes();
  const view = state.programmes.filter((p) => p.programme.status === 'active').at(-1);
  return { ...state, view };
}

const randomBytes = (length: number) => crypto.getRandomValues(new Uint8Array(length));

/**
 * Saves version 1 of a programme from the starter proposal as the person
 * accepted or edited it. One programme runs at a time: a programme still
 * running is stopped in the same write (a new version), so its questions
 * never linger unseen.
 */
export async function createProgramme(
  app: App,
  starter: StarterProgramme,
  running: readonly ProgrammeView[] = [],
): Promise<ExerciseProgramme> {
  const at = nowInstant(app);
  const programme = programmeFromStarter(starter, {
    programmeId: uuidv7(app.now(), randomBytes(10)),
    at,
    by: 'patient',
  });
  await app.saveRecords([
    ...running
      .filter((view) => view.programme.status === 'active')
      .map((view) => ({
        type: RECORD.exerciseProgramme,
        data: nextProgrammeVersion(view.programme, { status: 'stopped' }, at, 'patient'),
      })),
    { type: RECORD.exerciseProgramme, data: programme },
  ]);
  return programme;
}

/** Saves changed days, exercises or stopping as a new version, so the old one stays answerable. */
export async function changeProgramme(
  app: App,
  view: ProgrammeView,
  changes: Partial<Pick<ExerciseProgramme, 'days' | 'items' | 'status'>>,
): Promise<void> {
  await app.saveRecord(
    RECORD.exerciseProgramme,
    nextProgrammeVersion(view.programme, changes, nowInstant(app), 'patient'),
  );
}

/** Takes the proposal (one new version with every proposed dose) or declines it (the doses stay). */
export async function decideProposal(app: App, view: ProgrammeView, accept: boolean): Promise<void> {
  const proposal = view.proposal;
  if (!proposal) return;
  const at = nowInstant(app);
  const decision = {
    programmeId: view.programmeId,
    afterSessionId: proposal.afterSessionId,
    accepted: accept,
    by: 'patient',
    at,
  } as const;
  await app.saveRecords([
    { type: RECORD.exerciseDecision, data: decision },
    ...(accept
      ? [{ type: RECORD.exerciseProgramme, data: acceptProposal(view.programme, proposal, at, 'patient') }]
      : []),
  ]);
}

export type FollowUpResult = { ok: true } | { ok: false; reason: 'unknown_session' };

/** Stores the answer to the one follow-up question of a session; refuses a session not on this device. */
export async function answerFollowUp(app: App, sessionId: string, answer: FollowUpReply): Promise<FollowUpResult> {
  const session = app.records.get().checked.get(sessionId);
  if (!session || session.deleted || session.type !== RECORD.exerciseSession)
    return { ok: false, reason: 'unknown_session' };
  await app.saveRecord(RECORD.followUp, { sessionId, at: nowInstant(app), answer });
  return { ok: true };
}

// The running session lives in localStorage (not sessionStorage): it must survive a reload, a locked phone and an
// app that the system closed, until the person finishes or throws it away.
const DRAFT_KEY = 'veerkracht.exercise.session';

/** The session that was running on this device, if any and still readable. */
export function loadSessionDraft(): SessionDraft | undefined {
  try {
    const text = localStorage.getItem(DRAFT_KEY);
    return text === null ? undefined : readDraft(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/** Keeps the running session after every step; without storage the session still works, only a reload loses it. */
export function keepSessionDraft(draft: SessionDraft): void {
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // Storage full or blocked.
  }
}

export function clearSessionDraft(): void {
  try {
    localStorage.removeItem(DRAFT_KEY);
  } catch {
    // Nothing to clear.
  }
}

/**
 * Saves the finished (or stopped) session as a record, then forgets the
 * draft. Resolves with the saved record's id, or the issues of a draft that
 * cannot be saved (pain before missing).
 */
export async function finishSession(
  app: App,
  view: ProgrammeView,
  draft: SessionDraft,
  painAfter: number,
): Promise<Validated<{ id: string }>> {
  const occurrence = view.sessions.length + 1;
  const result = sessionFromDraft(draft, { painAfter, endedAt: nowInstant(app), occurrence, by: 'patient' });
  if (!result.ok) return result;
  const record = await app.saveRecord(RECORD.exerciseSession, result.value);
  clearSessionDraft();
  return { ok: true, value: { id: record.id } };
}
