import {
  ACTIVITY_PLAN_KIND,
  activeDaysOf,
  activeWeeks,
  type CalendarMonth,
  EXERCISE_PROGRAMME_KIND,
  FEAR_RATING_KIND,
  type IntentionContext,
  type LongView,
  type LongViewPeriod,
  latestWrite,
  longView,
  nightsByDay,
  type PracticeDays,
  practiceDays,
  RECORD,
  REVIEW_SETTINGS_KIND,
  type ReviewSettings,
  readRecords,
  reviewDue,
  reviewSettingsOf,
  SLEEP_NIGHT_KIND,
  type Stored,
  WEEKLY_REVIEW_KIND,
  type WeeklyReview,
  yearCalendar,
} from '@veerkracht/core';
import { useMemo } from 'preact/hooks';
import { type App, useRecords } from '../data/app';
import { useRecordsOf } from '../data/records';
import { useCheckInsByDay } from '../data/useCheckIns';

/**
 * The consistency state of the app (docs/clinical-rules.md §10): the practice
 * days, the gentle streak, the reviews and the settings, all derived by the
 * core. Components only show them.
 */
export type ReviewState = {
  settings: ReviewSettings;
  settingsRecord: Stored<ReviewSettings> | undefined;
  reviews: Stored<WeeklyReview>[];
  days: PracticeDays;
  activeDays: string[];
  /** Weeks in a row with enough active days (`activeWeeks`). */
  weeks: number;
  /** The last day of the week whose review waits today, or `null`. */
  due: string | null;
  plans: IntentionContext;
};

export function useReview(today: string): ReviewState {
  const records = useRecords();
  return useMemo(() => {
    const all = [...records.values()];
    const settingsRecords = readRecords(all, REVIEW_SETTINGS_KIND);
    const settings = reviewSettingsOf(settingsRecords);
    const reviews = readRecords(all, WEEKLY_REVIEW_KIND);
    const days = practiceDays(all);
    const activeDays = activeDaysOf(days);
    return {
      settings,
      settingsRecord: latestWrite(settingsRecords),
      reviews,
      days,
      activeDays,
      weeks: activeWeeks(activeDays, today, settings.activeDaysPerWeek),
      due: reviewDue(
        settings,
        reviews.map((review) => review.data.lastDay),
        today,
        activeDays,
      ),
      plans: {
        activityPlan: readRecords(all, ACTIVITY_PLAN_KIND).length > 0,
        exerciseProgramme: readRecords(all, EXERCISE_PROGRAMME_KIND).length > 0,
        fearedMovements: readRecords(all, FEAR_RATING_KIND).length > 0,
      },
    };
  }, [records, today]);
}

/** Saves a weekly review, as a new version of that week's review when there is one. */
export async function saveReview(app: App, review: WeeklyReview, existing: Stored<WeeklyReview> | undefined) {
  await app.saveRecord(RECORD.weeklyReview, review, existing?.id);
}

/** Saves the review day and the days that make a week count, over the settings record when there is one. */
export async function saveReviewSettings(
  app: App,
  settings: ReviewSettings,
  existing: Stored<ReviewSettings> | undefined,
) {
  await app.saveRecord(RECORD.reviewSettings, settings, existing?.id);
}

/** The long view of a period (docs/clinical-rules.md §10.4): check-ins, and sleep from the diary or the check-in. */
export function useLongView(today: string, period: LongViewPeriod): LongView {
  const checkIns = useCheckInsByDay();
  const diary = useRecordsOf(SLEEP_NIGHT_KIND);
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
