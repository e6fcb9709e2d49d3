import type { RecordType } from './syncChange.js';

/**
 * The name of every record type, for code outside the registry: features
 * write `RECORD.safetyCheck`, never the string, so a renamed or mistyped type
 * is a type error (docs/architecture.md, "One record registry").
 */
export const RECORD = {
  checkIn: 'checkin',
  activityPlan: 'activity_plan',
  activitySession: 'activity_session',
  followUp: 'follow_up',
  planDecision: 'plan_decision',
  fearRating: 'fear_rating',
  exposure: 'exposure',
  safetyCheck: 'safety_check',
  safetyClearance: 'safety_clearance',
  reviewDiscussed: 'review_discussed',
  concern: 'concern',
  profile: 'profile',
  startBack: 'start_back',
  psk: 'psk',
  lessonProgress: 'lesson_progress',
  exerciseProgramme: 'exercise_programme',
  exerciseSession: 'exercise_session',
  exerciseDecision: 'exercise_decision',
  sleepNight: 'sleep_night',
  sleepTarget: 'sleep_target',
  relaxationSession: 'relaxation_session',
  flareUpPlan: 'flare_up_plan',
  noticeShown: 'notice_shown',
  weeklyReview: 'weekly_review',
  reviewSettings: 'review_settings',
  reminderSettings: 'reminder_settings',
} as const satisfies Record<string, RecordType>;
