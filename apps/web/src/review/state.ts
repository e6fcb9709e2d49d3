import {
  activeDaysOf,
  activeWeeks,
  type IntentionContext,
  latestWrite,
  type PracticeDays,
  practiceDays,
  RECORD,
  type ReviewSettings,
  reviewDue,
  reviewSettingsOf,
  type Stored,
  type WeeklyReview,
} from '@veerkracht/core';
import { useMemo } from 'preact/hooks';
import { type App, useRecords } from '../data/app';
import { checkedRecordsOf, snapshotReader } from '../data/records';

/**
 * The consistency state of the app (docs/clinical-rules.md §10): the practice
 * days, the gentle streak, the reviews and the settings, all derived by the
 * core. Components only show them.
 */
export type ReviewState = {
  settings: ReviewSettings;
  settingsRecord: Stored<ReviewSettings> | undefined;
  reviews: readonly Stored<WeeklyReview>[];
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
    const settingsRecords = checkedRecordsOf(records, RECORD.reviewSettings);
    const settings = reviewSettingsOf(settingsRecords);
    const reviews = checkedRecordsOf(records, RECORD.weeklyReview);
    const days = practiceDays(snapshotReader(records));
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
        activityPlan: checkedRecordsOf(records, RECORD.activityPlan).length > 0,
        exerciseProgramme: checkedRecordsOf(records, RECORD.exerciseProgramme).length > 0,
        fearedMovements: checkedRecordsOf(records, RECORD.fearRating).length > 0,
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
