import {
  type CalendarMonth,
  type LongView,
  type LongViewPeriod,
  longView,
  nightsByDay,
  RECORD,
  yearCalendar,
} from '@veerkracht/core';
import { useMemo } from 'preact/hooks';
import { useRecordsOf } from '../data/records';
import { useCheckInsByDay } from '../data/useCheckIns';
import { useReview } from './state';

// The progress page's state, apart from state.ts: Today's review card reads state.ts, and must not load the charts'
// rules with it.

/** The long view of a period (docs/clinical-rules.md §10.4): check-ins, and sleep from the diary or the check-in. */
export function useLongView(today: string, period: LongViewPeriod): LongView {
  const checkIns = useCheckInsByDay();
  const diary = useRecordsOf(RECORD.sleepNight);
  return useMemo(
    () => longView(checkIns, nightsByDay(checkIns, diary), today, period),
    [checkIns, diary, today, period],
  );
}

/** The last twelve months, day by day: active days (§10) and pain. */
export function useYearCalendar(today: string): CalendarMonth[] {
  const { activeDays, days } = useReview(today);
  return useMemo(() => yearCalendar(new Set(activeDays), days.pain, today), [activeDays, days, today]);
}
