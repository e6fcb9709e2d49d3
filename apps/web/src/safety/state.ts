import {
  type Concern,
  type Profile,
  RECORD,
  type RecordReader,
  type ReviewDiscussed,
  type SafetyCheck,
  type SafetyClearance,
  type SafetyStatus,
  type Stored,
  safetyStatus,
} from '@veerkracht/core';
import { type RecordsSnapshot, useRecords } from '../data/app';
import { perSnapshot } from '../data/observable';
import { snapshotReader } from '../data/records';
import { useToday } from '../data/useCheckIns';

/** The safety journey's records on this device, checked and typed, oldest first. */
export type SafetyRecords = {
  checks: readonly Stored<SafetyCheck>[];
  clearances: readonly Stored<SafetyClearance>[];
  reviewsDiscussed: readonly Stored<ReviewDiscussed>[];
  concerns: readonly Stored<Concern>[];
  /** The latest profile (age, start of the episode), if any. */
  profile?: Stored<Profile>;
};

/** Reads the safety journey's records through a reader of checked records (pure; used by the hooks and tests). */
export function readSafetyRecords(read: RecordReader): SafetyRecords {
  const result: SafetyRecords = {
    checks: read(RECORD.safetyCheck),
    clearances: read(RECORD.safetyClearance),
    reviewsDiscussed: read(RECORD.reviewDiscussed),
    concerns: read(RECORD.concern),
  };
  const profile = read(RECORD.profile).at(-1);
  if (profile) result.profile = profile;
  return result;
}

// The header, the gate and several of Today's cards ask for these on every render: read once per snapshot.
const safetyRecordsOf = perSnapshot((records: RecordsSnapshot) => readSafetyRecords(snapshotReader(records)));
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
