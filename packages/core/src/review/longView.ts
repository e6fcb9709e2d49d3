import { addDays, lastDays, toEpochDay } from '../calendar/calendarDay.js';
import { toMillis } from '../calendar/zonedTime.js';
import { type SeriesSummary, summarizeSeries } from '../charts/checkInSeries.js';
import type { CheckIn } from '../checkIn/checkIn.js';
import { RECORD } from '../records/recordNames.js';
import type { RecordReader } from '../records/recordReader.js';
import { dayOfInstant } from '../safety/safetyStatus.js';

/** The periods of the long view, in days (docs/clinical-rules.md §10.4). */
export const LONG_VIEW_PERIODS = [30, 90, 365] as const;
export type LongViewPeriod = (typeof LONG_VIEW_PERIODS)[number];

export const LONG_VIEW_SERIES = ['pain', 'sleepHours', 'stress', 'activeMinutes'] as const;
export type LongViewSeriesName = (typeof LONG_VIEW_SERIES)[number];

/** One point of the long view: a day, or (for a year) a week, with each series' mean; `null` without values. */
export type LongViewPoint = { first: string; last: string } & Record<LongViewSeriesName, number | null>;

export type LongView = {
  period: LongViewPeriod;
  /** 1: a point per day; 7: a point per week (a year of days would be too many to read). */
  daysPerPoint: 1 | 7;
  points: LongViewPoint[];
  /** Over every day of the period, not over the points. */
  summaries: Record<LongViewSeriesName, SeriesSummary>;
};

/**
 * Pain, sleep, stress and active minutes over the last 30, 90 or 365 days up
 * to `today`. Up to 90 days there is a point per day; a year has a point per
 * seven days, counted back from today (the oldest point may hold fewer days),
 * each the mean of the days with a value, rounded once to one decimal. A day
 * without a value is a gap, never a zero.
 *
 * @example
 * longView(checkIns, nights, '2026-11-29', 365).points.length // 53
 */
export function longView(
  checkIns: ReadonlyMap<string, { data: CheckIn }>,
  nights: ReadonlyMap<string, { hoursSlept: number }>,
  today: string,
  period: LongViewPeriod,
): LongView {
  const days = lastDays(today, period);
  const valueOn = (name: LongViewSeriesName, day: string): number | null =>
    name === 'sleepHours' ? (nights.get(day)?.hoursSlept ?? null) : (checkIns.get(day)?.data[name] ?? null);
  const daily = Object.fromEntries(
    LONG_VIEW_SERIES.map((name) => [name, days.map((day) => valueOn(name, day))]),
  ) as Record<LongViewSeriesName, (number | null)[]>;
  const daysPerPoint = period === 365 ? 7 : 1;
  const points: LongViewPoint[] = [];
  for (let end = days.length; end > 0; end -= daysPerPoint) {
    const start = Math.max(0, end - daysPerPoint);
    const point = { first: days[start] as string, last: days[end - 1] as string } as LongViewPoint;
    for (const name of LONG_VIEW_SERIES) point[name] = summarizeSeries(daily[name].slice(start, end)).mean;
    points.unshift(point);
  }
  return {
    period,
    daysPerPoint,
    points,
    summaries: Object.fromEntries(LONG_VIEW_SERIES.map((name) => [name, summarizeSeries(daily[name])])) as Record<
      LongViewSeriesName,
      SeriesSummary
    >,
  };
}

/** One day of the year calendar: active or not, its pain (0–10) or `null`. */
export type CalendarDay = { day: string; active: boolean; pain: number | null };

/** A month of the year calendar, its days by week (Monday first; `null` before the 1st and after the last day shown). */
export type CalendarMonth = {
  month: string;
  weeks: (CalendarDay | null)[][];
  activeDays: number;
  /** Mean pain of the month's days with a check-in, one decimal; `null` without. */
  painMean: number | null;
};

/**
 * The last twelve months up to `today` as a calendar (the current month up
 * to today): for each day whether the person was active (§10) and their
 * pain, and for each month its active days and mean pain, the words beside
 * the picture.
 *
 * @example
 * yearCalendar(new Set(['2026-11-02']), new Map([['2026-11-02', 4]]), '2026-11-29').at(-1)
 * // { month: '2026-11', weeks: [[{ day: '2026-11-02', active: true, pain: 4 }, …], …], activeDays: 1, painMean: 4 }
 */
export function yearCalendar(
  activeDays: ReadonlySet<string>,
  pain: ReadonlyMap<string, number>,
  today: string,
): CalendarMonth[] {
  const months: CalendarMonth[] = [];
  const [year, month] = today.split('-').map(Number) as [number, number];
  for (let back = 11; back >= 0; back--) {
    const date = new Date(Date.UTC(year, month - 1 - back, 1));
    const first = date.toISOString().slice(0, 10);
    const monthKey = first.slice(0, 7);
    const weeks: (CalendarDay | null)[][] = [];
    let week: (CalendarDay | null)[] = Array.from({ length: (toEpochDay(first) + 3) % 7 }, () => null);
    const painValues: number[] = [];
    let active = 0;
    for (let day = first; day.startsWith(monthKey) && day <= today; day = addDays(day, 1)) {
      const value = pain.get(day) ?? null;
      if (value !== null) painValues.push(value);
      if (activeDays.has(day)) active += 1;
      week.push({ day, active: activeDays.has(day), pain: value });
      if (week.length === 7) {
        weeks.push(week);
        week = [];
      }
    }
    if (week.length > 0) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
    months.push({ month: monthKey, weeks, activeDays: active, painMean: summarizeSeries(painValues).mean });
  }
  return months;
}

/**
 * The minutes of today's sessions, to fill in the check-in's active minutes:
 * activity sessions counted in minutes, and exercise sessions by how long they
 * took. `null` without any, so the field stays empty.
 *
 * @example
 * sessionMinutes([{ day: '2026-11-29', minutes: 20 }, { day: '2026-11-28', minutes: 15 }], '2026-11-29') // 20
 */
export function sessionMinutes(sessions: readonly { day: string; minutes: number }[], day: string): number | null {
  const today = sessions.filter((session) => session.day === day);
  if (today.length === 0) return null;
  return Math.min(720, Math.round(today.reduce((sum, session) => sum + session.minutes, 0)));
}

/**
 * Every session with a length in minutes, by day: activity sessions of plans
 * counted in minutes (by the day they ended), and exercise sessions by how
 * long they took (by the day they started).
 *
 * @example
 * timedSessions(readerOf(records)) // [{ day: '2026-11-29', minutes: 20 }, …]
 */
export function timedSessions(read: RecordReader, timeZone?: string): { day: string; minutes: number }[] {
  const unitOf = new Map(read(RECORD.activityPlan).map((plan) => [plan.data.planId, plan.data.unit]));
  const activity = read(RECORD.activitySession)
    .filter((session) => unitOf.get(session.data.planId) === 'minutes')
    .map((session) => ({ day: dayOfInstant(session.data.endedAt, timeZone), minutes: session.data.amount }));
  const exercise = read(RECORD.exerciseSession).map((session) => ({
    day: dayOfInstant(session.data.startedAt, timeZone),
    minutes: (toMillis(session.data.endedAt) - toMillis(session.data.startedAt)) / 60_000,
  }));
  return [...activity, ...exercise];
}
