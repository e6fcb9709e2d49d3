import { addDays, type BreathingPace, type RelaxationKind, type RelaxationSession } from '@veerkracht/core';

/**
 * A session that ran for less than this is not logged: a tap on start and
 * straight on stop is not a session. A guide counts from half a minute, the
 * pacer (whose breaths are short) from ten seconds.
 */
export const MIN_LOGGED_SECONDS: Readonly<Record<RelaxationKind, number>> = {
  breathing_pacer: 10,
  guided_breathing: 30,
  body_scan: 30,
  mindfulness: 30,
};

/**
 * The `relaxation_session` record of a session that ended or was stopped
 * after running `doneMs` (whole seconds, never above the plan), or
 * `undefined` when it was too short to count.
 *
 * @example
 * sessionRecord({ kind: 'body_scan', startedAt: '2026-11-28T21:00:00.000Z', plannedSeconds: 480, doneMs: 480_400 })
 * // { kind: 'body_scan', startedAt: '…', plannedSeconds: 480, doneSeconds: 480 }
 * sessionRecord({ kind: 'body_scan', startedAt: '2026-11-28T21:00:00.000Z', plannedSeconds: 480, doneMs: 29_000 })
 * // undefined
 */
export function sessionRecord(input: {
  kind: RelaxationKind;
  startedAt: string;
  plannedSeconds: number;
  doneMs: number;
  pace?: BreathingPace;
}): RelaxationSession | undefined {
  const planned = Math.max(1, Math.round(input.plannedSeconds));
  const done = Math.min(planned, Math.floor(input.doneMs / 1000));
  if (done < MIN_LOGGED_SECONDS[input.kind]) return undefined;
  const record: RelaxationSession = {
    kind: input.kind,
    startedAt: input.startedAt,
    plannedSeconds: planned,
    doneSeconds: done,
  };
  if (input.kind === 'breathing_pacer' && input.pace) {
    record.inhaleSeconds = input.pace.inhaleSeconds;
    record.exhaleSeconds = input.pace.exhaleSeconds;
  }
  return record;
}

/**
 * How many sessions and minutes (rounded, at least 1 once there is any time) in the 7 days ending `today` (by the
 * day each session started, in the person's zone through `dayOf`).
 *
 * @example
 * weekSummary([{ startedAt, doneSeconds: 300 }, { startedAt, doneSeconds: 90 }], '2026-11-28', dayOf)
 * // { sessions: 2, minutes: 6 }
 */
export function weekSummary(
  sessions: readonly Pick<RelaxationSession, 'startedAt' | 'doneSeconds'>[],
  today: string,
  dayOf: (instant: string) => string | undefined,
): { sessions: number; minutes: number } {
  const firstDay = addDays(today, -6);
  const inWeek = sessions.filter((session) => {
    const day = dayOf(session.startedAt);
    return day !== undefined && day >= firstDay && day <= today;
  });
  const seconds = inWeek.reduce((sum, session) => sum + session.doneSeconds, 0);
  // A few seconds of calm still show as a minute, never as 0.
  return { sessions: inWeek.length, minutes: seconds > 0 ? Math.max(1, Math.round(seconds / 60)) : 0 };
}

/**
 * The `count` latest sessions, newest first (by the moment each started).
 *
 * @example
 * latestSessions([{ startedAt: '2026-11-27T20:00:00Z' }, { startedAt: '2026-11-28T08:00:00+01:00' }], 1)
 * // [{ startedAt: '2026-11-28T08:00:00+01:00' }]
 */
export function latestSessions<T extends { startedAt: string }>(sessions: readonly T[], count: number): T[] {
  const at = (session: T) => Date.parse(session.startedAt) || 0;
  return [...sessions].sort((a, b) => at(b) - at(a)).slice(0, Math.max(0, count));
}
