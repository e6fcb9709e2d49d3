import { type CheckIn, calendarDayAt, checkInsByDay, type Stored } from '@veerkracht/core';
import { type RecordsSnapshot, useRecords } from './app';
import { perSnapshot } from './observable';
import { snapshotReader } from './records';

const checkInsOf = perSnapshot((records: RecordsSnapshot) => checkInsByDay(snapshotReader(records)));

/** Every day's check-in (the winning record per day), worked out once per snapshot of the records. */
export function useCheckInsByDay(): Map<string, Stored<CheckIn>> {
  return checkInsOf(useRecords());
}

/** Today's date in the person's time zone (Europe/Amsterdam by default). */
export function useToday(): string {
  return calendarDayAt(new Date());
}
