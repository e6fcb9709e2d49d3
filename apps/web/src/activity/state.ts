import {
  type ActivityPlan,
  collectPlanRecords,
  derivePlans,
  type FollowUpReply,
  nextPlanVersion,
  type PlanForm,
  type PlanView,
  type Proposal,
  planFromForm,
  plansPausedBySafety,
  RECORD,
  type SessionForm,
  type SessionPhase,
  type SyncRecord,
  sessionFromForm,
  startPlanFromBaseline,
  uuidv7,
  type Validated,
} from '@veerkracht/core';
import { useMemo } from 'preact/hooks';
import { type App, useRecords } from '../data/app';
import { snapshotReader } from '../data/records';
import { useNow } from '../data/useNow';

/**
 * The graded-activity state of the app: plan views derived by the core from
 * the records, and the actions that write records. Components call these and
 * never decide anything themselves.
 */

export type PlansState = { plans: PlanView[]; paused: boolean; now: number };

/** Every plan as the core derives it now, and whether the safety check pauses them. */
export function usePlans(): PlansState {
  const records = useRecords();
  const now = useNow();
  return useMemo(() => {
    const read = snapshotReader(records);
    const paused = plansPausedBySafety(read);
    return { plans: derivePlans(collectPlanRecords(read), { now, paused }), paused, now };
  }, [records, now]);
}

export function usePlan(planId: string): PlansState & { plan: PlanView | undefined } {
  const state = usePlans();
  return { ...state, plan: state.plans.find((p) => p.planId === planId) };
}

const isoNow = (app: App) => new Date(app.now()).toISOString();

const randomBytes = (length: number) => crypto.getRandomValues(new Uint8Array(length));

/** Makes a new plan from the form; resolves with the saved plan, or the form's issues. */
export async function createPlan(app: App, form: PlanForm): Promise<Validated<ActivityPlan>> {
  const result = planFromForm(form, { planId: uuidv7(app.now(), randomBytes(10)), at: isoNow(app) });
  if (result.ok) await app.saveRecord(RECORD.activityPlan, result.value);
  return result;
}

/** Logs a session of a plan (a baseline measurement or a quota session), ending now. */
export async function logSession(
  app: App,
  view: PlanView,
  form: SessionForm,
  phase: SessionPhase,
  level: number | undefined,
): Promise<Validated<SyncRecord>> {
  const done = phase === 'baseline' ? view.baselineSessions.length : view.sessions.length;
  const result = sessionFromForm(form, {
    planId: view.planId,
    version: view.plan.version,
    occurrence: done + 1,
    phase,
    ...(level !== undefined ? { level } : {}),
    endedAt: isoNow(app),
  });
  if (!result.ok) return result;
  return { ok: true, value: await app.saveRecord(RECORD.activitySession, result.value) };
}

export type FollowUpResult = { ok: true } | { ok: false; reason: 'unknown_session' };

/**
 * Stores an answer to the follow-up question. A session that does not exist
 * on this device (removed, or a wrong link) is refused, so no orphan answer is written.
 */
export async function answerFollowUp(app: App, sessionId: string, answer: FollowUpReply): Promise<FollowUpResult> {
  const session = app.records.get().checked.get(sessionId);
  if (!session || session.deleted || session.type !== RECORD.activitySession)
    return { ok: false, reason: 'unknown_session' };
  await app.saveRecord(RECORD.followUp, { sessionId, at: isoNow(app), answer });
  return { ok: true };
}

/**
 * Stores the person's answer to a proposal: `accept` takes it, `decline` keeps
 * the current quota, `alternative` takes the other option the proposal offers
 * (one step up instead of the same amount), stored as an accepted decision
 * for that option.
 */
export async function decideProposal(
  app: App,
  planId: string,
  proposal: Proposal,
  answer: 'accept' | 'decline' | 'alternative',
): Promise<void> {
  const choice = answer === 'alternative' ? proposal.alternative : proposal;
  if (!choice) throw new Error('this proposal has no other option');
  await app.saveRecord(RECORD.planDecision, {
    planId,
    afterSessionId: proposal.afterSessionId,
    decision: choice.decision,
    level: choice.level,
    accepted: answer !== 'decline',
    at: isoNow(app),
  });
}

/** Starts the quotas after the baseline (a new plan version); throws the core's RangeError for a goal too low. */
export async function startPlan(app: App, view: PlanView, baseline: number[], goal: number): Promise<void> {
  await app.saveRecord(RECORD.activityPlan, startPlanFromBaseline(view.plan, baseline, isoNow(app), { goal }));
}

/** Saves changed settings (or stopping) as a new plan version, so the old one stays answerable. */
export async function changePlan(
  app: App,
  view: PlanView,
  changes: Partial<Pick<ActivityPlan, 'mode' | 'windowHours' | 'status'>>,
): Promise<void> {
  await app.saveRecord(RECORD.activityPlan, nextPlanVersion(view.plan, changes, isoNow(app)));
}
