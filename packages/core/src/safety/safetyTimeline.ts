import { daysBetween } from '../calendar/calendarDay.js';
import type { CheckIn } from '../checkIn/checkIn.js';
import type { PskRecord, StartBackRecord } from '../measures/measureRecords.js';
import type { Stored } from './safetyJourney.js';
import type { Concern, SafetyCheck, SafetyClearance } from './safetyRecords.js';
import { dayOfInstant } from './safetyStatus.js';

export type TimelineEntry =
  | { kind: 'safety_check'; id: string; date: string; record: SafetyCheck }
  | { kind: 'safety_clearance'; id: string; date: string; record: SafetyClearance }
  | { kind: 'concern'; id: string; date: string; record: Concern }
  | { kind: 'start_back'; id: string; date: string; record: StartBackRecord }
  | { kind: 'psk'; id: string; date: string; record: PskRecord }
  | { kind: 'check_in_note'; id: string; date: string; record: CheckIn & { note: string } };

/**
 * Every safety check, "seen a doctor" confirmation, concern, measure and
 * check-in note on one timeline, newest first (check-ins without a note are
 * left out: the timeline is for what the person wrote and what was checked). Entries of the same day keep the order they
 * were written in (by clock), newest first too. Instants are placed on the
 * person's calendar day (`timeZone`, Europe/Amsterdam by default).
 *
 * @example
 * safetyTimeline({ checks, clearances: [], concerns: [], startBacks, psks })[0] // the latest entry
 */
export function safetyTimeline(
  input: {
    checks: readonly Stored<SafetyCheck>[];
    clearances: readonly Stored<SafetyClearance>[];
    concerns: readonly Stored<Concern>[];
    startBacks: readonly Stored<StartBackRecord>[];
    psks: readonly Stored<PskRecord>[];
    checkIns?: readonly Stored<CheckIn>[];
  },
  timeZone?: string,
): TimelineEntry[] {
  const entries: (TimelineEntry & { hlc: string })[] = [
    ...input.checks.map((r) => ({
      kind: 'safety_check' as const,
      id: r.id,
      hlc: r.hlc,
      date: r.data.date,
      record: r.data,
    })),
    ...input.clearances.map((r) => ({
      kind: 'safety_clearance' as const,
      id: r.id,
      hlc: r.hlc,
      date: dayOfInstant(r.data.at, timeZone),
      record: r.data,
    })),
    ...input.concerns.map((r) => ({
      kind: 'concern' as const,
      id: r.id,
      hlc: r.hlc,
      date: dayOfInstant(r.data.at, timeZone),
      record: r.data,
    })),
    ...input.startBacks.map((r) => ({
      kind: 'start_back' as const,
      id: r.id,
      hlc: r.hlc,
      date: r.data.date,
      record: r.data,
    })),
    ...input.psks.map((r) => ({ kind: 'psk' as const, id: r.id, hlc: r.hlc, date: r.data.date, record: r.data })),
    ...(input.checkIns ?? []).flatMap((r) => {
      const note = r.data.note?.trim();
      return note
        ? [{ kind: 'check_in_note' as const, id: r.id, hlc: r.hlc, date: r.data.date, record: { ...r.data, note } }]
        : [];
    }),
  ];
  entries.sort((a, b) => daysBetween(a.date, b.date) || (a.hlc < b.hlc ? 1 : a.hlc > b.hlc ? -1 : 0));
  return entries.map(({ hlc: _hlc, ...entry }) => entry as TimelineEntry);
}
