import { calendarDayAt, DEFAULT_TIME_ZONE } from '../calendar/calendarDay.js';
import { toMillis } from '../calendar/zonedTime.js';
import { groupBy } from '../records/groupBy.js';
import { RECORD } from '../records/recordNames.js';
import type { RecordReader } from '../records/recordReader.js';
import type { Stored } from '../safety/safetyJourney.js';
import type { Validated } from '../validation/fieldIssue.js';
import {
  type ActivityPlan,
  type ActivitySession,
  type FollowUpRecord,
  type PlanDecisionKind,
  type PlanDecisionRecord,
  validateActivityPlan,
} from './activityRecords.js';
import { nextSession, type PlanMode, type SessionDecision, type SessionRecord } from './nextSession.js';
import { buildQuotaPlan } from './quotaPlan.js';
import {
  byMillisThenId,
  type FollowUpSchedule,
  followUpAsk,
  followUpSchedule,
  settledWithin,
} from './settledWithin.js';

/** The graded-activity records on a device, validated, deleted ones left out. */
export type PlanRecords = {
  plans: readonly Stored<ActivityPlan>[];
  sessions: readonly Stored<ActivitySession>[];
  followUps: readonly Stored<FollowUpRecord>[];
  decisions: readonly Stored<PlanDecisionRecord>[];
};

/**
 * Picks the graded-activity records out of `read`: deleted records and
 * records whose data does not validate are not among them, so one bad record
 * never breaks the plan view, while a field a newer app added does not hide a
 * record (as `readerOf` reads them).
 *
 * @example
 * collectPlanRecords(readerOf([{ id, type: 'follow_up', hlc, deleted: false, data: { sessionId, at, answer: 'yes' } }]))
 * // { plans: [], sessions: [], followUps: [{ id, hlc, data: { sessionId, at, answer: 'yes' } }], decisions: [] }
 */
export function collectPlanRecords(read: RecordReader): PlanRecords {
  return {
    plans: read(RECORD.activityPlan),
    sessions: read(RECORD.activitySession),
    followUps: read(RECORD.followUp),
    decisions: read(RECORD.planDecision),
  };
}

/** One session as the plan view shows it. */
export type SessionView = {
  id: string;
  session: ActivitySession;
  /** The session's quota in the plan's unit; `null` for a baseline session. */
  quota: number | null;
  /** The answers to the follow-up question, oldest first (answers from before the session ended are left out). */
  followUps: FollowUpRecord[];
  schedule: FollowUpSchedule;
  /** `settledWithin` now: did the back settle within the plan's window? */
  settled: 'yes' | 'no' | null;
  /** True while the answer can still change (no final answer, and not yet past the window's end + 24 h). */
  open: boolean;
};

/**
 * Why the next quota is what it is, for the words the person reads:
 * `start` first quota; `waiting` the follow-up is still open; `paused` a
 * safety result pauses progression; `settled` / `not_settled` / `no_answer`
 * the 48-hour rule's outcome; `schedule` time-contingent; `goal_reached`;
 * `declined` the person kept the current quota; `own_choice` the person chose
 * the other option a proposal offered (a step up instead of the same amount).
 */
export type QuotaReason =
  | 'start'
  | 'waiting'
  | 'paused'
  | 'settled'
  | 'not_settled'
  | 'no_answer'
  | 'schedule'
  | 'goal_reached'
  | 'declined'
  | 'own_choice';

/**
 * The reason behind a `nextSession` decision (docs/clinical-rules.md §3.2, §3.4).
 *
 * @example
 * proposalReason({ mode: 'symptom', decision: 'step_back', settled: 'no' }) // 'not_settled'
 * proposalReason({ mode: 'time', decision: 'progress', settled: 'no' }) // 'schedule'
 * proposalReason({ mode: 'symptom', decision: 'hold', settled: null, paused: true }) // 'paused'
 */
export function proposalReason(input: {
  mode: PlanMode;
  decision: SessionDecision;
  settled: 'yes' | 'no' | null;
  paused?: boolean;
}): QuotaReason {
  if (input.decision === 'start') return 'start';
  if (input.paused && input.decision === 'hold') return 'paused';
  if (input.decision === 'complete') return 'goal_reached';
  if (input.mode === 'time') return 'schedule';
  if (input.decision === 'progress') return 'settled';
  if (input.decision === 'step_back') return 'not_settled';
  return 'no_answer';
}

/** How the next quota came about. */
export type QuotaStatus =
  /** The first session of the plan. */
  | 'start'
  /** Time-contingent: the schedule decides, no proposal needed. */
  | 'scheduled'
  /** The last session's follow-up is still open: for now the same quota. */
  | 'waiting'
  /** A safety result pauses progression: the same quota. */
  | 'paused'
  /** A proposal waits for the person's yes or no; until then the current quota stays. */
  | 'proposal'
  /** The person accepted or declined the proposal. */
  | 'decided';

/** One option of a proposal: what the plan does next when the person picks it. */
export type ProposalChoice = { decision: PlanDecisionKind; level: number; amount: number };

/**
 * What a proposal changes for the person: `more` or `less` than the last
 * quota, the `same` amount, or `complete` (finish the plan at the goal).
 */
export type ProposalChange = 'more' | 'same' | 'less' | 'complete';

export type Proposal = {
  afterSessionId: string;
  decision: PlanDecisionKind;
  level: number;
  amount: number;
  /** The quota of the session it follows. */
  from: number;
  /** The proposal in the person's terms (by amount, not by level). */
  change: ProposalChange;
  /**
   * The other option besides the proposal, when "no" means something else than
   * keeping the current quota: for a proposal to keep the `same` amount, one
   * step up anyway (or finishing the plan at the goal). `null` when declining
   * keeps the current quota (a proposal of `more`, `less` or `complete`).
   */
  alternative: ProposalChoice | null;
};

/** The quota of the next session. */
export type NextQuota = {
  level: number;
  amount: number;
  decision: SessionDecision;
  status: QuotaStatus;
  reason: QuotaReason;
  /** The quota of the last session (the "instead of"), when there was one. */
  from: number | null;
  /** An open proposal (status `proposal`). */
  proposal: Proposal | null;
};

/**
 * How the next quota compares with the last one: `more`, `same` or `less`;
 * `null` before the first session. The words for a decided quota follow this
 * (a kept amount is never called "a step less", whatever the level says).
 *
 * @example
 * quotaChange({ amount: 15, from: 11 }) // 'more'
 * quotaChange({ amount: 11, from: 11 }) // 'same'
 * quotaChange({ amount: 11, from: null }) // null
 */
export function quotaChange(next: Pick<NextQuota, 'amount' | 'from'>): 'more' | 'same' | 'less' | null {
  if (next.from === null) return null;
  if (next.amount === next.from) return 'same';
  return next.amount > next.from ? 'more' : 'less';
}

/**
 * The two options of a proposal after a session at `lastLevel`: the change
 * the proposal makes in the person's terms, and the other option when "no"
 * does not simply keep the current quota. A proposal that keeps the same
 * amount (no answer came, or the back had not settled at the first step)
 * offers one step up anyway: the first level with a higher amount, or
 * finishing the plan when none is left (docs/clinical-rules.md §0: the
 * software proposes, the person decides).
 *
 * @example
 * proposalOptions([8, 11, 13], 1, { decision: 'hold', level: 1 })
 * // { change: 'same', alternative: { decision: 'progress', level: 2, amount: 13 } }
 * proposalOptions([8, 11, 13], 1, { decision: 'step_back', level: 0 })
 * // { change: 'less', alternative: null }
 */
export function proposalOptions(
  levels: readonly number[],
  lastLevel: number,
  proposal: { decision: PlanDecisionKind; level: number },
): { change: ProposalChange; alternative: ProposalChoice | null } {
  const amountOf = (level: number) => levels[level] as number;
  const from = amountOf(lastLevel);
  if (proposal.decision === 'complete') return { change: 'complete', alternative: null };
  const to = amountOf(proposal.level);
  if (to !== from) return { change: to > from ? 'more' : 'less', alternative: null };
  const final = levels.length - 1;
  const up = levels.findIndex((amount, level) => level > lastLevel && amount > from);
  const alternative: ProposalChoice =
    up === -1
      ? { decision: 'complete', level: final, amount: amountOf(final) }
      : { decision: 'progress', level: up, amount: amountOf(up) };
  return { change: 'same', alternative };
}

/** A follow-up question to ask now. `first`: about 24 h after; `again`: at the window's end after a "not yet". */
export type FollowUpDue = { planId: string; sessionId: string; kind: 'first' | 'again'; askFrom: number };

/**
 * `baseline` measuring; `confirm` baseline done, the plan waits for the
 * person's go; `active`; `completed` the goal was reached; `stopped`.
 */
export type PlanPhase = 'baseline' | 'confirm' | 'active' | 'completed' | 'stopped';

export type PlanView = {
  planId: string;
  /** The plan as it is now (the highest version). */
  plan: ActivityPlan;
  /** Every version, oldest first. */
  versions: ActivityPlan[];
  phase: PlanPhase;
  baselineSessions: SessionView[];
  /** The plan's sessions after the baseline, in the order they were done. */
  sessions: SessionView[];
  next: NextQuota | null;
  followUpsDue: FollowUpDue[];
  /** A session at a quota of this plan (not a baseline measurement) ended today, in the person's time zone. */
  doneToday: boolean;
  /** A baseline measurement of this plan ended today, in the person's time zone. */
  measuredToday: boolean;
};

/**
 * The versions of one versioned plan (an activity plan, an exercise
 * programme), one per version number, oldest first. When
 * two devices both wrote the same version, the later `effectiveFrom` wins,
 * then the larger record id, so every device picks the same one.
 *
 * @example
 * planVersions([{ id: 'a', hlc, data: v2 }, { id: 'b', hlc, data: v1 }]).map((p) => p.version) // [1, 2]
 */
export function planVersions<P extends { version: number; effectiveFrom: string } = ActivityPlan>(
  plans: readonly Stored<P>[],
): P[] {
  const byVersion = new Map<number, Stored<P>>();
  for (const stored of plans) {
    const current = byVersion.get(stored.data.version);
    const later =
      !current ||
      toMillis(stored.data.effectiveFrom) > toMillis(current.data.effectiveFrom) ||
      (toMillis(stored.data.effectiveFrom) === toMillis(current.data.effectiveFrom) && stored.id > current.id);
    if (later) byVersion.set(stored.data.version, stored);
  }
  return [...byVersion.values()].map((stored) => stored.data).sort((a, b) => a.version - b.version);
}

/**
 * What was prescribed at a moment: the plan version in effect at `at` (the
 * latest version whose `effectiveFrom` is not after it), or `undefined`
 * before the plan existed.
 *
 * @example
 * planVersionAt([v1, v2], '2026-11-21T09:00:00+01:00') // v1 when v2 took effect later that day
 */
export function planVersionAt(versions: readonly ActivityPlan[], at: string | number): ActivityPlan | undefined {
  const ms = toMillis(at, 'at');
  let found: ActivityPlan | undefined;
  for (const version of versions) {
    if (toMillis(version.effectiveFrom) <= ms && (!found || version.version > found.version)) found = version;
  }
  return found;
}

function sessionView(
  stored: Stored<ActivitySession>,
  quota: number | null,
  answers: readonly Stored<FollowUpRecord>[],
  windowHours: number,
  now: number,
  timeZone: string,
): SessionView {
  const end = toMillis(stored.data.endedAt);
  const followUps = answers
    .filter((a) => toMillis(a.data.at) >= end)
    .sort(
      byMillisThenId(
        (a) => toMillis(a.data.at),
        (a) => a.id,
      ),
    )
    .map((a) => a.data);
  const schedule = followUpSchedule(stored.data.endedAt, windowHours, timeZone);
  const settled = stored.data.phase === 'plan' ? settledWithin(end, followUps, windowHours, now, timeZone) : null;
  return {
    id: stored.id,
    session: stored.data,
    quota,
    followUps,
    schedule,
    settled,
    open: stored.data.phase === 'plan' && settled === null && now < schedule.decideBy,
  };
}

function latestDecision(
  decisions: readonly Stored<PlanDecisionRecord>[],
  match: (d: PlanDecisionRecord) => boolean,
): PlanDecisionRecord | undefined {
  return decisions
    .filter((d) => match(d.data))
    .sort(
      byMillisThenId(
        (d) => toMillis(d.data.at),
        (d) => d.id,
      ),
    )
    .at(-1)?.data;
}

function nextQuota(
  plan: ActivityPlan,
  sessions: readonly SessionView[],
  decisions: readonly Stored<PlanDecisionRecord>[],
  paused: boolean,
): NextQuota {
  const { levels, mode } = plan;
  const counted = sessions.filter((s) => s.session.level !== undefined && s.session.level < levels.length);
  const history: SessionRecord[] = counted.map((s) => ({ level: s.session.level ?? 0, settled: s.settled }));
  const last = counted.at(-1);
  const amountOf = (level: number) => levels[level] as number;
  const quota = (
    level: number,
    decision: SessionDecision,
    status: QuotaStatus,
    reason: QuotaReason,
    proposal: Proposal | null = null,
  ): NextQuota => ({
    level,
    amount: amountOf(level),
    decision,
    status,
    reason,
    from: last ? amountOf(last.session.level ?? 0) : null,
    proposal,
  });
  if (!last) return quota(0, 'start', 'start', 'start');
  const lastLevel = last.session.level ?? 0;
  if (paused) {
    const held = nextSession(plan, history, { paused: true });
    return quota(held.level, held.decision, 'paused', 'paused');
  }
  if (mode === 'time') {
    const next = nextSession(plan, history);
    return quota(next.level, next.decision, 'scheduled', proposalReason({ mode, ...next, settled: last.settled }));
  }
  if (last.open) return quota(lastLevel, 'hold', 'waiting', 'waiting');
  const next = nextSession(plan, history);
  const reason = proposalReason({ mode, decision: next.decision, settled: last.settled });
  const options = proposalOptions(levels, lastLevel, {
    decision: next.decision as PlanDecisionKind,
    level: next.level,
  });
  const alternative = options.alternative;
  const decided = latestDecision(
    decisions,
    (d) =>
      d.planId === plan.planId &&
      d.afterSessionId === last.id &&
      ((d.decision === next.decision && d.level === next.level) ||
        (alternative !== null && d.accepted && d.decision === alternative.decision && d.level === alternative.level)),
  );
  if (decided && alternative && decided.decision === alternative.decision && decided.level === alternative.level) {
    return quota(alternative.level, alternative.decision, 'decided', 'own_choice');
  }
  if (decided?.accepted) return quota(next.level, next.decision, 'decided', reason);
  if (decided) return quota(lastLevel, 'hold', 'decided', 'declined');
  return quota(lastLevel, 'hold', 'proposal', reason, {
    afterSessionId: last.id,
    decision: next.decision as PlanDecisionKind,
    level: next.level,
    amount: amountOf(next.level),
    from: amountOf(lastLevel),
    ...options,
  });
}

function followUpsDue(planId: string, sessions: readonly SessionView[], now: number): FollowUpDue[] {
  return sessions.flatMap((view) => {
    const ask = followUpAsk(view, now);
    return ask ? [{ planId, sessionId: view.id, ...ask }] : [];
  });
}

/**
 * Everything the app shows about the person's activity plans, derived from
 * the records alone (docs/clinical-rules.md §3), so every device shows the same:
 *
 * - versions: the highest version is the plan now (`planVersions`);
 * - sessions ordered by `endedAt`, then id: duplicated logs from two devices
 *   both count and keep a fixed order; follow-ups for sessions that do not
 *   exist (orphans) are ignored;
 * - each session's `settled` from `settledWithin` at `now`, in the plan's window;
 * - the next quota from `nextSession` (paused when a safety result says so),
 *   as a proposal in symptom mode until the person accepts or declines it
 *   (a `plan_decision` for exactly that session, decision and level);
 *   while the last session's follow-up is still open the quota stays the
 *   same for now (`waiting`); time mode follows its schedule;
 * - the follow-up questions to ask now (symptom mode only: in time mode the
 *   quota never depends on symptoms, so the app does not ask about them).
 *
 * Plans are ordered by when they were first made.
 *
 * @example
 * const [view] = derivePlans(collectPlanRecords(records), { now: Date.now(), paused: false });
 * view.next // { level: 1, amount: 11, decision: 'progress', status: 'proposal', reason: 'settled', … }
 */
export function derivePlans(
  records: PlanRecords,
  options: { now: number; paused: boolean; timeZone?: string },
): PlanView[] {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const { now, paused } = options;
  const today = calendarDayAt(new Date(now), timeZone);
  const plansById = groupBy(records.plans, (stored) => stored.data.planId);
  const answersBySession = groupBy(records.followUps, (stored) => stored.data.sessionId);
  const views: (PlanView & { createdAt: number })[] = [];
  for (const [planId, storedPlans] of plansById) {
    const versions = planVersions(storedPlans);
    const plan = versions.at(-1) as ActivityPlan;
    const own = records.sessions
      .filter((s) => s.data.planId === planId)
      .sort(
        byMillisThenId(
          (s) => toMillis(s.data.endedAt),
          (s) => s.id,
        ),
      );
    const viewOf = (stored: Stored<ActivitySession>) => {
      const version = versions.find((v) => v.version === stored.data.version) ?? plan;
      const levels = version.levels.length > 0 ? version.levels : plan.levels;
      const level = stored.data.level;
      const quota = stored.data.phase === 'plan' && level !== undefined ? (levels[level] ?? null) : null;
      return sessionView(stored, quota, answersBySession.get(stored.id) ?? [], version.windowHours, now, timeZone);
    };
    const baselineSessions = own.filter((s) => s.data.phase === 'baseline').map(viewOf);
    const sessions = own.filter((s) => s.data.phase === 'plan').map(viewOf);
    let phase: PlanPhase;
    let next: NextQuota | null = null;
    if (plan.status === 'stopped') phase = 'stopped';
    else if (plan.status === 'baseline')
      phase = baselineSessions.length >= plan.baselineSessions ? 'confirm' : 'baseline';
    else {
      next = nextQuota(plan, sessions, records.decisions, paused);
      const finished = next.decision === 'complete' && (next.status === 'scheduled' || next.status === 'decided');
      phase = finished ? 'completed' : 'active';
      if (finished) next = null;
    }
    const asks = plan.mode === 'symptom' && phase !== 'stopped' ? followUpsDue(planId, sessions, now) : [];
    const endedToday = (s: Stored<ActivitySession>) =>
      calendarDayAt(new Date(toMillis(s.data.endedAt)), timeZone) === today;
    const doneToday = own.some((s) => s.data.phase === 'plan' && endedToday(s));
    const measuredToday = own.some((s) => s.data.phase === 'baseline' && endedToday(s));
    views.push({
      planId,
      plan,
      versions,
      phase,
      baselineSessions,
      sessions,
      next,
      followUpsDue: asks,
      doneToday,
      measuredToday,
      createdAt: toMillis((versions[0] as ActivityPlan).effectiveFrom),
    });
  }
  return views
    .sort(
      byMillisThenId(
        (v) => v.createdAt,
        (v) => v.planId,
      ),
    )
    .map(({ createdAt: _createdAt, ...view }) => view);
}

/**
 * The baseline to build the plan from: the amounts of the baseline sessions
 * in the order they were done, at most the first 10 (the most a quota plan
 * takes).
 *
 * @example
 * baselineAmounts(view) // [15, 14, 16]
 */
export function baselineAmounts(view: Pick<PlanView, 'baselineSessions'>): number[] {
  return view.baselineSessions.slice(0, 10).map((s) => s.session.amount);
}

/**
 * A new version of a plan with some settings changed, taking effect at `at`.
 * The old version stays, so what was prescribed before stays answerable.
 *
 * @example
 * nextPlanVersion(v1, { mode: 'time' }, '2026-11-21T09:00:00+01:00') // { ...v1, mode: 'time', version: 2, effectiveFrom: '…' }
 */
export function nextPlanVersion(
  plan: ActivityPlan,
  changes: Partial<Omit<ActivityPlan, 'planId' | 'version' | 'effectiveFrom'>>,
  at: string,
): ActivityPlan {
  return { ...plan, ...changes, planId: plan.planId, version: plan.version + 1, effectiveFrom: at };
}

/**
 * The plan version that starts the quotas after the baseline: the baseline's
 * amounts and `buildQuotaPlan`'s levels, status `active`. Throws the
 * RangeError of `buildQuotaPlan` (naming the field) when the goal is not
 * above the start level, so the app can ask for a higher goal.
 *
 * @example
 * startPlanFromBaseline(v1, [10, 12, 14], '2026-11-23T10:00:00+01:00').levels // v1's goal 30, 10 sessions: [8, 11, …, 30]
 */
export function startPlanFromBaseline(
  plan: ActivityPlan,
  baseline: readonly number[],
  at: string,
  changes: { goal?: number; sessions?: number; weeks?: number; perWeek?: number } = {},
): ActivityPlan {
  const goal = changes.goal ?? plan.goal;
  const sessions = changes.sessions ?? plan.sessions;
  const { levels } = buildQuotaPlan({
    baseline: [...baseline],
    goal,
    sessions,
    ...(plan.startFraction !== undefined ? { startFraction: plan.startFraction } : {}),
    ...(plan.step !== undefined ? { step: plan.step } : {}),
  });
  return nextPlanVersion(plan, { ...changes, goal, sessions, baseline: [...baseline], levels, status: 'active' }, at);
}

/**
 * How the amount done compares with the quota: `met` (exactly the quota,
 * which the app praises), `more` or `less` (said kindly: the quota is a
 * ceiling and a floor).
 *
 * @example
 * quotaOutcome(16, 16) // 'met'
 * quotaOutcome(20, 16) // 'more'
 */
export function quotaOutcome(amount: number, quota: number): 'met' | 'more' | 'less' {
  if (amount === quota) return 'met';
  return amount > quota ? 'more' : 'less';
}

/** What a linked physiotherapist may set on a plan (docs/clinical-rules.md §11.2). */
export type TherapistPlanSettings = {
  mode?: PlanMode;
  windowHours?: number;
  goal?: number;
  sessions?: number;
  /** How many baseline sessions to measure; matters while the baseline is still being measured. */
  baselineSessions?: number;
  /** The baseline amounts the quotas are built from, once the plan has started (e.g. measured again in the practice). */
  baseline?: number[];
};

/**
 * A new plan version with the physiotherapist's settings and their reason,
 * taking effect at `at` (the old versions stay). The quota levels are built
 * again from the baseline when there is one, so an active plan's next quota
 * follows the new goal and sessions. The result goes through the plan's own
 * validator, so a setting out of range is refused naming its field
 * (`goal`, `sessions`, `windowHours`, `changedBy.reason`, …). Weeks × per
 * week no longer hold once sessions change, so they are dropped then.
 *
 * @example
 * therapistPlanVersion(plan, { goal: 40 }, { name: 'Els de Boer', reason: 'Het gaat goed' }, '2026-11-29T10:00:00+01:00')
 * // { ok: true, value: { ...plan, goal: 40, levels: [...], version: plan.version + 1, changedBy: { name: 'Els de Boer', reason: 'Het gaat goed' } } }
 */
export function therapistPlanVersion(
  plan: ActivityPlan,
  settings: TherapistPlanSettings,
  changedBy: { name: string; reason: string },
  at: string,
): Validated<ActivityPlan> {
  const goal = settings.goal ?? plan.goal;
  const sessions = settings.sessions ?? plan.sessions;
  if (settings.baseline !== undefined && plan.baseline.length === 0) {
    // Before the baseline is measured the patient's device fills it in; a second source would race it.
    return {
      ok: false,
      issues: [{ field: 'baseline', code: 'invalid_format', message: 'baseline can change once the plan has started' }],
    };
  }
  const baseline = settings.baseline ?? plan.baseline;
  let levels = plan.levels;
  if (baseline.length > 0) {
    try {
      levels = buildQuotaPlan({
        baseline: [...baseline],
        goal,
        sessions,
        ...(plan.startFraction !== undefined ? { startFraction: plan.startFraction } : {}),
        ...(plan.step !== undefined ? { step: plan.step } : {}),
      }).levels;
    } catch (error) {
      const field = /^((?:goal|sessions|baseline)(?:\.\d+)?)\b/.exec(String((error as Error).message))?.[1] ?? 'goal';
      return { ok: false, issues: [{ field, code: 'out_of_range', message: String((error as Error).message) }] };
    }
  }
  const next = nextPlanVersion(plan, { ...settings, goal, sessions, baseline: [...baseline], levels, changedBy }, at);
  if (settings.sessions !== undefined && settings.sessions !== plan.sessions) {
    delete next.weeks;
    delete next.perWeek;
  }
  return validateActivityPlan(next);
}
