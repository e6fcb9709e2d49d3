import { addDays, lastDays } from '../calendar/calendarDay.js';
import { checkInsByDay } from '../checkIn/checkInDays.js';
import { RECORD } from '../records/recordNames.js';
import type { RecordReader } from '../records/recordReader.js';
import { dayOfInstant } from '../safety/safetyStatus.js';
import { nightsByDay } from '../sleep/sleepDiary.js';

/**
 * The days on which the person did something for their back, one entry per
 * check-in or session (a day can appear more than once). A session belongs to
 * the day it started (an activity session records only its end).
 */
export type PracticeDays = {
  checkIns: string[];
  activitySessions: string[];
  exerciseSessions: string[];
  relaxationSessions: string[];
  /** Pain and sleep by day, for the averages of a week. */
  pain: ReadonlyMap<string, number>;
  sleepHours: ReadonlyMap<string, number>;
};

/**
 * Reads the practice days from the records `read` gives: check-ins, activity,
 * exercise and relaxation sessions, in the person's time zone
 * (docs/clinical-rules.md §10). Sleep comes from the diary or the check-in,
 * whichever was written last (`nightsByDay`).
 *
 * @example
 * practiceDays(readerOf(store.values())).checkIns // ['2026-11-23', '2026-11-25']
 */
export function practiceDays(read: RecordReader, timeZone?: string): PracticeDays {
  const checkIns = checkInsByDay(read);
  const nights = nightsByDay(checkIns, read(RECORD.sleepNight));
  const dayOf = (at: string) => dayOfInstant(at, timeZone);
  return {
    checkIns: [...checkIns.keys()],
    activitySessions: read(RECORD.activitySession).map((record) => dayOf(record.data.endedAt)),
    exerciseSessions: read(RECORD.exerciseSession).map((record) => dayOf(record.data.startedAt)),
    relaxationSessions: read(RECORD.relaxationSession).map((record) => dayOf(record.data.startedAt)),
    pain: new Map([...checkIns].map(([day, record]) => [day, record.data.pain])),
    sleepHours: new Map([...nights].map(([day, night]) => [day, night.hoursSlept])),
  };
}

/**
 * Every distinct day with a check-in or a session, sorted: the active days
 * that `activeWeeks` counts.
 *
 * @example
 * activeDaysOf({ checkIns: ['2026-11-25'], activitySessions: ['2026-11-24', '2026-11-25'], … })
 * // ['2026-11-24', '2026-11-25']
 */
export function activeDaysOf(days: PracticeDays): string[] {
  const all = new Set([
    ...days.checkIns,
    ...days.activitySessions,
    ...days.exerciseSessions,
    ...days.relaxationSessions,
  ]);
  return [...all].sort();
}

/** How a week's average compares with the week before, in words the app can say. */
export type WeekChange = 'lower' | 'about_the_same' | 'higher';

export type WeekAverage = {
  /** The mean of the days with a value, rounded to one decimal; `null` without values. */
  mean: number | null;
  /** The same for the seven days before; `null` without values. */
  before: number | null;
  /** `null` when either week has no value. */
  change: WeekChange | null;
};

/** The numbers of one reviewed week (docs/clinical-rules.md §10.1). */
export type WeekNumbers = {
  /** The first and last day of the seven reviewed days. */
  firstDay: string;
  lastDay: string;
  checkIns: number;
  activeDays: number;
  activitySessions: number;
  exerciseSessions: number;
  relaxationSessions: number;
  pain: WeekAverage;
  sleepHours: WeekAverage;
};

/**
 * Differences smaller than these are "about the same": a tenth of a pain
 * point or a few minutes of sleep is noise, not news (docs/clinical-rules.md §10.1).
 * In tenths, so the comparison is exact.
 */
export const SAME_WITHIN_TENTHS = { pain: 10, sleepHours: 5 } as const;

/**
 * The numbers of the seven days that end on `lastDay`, with pain and sleep
 * against the seven days before.
 *
 * @example
 * weekInNumbers(practiceDays(readerOf(records)), '2026-11-29')
 * // { firstDay: '2026-11-23', lastDay: '2026-11-29', checkIns: 5, activeDays: 6, …,
 * //   pain: { mean: 4.2, before: 5.4, change: 'lower' }, sleepHours: { mean: 6.8, before: 6.9, change: 'about_the_same' } }
 */
export function weekInNumbers(days: PracticeDays, lastDay: string): WeekNumbers {
  const week = lastDays(lastDay, 7);
  const weekBefore = lastDays(addDays(lastDay, -7), 7);
  const inWeek = (list: readonly string[]) => list.filter((day) => week.includes(day)).length;
  const activeDays = activeDaysOf(days).filter((day) => week.includes(day)).length;
  return {
    firstDay: week[0] as string,
    lastDay,
    checkIns: inWeek(days.checkIns),
    activeDays,
    activitySessions: inWeek(days.activitySessions),
    exerciseSessions: inWeek(days.exerciseSessions),
    relaxationSessions: inWeek(days.relaxationSessions),
    pain: weekAverage(days.pain, week, weekBefore, SAME_WITHIN_TENTHS.pain),
    sleepHours: weekAverage(days.sleepHours, week, weekBefore, SAME_WITHIN_TENTHS.sleepHours),
  };
}

function weekAverage(
  values: ReadonlyMap<string, number>,
  week: readonly string[],
  weekBefore: readonly string[],
  sameWithinTenths: number,
): WeekAverage {
  const mean = meanTenths(values, week);
  const before = meanTenths(values, weekBefore);
  let change: WeekChange | null = null;
  if (mean !== null && before !== null) {
    const difference = mean - before;
    change = Math.abs(difference) < sameWithinTenths ? 'about_the_same' : difference < 0 ? 'lower' : 'higher';
  }
  return { mean: mean === null ? null : mean / 10, before: before === null ? null : before / 10, change };
}

// The mean in whole tenths: pain and sleep are whole or quarter numbers, so sum × 10 / n is exact up to the one rounding.
function meanTenths(values: ReadonlyMap<string, number>, days: readonly string[]): number | null {
  const present = days.map((day) => values.get(day)).filter((value): value is number => value !== undefined);
  if (present.length === 0) return null;
  const sum = present.reduce((total, value) => total + value, 0);
  return Math.round((sum * 10) / present.length);
}
