import { type FieldIssue, isPlainObject, readNumber, type Validated } from '../validation/fieldIssue.js';
import { readInstant, readOneOf, unknownFields } from '../validation/recordFields.js';
import { BREATHING_MINUTES, validateBreathingPace } from './breathingPace.js';

/** The calm-down tools of tips 7 and 9: the breathing pacer and three timed guides (docs/clinical-rules.md §6). */
export const RELAXATION_KINDS = ['breathing_pacer', 'guided_breathing', 'body_scan', 'mindfulness'] as const;
export type RelaxationKind = (typeof RELAXATION_KINDS)[number];

/**
 * One breathing or relaxation session (`relaxation_session` record), logged
 * when it ends, also when the person stops early: any minute of calm counts.
 * The pacer's session keeps its pace.
 */
export type RelaxationSession = {
  kind: RelaxationKind;
  startedAt: string;
  plannedSeconds: number;
  doneSeconds: number;
  inhaleSeconds?: number;
  exhaleSeconds?: number;
};

const MAX_SECONDS = 60 * 60;

/**
 * Validates a `relaxation_session` record. A pacer session carries the pace
 * it used (inside the rules of §6); the guides carry none.
 *
 * @example
 * validateRelaxationSession({ kind: 'breathing_pacer', startedAt: '2026-11-28T21:00:00+01:00',
 *   plannedSeconds: 300, doneSeconds: 300, inhaleSeconds: 4, exhaleSeconds: 6 }).ok // true
 * validateRelaxationSession({ kind: 'body_scan', startedAt: '2026-11-28T21:00:00+01:00',
 *   plannedSeconds: 600, doneSeconds: 700 }).ok // false (doneSeconds above plannedSeconds)
 */
export function validateRelaxationSession(input: unknown): Validated<RelaxationSession> {
  if (!isPlainObject(input))
    return {
      ok: false,
      issues: [{ field: '', code: 'not_an_object', message: 'a relaxation session must be an object' }],
    };
  const issues: FieldIssue[] = [];
  unknownFields(
    input,
    ['kind', 'startedAt', 'plannedSeconds', 'doneSeconds', 'inhaleSeconds', 'exhaleSeconds'],
    issues,
    'a relaxation session',
  );
  const kind = readOneOf(input, 'kind', RELAXATION_KINDS, issues);
  const startedAt = readInstant(input, 'startedAt', issues);
  const plannedSeconds = readNumber(input, 'plannedSeconds', issues, {
    min: 1,
    max: MAX_SECONDS,
    integer: true,
    required: true,
  });
  const doneSeconds = readNumber(input, 'doneSeconds', issues, {
    min: 0,
    max: MAX_SECONDS,
    integer: true,
    required: true,
  });
  if (plannedSeconds !== undefined && doneSeconds !== undefined && doneSeconds > plannedSeconds)
    issues.push({
      field: 'doneSeconds',
      code: 'out_of_range',
      message: 'doneSeconds must not be above plannedSeconds',
      min: 0,
      max: plannedSeconds,
    });
  const inhaleSeconds = readNumber(input, 'inhaleSeconds', issues, {
    min: 0,
    max: 60,
    required: kind === 'breathing_pacer',
  });
  const exhaleSeconds = readNumber(input, 'exhaleSeconds', issues, {
    min: 0,
    max: 60,
    required: kind === 'breathing_pacer',
  });
  if (kind !== undefined && kind !== 'breathing_pacer') {
    for (const field of ['inhaleSeconds', 'exhaleSeconds'] as const)
      if (input[field] !== undefined)
        issues.push({ field, code: 'unknown_field', message: `${field} belongs to the breathing pacer only` });
  }
  if (kind === 'breathing_pacer' && inhaleSeconds !== undefined && exhaleSeconds !== undefined) {
    // The minutes are checked above as seconds; the pace rule itself is §6's.
    const pace = validateBreathingPace({ inhaleSeconds, exhaleSeconds, minutes: BREATHING_MINUTES.min });
    if (!pace.ok) issues.push(...pace.issues);
  }
  if (issues.length > 0 || !kind || !startedAt || plannedSeconds === undefined || doneSeconds === undefined)
    return { ok: false, issues };
  const value: RelaxationSession = { kind, startedAt, plannedSeconds, doneSeconds };
  if (kind === 'breathing_pacer' && inhaleSeconds !== undefined && exhaleSeconds !== undefined) {
    value.inhaleSeconds = inhaleSeconds;
    value.exhaleSeconds = exhaleSeconds;
  }
  return { ok: true, value };
}

/** The record kind (type and validator) of this file's record, for readers and the registry (records/syncChange.ts). */
export const RELAXATION_SESSION_KIND = {
  type: 'relaxation_session',
  validate: (data: unknown) => validateRelaxationSession(data),
} as const;
