import { type CheckIn, calendarDayAt, checkInsByDay, type SyncRecord } from '@veerkracht/core';
import { useMemo } from 'preact/hooks';
import { useRecords } from './app';

/** Every day's check-in (the winning record per day), recomputed only when the records change. */
export function useCheckInsByDay(): Map<string, SyncRecord & { data: CheckIn }> {
  const records = useRecords();
  return useMemo(() => checkInsByDay(records.values()), [records]);
}

/** Today's date in the person's time zone (Europe/Amsterdam by default). */
export function useToday(): string {
  return calendarDayAt(new Date());
}
