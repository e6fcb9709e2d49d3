import { lastDays } from '../calendar/calendarDay.js';
import { toMillis } from '../calendar/zonedTime.js';
import { type SeriesSummary, summarizeSeries } from '../charts/checkInSeries.js';
import { checkInsByDay } from '../checkIn/checkInDays.js';
import type { ExerciseProgramme } from '../exercise/exerciseRecords.js';
import type { FlareUpPlan } from '../flareUp/flareUpPlan.js';
import type { ActivityPlan } from '../graded/activityRecords.js';
import type { StartBackRecord } from '../measures/measureRecords.js';
import { latestWrite } from '../records/latestWrite.js';
import { RECORD } from '../records/recordNames.js';
import type { RecordReader } from '../records/recordReader.js';
import { type LongViewSeriesName, longView } from '../review/longView.js';
import type { Stored } from '../safety/safetyJourney.js';
import type { SafetyCheck } from '../safety/safetyRecords.js';
import { nightsByDay } from '../sleep/sleepDiary.js';

/** The periods the summary sums up, in days. */
export const SUMMARY_PERIODS = [30, 90, 365] as const;

/** One month of the course: how many days have a check-in, and the mean of each series over the month's days. */
export type SummaryMonth = {
  /** `YYYY-MM`. */
  month: string;
  checkIns: number;
  pain: number | null;
  sleepHours: number | null;
  stress: number | null;
};

/** An activity plan as it is now (its latest version), with how many sessions were logged. */
export type SummaryPlan = Pick<
  ActivityPlan,
  'planId' | 'activity' | 'customName' | 'unit' | 'goal' | 'status' | 'baseline' | 'version'
> & {
  /** The day the first version took effect (`YYYY-MM-DD` of its instant). */
  since: string;
  sessions: number;
};

/** An exercise programme as it is now (its latest version), with how many sessions were logged. */
export type SummaryProgramme = Pick<ExerciseProgramme, 'programmeId' | 'status' | 'days' | 'items' | 'version'> & {
  since: string;
  sessions: number;
};

/** What the printable summary shows: the person's course, worked out from the records on the device. */
export type PersonSummary = {
  /** The first day with a check-in, or `null` without check-ins. */
  firstCheckIn: string | null;
  checkInDays: number;
  /** Pain, sleep, stress and active minutes over the last 30, 90 and 365 days (as the long view sums them up). */
  periods: { days: (typeof SUMMARY_PERIODS)[number]; summaries: Record<LongViewSeriesName, SeriesSummary> }[];
  /** The last twelve months up to today, oldest first, from the month of the first check-in (none without). */
  months: SummaryMonth[];
  /** Newest first. */
  startBack: { date: string; score: StartBackRecord['score'] }[];
  /** Newest first. */
  psk: { date: string; score: number; activities: string[] }[];
  plans: SummaryPlan[];
  programmes: SummaryProgramme[];
  /** Newest first. */
  safetyChecks: Pick<SafetyCheck, 'date' | 'trigger' | 'scope' | 'result'>[];
  flareUpPlan: FlareUpPlan | null;
};

/**
 * The printable summary of the person's course up to `today`: trends of
 * pain, sleep and stress (the long view's numbers for 30, 90 and 365 days,
 * and month by month since the first check-in), the measures, the plans and exercise programmes as
 * they are now, the safety checks and the flare-up plan. Reads the records
 * as every page does (one check-in per day, sleep from the diary or the
 * check-in, checked data only).
 *
 * @example
 * personSummary(readerOf(records), '2026-11-29').periods[0]
 * // { days: 30, summaries: { pain: { filled: 12, mean: 3.4, min: 2, max: 6 }, … } }
 */
export function personSummary(read: RecordReader, today: string): PersonSummary {
  const checkIns = checkInsByDay(read);
  const nights = nightsByDay(checkIns, read(RECORD.sleepNight));
  const days = [...checkIns.keys()].sort();
  return {
    firstCheckIn: days[0] ?? null,
    checkInDays: days.length,
    periods: SUMMARY_PERIODS.map((period) => ({
      days: period,
      summaries: longView(checkIns, nights, today, period).summaries,
    })),
    // Months before the first check-in say nothing; a quiet month after it stays, as a gap.
    months: monthsOf(today, (day) => {
      const checkIn = checkIns.get(day)?.data;
      return { checkIn: checkIn !== undefined, pain: checkIn?.pain, stress: checkIn?.stress, sleep: nights.get(day) };
    }).filter((month) => days[0] !== undefined && month.month >= days[0].slice(0, 7)),
    startBack: read(RECORD.startBack)
      .map((record) => ({ date: record.data.date, score: record.data.score }))
      .sort(newestFirst),
    psk: read(RECORD.psk)
      .map((record) => ({
        date: record.data.date,
        score: record.data.score,
        activities: record.data.activities.map((item) => item.activity),
      }))
      .sort(newestFirst),
    plans: summaryPlans(read),
    programmes: summaryProgrammes(read),
    safetyChecks: read(RECORD.safetyCheck)
      .map(({ data }) => ({ date: data.date, trigger: data.trigger, scope: data.scope, result: data.result }))
      .sort(newestFirst),
    flareUpPlan: latestWrite(read(RECORD.flareUpPlan))?.data ?? null,
  };
}

const newestFirst = (a: { date: string }, b: { date: string }) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0);

type DayValues = {
  checkIn: boolean;
  pain: number | undefined;
  stress: number | undefined;
  sleep: { hoursSlept: number } | undefined;
};

function monthsOf(today: string, valuesOn: (day: string) => DayValues): SummaryMonth[] {
  const byMonth = new Map<string, DayValues[]>();
  // A year of days is at most 366: enough to reach back to the first day of the month eleven months ago.
  const firstMonth = elevenMonthsBefore(today);
  for (const day of lastDays(today, 366)) {
    const month = day.slice(0, 7);
    if (month < firstMonth) continue;
    const list = byMonth.get(month) ?? [];
    list.push(valuesOn(day));
    byMonth.set(month, list);
  }
  return [...byMonth.entries()].map(([month, values]) => ({
    month,
    checkIns: values.filter((value) => value.checkIn).length,
    pain: summarizeSeries(values.map((value) => value.pain ?? null)).mean,
    sleepHours: summarizeSeries(values.map((value) => value.sleep?.hoursSlept ?? null)).mean,
    stress: summarizeSeries(values.map((value) => value.stress ?? null)).mean,
  }));
}

function elevenMonthsBefore(today: string): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 12, 1)).toISOString().slice(0, 7);
}

function summaryPlans(read: RecordReader): SummaryPlan[] {
  const stored = read(RECORD.activityPlan);
  const sessions = read(RECORD.activitySession);
  const planIds = [...new Set(stored.map((record) => record.data.planId))];
  return planIds.flatMap((planId) => {
    const versions = firstAndLatest(stored.filter((record) => record.data.planId === planId));
    if (!versions) return [];
    const { first, now } = versions;
    return [
      {
        planId,
        activity: now.activity,
        ...(now.customName !== undefined ? { customName: now.customName } : {}),
        unit: now.unit,
        goal: now.goal,
        status: now.status,
        baseline: now.baseline,
        version: now.version,
        since: first.effectiveFrom.slice(0, 10),
        sessions: sessions.filter((session) => session.data.planId === planId).length,
      },
    ];
  });
}

function summaryProgrammes(read: RecordReader): SummaryProgramme[] {
  const stored = read(RECORD.exerciseProgramme);
  const sessions = read(RECORD.exerciseSession);
  const ids = [...new Set(stored.map((record) => record.data.programmeId))];
  return ids.flatMap((programmeId) => {
    const versions = firstAndLatest(stored.filter((record) => record.data.programmeId === programmeId));
    if (!versions) return [];
    const { first, now } = versions;
    return [
      {
        programmeId,
        status: now.status,
        days: now.days,
        items: now.items,
        version: now.version,
        since: first.effectiveFrom.slice(0, 10),
        sessions: sessions.filter((session) => session.data.programmeId === programmeId).length,
      },
    ];
  });
}

/**
 * The first and the latest version of one plan or programme: the lowest and the highest version number, two
 * records of one number settled as `planVersions` settles them (the later `effectiveFrom`, then the larger id).
 * Not `planVersions` itself: importing the plan rules here would split them out of the activity pages' chunk.
 */
function firstAndLatest<P extends { version: number; effectiveFrom: string }>(
  records: readonly Stored<P>[],
): { first: P; now: P } | undefined {
  const later = (a: Stored<P>, b: Stored<P>) =>
    a.data.version !== b.data.version
      ? a.data.version > b.data.version
      : toMillis(a.data.effectiveFrom) !== toMillis(b.data.effectiveFrom)
        ? toMillis(a.data.effectiveFrom) > toMillis(b.data.effectiveFrom)
        : a.id > b.id;
  let first: Stored<P> | undefined;
  let now: Stored<P> | undefined;
  for (const record of records) {
    if (!now || later(record, now)) now = record;
    if (
      !first ||
      record.data.version < first.data.version ||
      (record.data.version === first.data.version && later(record, first))
    )
      first = record;
  }
  return first && now ? { first: first.data, now: now.data } : undefined;
}
