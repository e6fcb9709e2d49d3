import {
  CONCERN_KIND,
  type Concern,
  PROFILE_KIND,
  type Profile,
  REVIEW_DISCUSSED_KIND,
  type ReviewDiscussed,
  readRecords,
  SAFETY_CHECK_KIND,
  SAFETY_CLEARANCE_KIND,
  type SafetyCheck,
  type SafetyClearance,
  type SafetyStatus,
  type Stored,
  type SyncRecord,
  safetyStatus,
} from '@veerkracht/core';
import { type RecordsSnapshot, useRecords } from '../data/app';
import { perSnapshot } from '../data/observable';
import { useToday } from '../data/useCheckIns';

/** The safety journey's records on this device, checked and typed, oldest first. */
export type SafetyRecords = {
  checks: Stored<SafetyCheck>[];
  clearances: Stored<SafetyClearance>[];
  reviewsDiscussed: Stored<ReviewDiscussed>[];
  concerns: Stored<Concern>[];
  /** The latest profile (age, start of the episode), if any. */
  profile?: Stored<Profile>;
};

/** Reads the safety journey's records out of all records (pure; used by the hooks and tests). */
export function readSafetyRecords(records: Iterable<SyncRecord>): SafetyRecords {
  const all = [...records];
  const result: SafetyRecords = {
    checks: readRecords(all, SAFETY_CHECK_KIND),
    clearances: readRecords(all, SAFETY_CLEARANCE_KIND),
    reviewsDiscussed: readRecords(all, REVIEW_DISCUSSED_KIND),
    concerns: readRecords(all, CONCERN_KIND),
  };
  const profile = readRecords(all, PROFILE_KIND).at(-1);
  if (profile) result.profile = profile;
  return result;
}

// The header, the gate and several of Today's cards ask for these on every render: read once per snapshot.
const safetyRecordsOf = perSnapshot((records: RecordsSnapshot) => readSafetyRecords(records.values()));
const statusByDayOf = perSnapshot((_records: RecordsSnapshot) => new Map<string, SafetyStatus>());

/** The safety journey's records, read once per snapshot of the records. */
export function useSafetyRecords(): SafetyRecords {
  return safetyRecordsOf(useRecords());
}

/** What is open about safety today (first run, pauses, notes, re-check due): the one pause rule. */
export function useSafetyStatus(): SafetyStatus {
  const records = useRecords();
  const today = useToday();
  const byDay = statusByDayOf(records);
  let status = byDay.get(today);
  if (!status) {
    status = safetyStatus(safetyRecordsOf(records), today);
    byDay.set(today, status);
  }
  return status;
}
