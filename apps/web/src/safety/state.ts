import {
  type Concern,
  type LessonProgress,
  type Profile,
  type PskRecord,
  type ReviewDiscussed,
  recordsOfType,
  type SafetyCheck,
  type SafetyClearance,
  type SafetyStatus,
  type StartBackRecord,
  type Stored,
  type SyncRecord,
  safetyStatus,
  validateConcern,
  validateLessonProgress,
  validateProfile,
  validatePskRecord,
  validateReviewDiscussed,
  validateSafetyCheck,
  validateSafetyClearance,
  validateStartBack,
} from '@veerkracht/core';
import { useMemo } from 'preact/hooks';
import { useRecords } from '../state/app';
import { useToday } from '../state/useCheckIns';

/** The safety journey's records on this device, checked and typed, oldest first. */
export type SafetyRecords = {
  checks: Stored<SafetyCheck>[];
  clearances: Stored<SafetyClearance>[];
  reviewsDiscussed: Stored<ReviewDiscussed>[];
  concerns: Stored<Concern>[];
  /** The latest profile (age, start of the episode), if any. */
  profile?: Stored<Profile>;
  startBacks: Stored<StartBackRecord>[];
  psks: Stored<PskRecord>[];
  lessons: Stored<LessonProgress>[];
};

/** Reads the safety journey's records out of all records (pure; used by the hooks and tests). */
export function readSafetyRecords(records: Iterable<SyncRecord>): SafetyRecords {
  const all = [...records];
  const profiles = recordsOfType(all, 'profile', (data) => validateProfile(data));
  const result: SafetyRecords = {
    checks: recordsOfType(all, 'safety_check', (data) => validateSafetyCheck(data)),
    clearances: recordsOfType(all, 'safety_clearance', validateSafetyClearance),
    reviewsDiscussed: recordsOfType(all, 'review_discussed', validateReviewDiscussed),
    concerns: recordsOfType(all, 'concern', validateConcern),
    startBacks: recordsOfType(all, 'start_back', (data) => validateStartBack(data)),
    psks: recordsOfType(all, 'psk', (data) => validatePskRecord(data)),
    lessons: recordsOfType(all, 'lesson_progress', validateLessonProgress),
  };
  const profile = profiles.at(-1);
  if (profile) result.profile = profile;
  return result;
}

/** The safety journey's records, recomputed only when the records change. */
export function useSafetyRecords(): SafetyRecords {
  const records = useRecords();
  return useMemo(() => readSafetyRecords(records.values()), [records]);
}

/** What is open about safety today (first run, pauses, notes, re-check due). */
export function useSafetyStatus(): SafetyStatus {
  const records = useSafetyRecords();
  const today = useToday();
  return useMemo(() => safetyStatus(records, today), [records, today]);
}

/** The latest record of a list by its `date` field, e.g. the last PSK. */
export function lastByDate<T extends { date: string }>(list: readonly Stored<T>[]): Stored<T> | undefined {
  return list.reduce<Stored<T> | undefined>(
    (latest, item) =>
      !latest || item.data.date > latest.data.date || (item.data.date === latest.data.date && item.hlc > latest.hlc)
        ? item
        : latest,
    undefined,
  );
}
