import type { SHARED_WITH_THERAPIST } from '@veerkracht/contract';
import { RECORD, type RecordType } from '@veerkracht/core';

/**
 * What a linked therapist may read, per group the patient agreed to when
 * linking (the contract's SHARED_WITH_THERAPIST, shown in the app). Settings
 * of the app itself (reminders, which notices were shown, lesson progress,
 * the weekly review's day) are the person's own and are never shared.
 */
export const SHARED_RECORD_TYPES: Readonly<Record<(typeof SHARED_WITH_THERAPIST)[number], readonly RecordType[]>> = {
  check_ins: [RECORD.checkIn],
  safety: [RECORD.safetyCheck, RECORD.safetyClearance, RECORD.reviewDiscussed, RECORD.concern, RECORD.profile],
  measures: [RECORD.startBack, RECORD.psk],
  activity_plans: [RECORD.activityPlan, RECORD.activitySession, RECORD.followUp, RECORD.planDecision],
  exposure: [RECORD.fearRating, RECORD.exposure],
  exercise: [RECORD.exerciseProgramme, RECORD.exerciseSession, RECORD.exerciseDecision],
  sleep: [RECORD.sleepNight, RECORD.sleepTarget],
  relaxation: [RECORD.relaxationSession],
  reviews: [RECORD.weeklyReview, RECORD.flareUpPlan],
};

export const ALL_SHARED_TYPES: readonly RecordType[] = Object.values(SHARED_RECORD_TYPES).flat();

/** The records the attention source reads (core `attentionSource`): a sync touching one makes it stale. */
export const ATTENTION_TYPES: ReadonlySet<string> = new Set<RecordType>([
  RECORD.checkIn,
  RECORD.safetyCheck,
  RECORD.safetyClearance,
  RECORD.reviewDiscussed,
  RECORD.concern,
  RECORD.activityPlan,
  RECORD.activitySession,
  RECORD.followUp,
  RECORD.exerciseProgramme,
  RECORD.exerciseSession,
]);
