import { type CheckIn, calendarDayAt, checkInsByDay, type SyncRecord } from '@veerkracht/core';
import { type RecordsSnapshot, useRecords } from './app';
import { perSnapshot } from './observable';

const checkInsOf = perSnapshot((records: RecordsSnapshot) => checkInsByDay(records.values()));

/** Every day's check-in (the winning record per day), worked out once per snapshot of the records. */
export function useCheckInsByDay(): Map<string, SyncRecord & { data: CheckIn }> {
  return checkInsOf(useRecords());
}

/** Today's date in the person's time zone (Europe/Amsterdam by default). */
export function useToday(): string {
  return calendarDayAt(new Date());
}
