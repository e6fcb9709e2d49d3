import {
  ACTIVITIES,
  ACTIVITY_UNITS,
  AUTHORS,
  CHANGED_BY_LIMITS,
  CHECK_IN_LIMITS,
  CLEARANCE_BY,
  EFFORTS,
  EXERCISE_LIMITS,
  EXPOSURE_LIMITS,
  FEARED_OUTCOME_ANSWERS,
  FLARE_UP_PLAN_PART_MAX_LENGTH,
  FOLLOW_UP_ANSWERS,
  LESSON_ID_MAX_LENGTH,
  MAX_INTENTION_LENGTH,
  MAX_INTENTIONS,
  MAX_WENT_WELL_LENGTH,
  MOVEMENTS,
  NOTICES,
  type PainType,
  PERSONAL_SLEEP_TARGET_RANGE,
  PLAN_DECISIONS,
  PLAN_INTENTION_KINDS,
  PLAN_LIMITS,
  PLAN_STATUSES,
  type PlanMode,
  PROGRAMME_STATUSES,
  PSK_ACTIVITY_MAX_LENGTH,
  PSK_MAX_ACTIVITIES,
  RECORD_TYPES,
  RELAXATION_KINDS,
  type RecordType,
  SAFETY_ITEMS,
  SAFETY_LIMITS,
  SAFETY_SCOPES,
  SAFETY_TRIGGERS,
  type SafetyItemId,
  type SafetyTier,
  SESSION_PHASES,
  SLEEP_TARGET_STEP,
  STOP_REASONS,
  type StartBackBothersome,
  type StartBackScore,
} from '@veerkracht/core';
import { z } from 'zod';
import { RECORD_EXAMPLES } from './examples.js';
import { requestSchemas, responseSchemas } from './registries.js';

/**
 * The documented shape of each record type's `data`, for the OpenAPI document
 * and the types of the app. They mirror the core validators' fields, using the
 * core's limits and lists; the server still validates with the core
 * (`RECORD_VALIDATORS`), which also checks what a schema cannot say (a score
 * equal to what the rules compute, a date not in the future). Every object is
 * open: fields a newer app adds pass through (docs/decisions/0017).
 */

const Uuid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  .meta({ description: 'lowercase UUID' });
const Day = z.iso.date().meta({ description: 'calendar day (YYYY-MM-DD)' });
const Instant = z.iso.datetime({ offset: true }).meta({ description: 'ISO instant with its offset' });
const int = (limits: { min: number; max: number }) => z.int().min(limits.min).max(limits.max);
const text = (limits: { maxLength: number }) => z.string().max(limits.maxLength);
/** Above 0, at most `max` (the core's `readPositive`). */
const positive = (limits: { max: number }) => z.number().positive().max(limits.max);
const ClockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
  .meta({ description: 'time of day, HH:MM' });
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values);

const PLAN_MODE_VALUES = ['symptom', 'time'] as const satisfies readonly PlanMode[];
const BOTHERSOME = [
  'not_at_all',
  'slightly',
  'moderately',
  'very_much',
  'extremely',
] as const satisfies readonly StartBackBothersome[];
const TIERS = ['emergency', 'gp_soon', 'review', 'none'] as const satisfies readonly SafetyTier[];
const PAIN_TYPES = [
  'specific_suspected',
  'acute',
  'subacute',
  'persistent',
  'unknown',
] as const satisfies readonly PainType[];
const RISKS = ['low', 'medium', 'high'] as const satisfies readonly StartBackScore['risk'][];

const CheckInData = z.looseObject({
  date: Day.meta({ description: 'calendar day (Europe/Amsterdam), at most one day ahead of the server' }),
  pain: int(CHECK_IN_LIMITS.pain),
  sleepHours: z
    .number()
    .min(CHECK_IN_LIMITS.sleepHours.min)
    .max(CHECK_IN_LIMITS.sleepHours.max)
    .multipleOf(CHECK_IN_LIMITS.sleepHours.step)
    .optional(),
  bedtime: ClockTime.optional().meta({ description: 'HH:MM where the person lives; together with wakeTime' }),
  wakeTime: ClockTime.optional().meta({ description: 'HH:MM; together with bedtime, and then sleepHours is required' }),
  sleepQuality: int(CHECK_IN_LIMITS.sleepQuality).optional(),
  stress: int(CHECK_IN_LIMITS.stress).optional(),
  activeMinutes: int(CHECK_IN_LIMITS.activeMinutes).optional().meta({ description: 'minutes of activity that day' }),
  activity: text(CHECK_IN_LIMITS.activity).optional().meta({ description: 'what the person did, in their own words' }),
  note: text(CHECK_IN_LIMITS.note).optional(),
});

const ActivityPlanData = z.looseObject({
  planId: Uuid.meta({ description: 'shared by every version of the same plan' }),
  version: int(PLAN_LIMITS.version),
  effectiveFrom: Instant,
  activity: oneOf(ACTIVITIES),
  unit: oneOf(ACTIVITY_UNITS),
  customName: text(PLAN_LIMITS.customName).optional().meta({ description: 'required for activity custom' }),
  baselineSessions: int(PLAN_LIMITS.baselineSessions),
  baseline: z.array(z.number()).max(10).meta({ description: 'empty while the baseline is measured' }),
  goal: positive(PLAN_LIMITS.goal),
  sessions: int(PLAN_LIMITS.sessions).meta({ description: 'weeks × perWeek when both are given' }),
  weeks: int(PLAN_LIMITS.weeks).optional(),
  perWeek: int(PLAN_LIMITS.perWeek).optional(),
  mode: oneOf(PLAN_MODE_VALUES),
  windowHours: int(PLAN_LIMITS.windowHours),
  startFraction: z.number().min(PLAN_LIMITS.startFraction.min).max(PLAN_LIMITS.startFraction.max).optional(),
  step: positive(PLAN_LIMITS.step).optional(),
  levels: z
    .array(z.number())
    .max(PLAN_LIMITS.sessions.max)
    .meta({ description: 'exactly what buildQuotaPlan makes of baseline, goal and sessions; empty without baseline' }),
  status: oneOf(PLAN_STATUSES),
  changedBy: z
    .object({ name: text(CHANGED_BY_LIMITS.name), reason: text(CHANGED_BY_LIMITS.reason) })
    .optional()
    .meta({
      description: 'set on a version a linked physiotherapist made: their name and the reason the person reads',
    }),
});

const ActivitySessionData = z.looseObject({
  planId: Uuid,
  version: int(PLAN_LIMITS.version),
  occurrence: int(PLAN_LIMITS.occurrence),
  phase: oneOf(SESSION_PHASES),
  level: int(PLAN_LIMITS.level).optional().meta({ description: 'required in phase plan, absent in phase baseline' }),
  amount: positive(PLAN_LIMITS.amount),
  painBefore: int(PLAN_LIMITS.pain),
  painAfter: int(PLAN_LIMITS.pain),
  endedAt: Instant,
  note: text(PLAN_LIMITS.note).optional(),
});

const FollowUpData = z.looseObject({ sessionId: Uuid, at: Instant, answer: oneOf(FOLLOW_UP_ANSWERS) });

const PlanDecisionData = z.looseObject({
  planId: Uuid,
  afterSessionId: Uuid,
  decision: oneOf(PLAN_DECISIONS),
  level: int(PLAN_LIMITS.level),
  accepted: z.boolean(),
  at: Instant,
});

const FearRatingData = z.looseObject({
  movement: oneOf(MOVEMENTS),
  rating: int(EXPOSURE_LIMITS.rating),
  ratedAt: Instant,
});

const ExposureData = z.looseObject({
  movement: oneOf(MOVEMENTS),
  expected: int(EXPOSURE_LIMITS.expected),
  actual: int(EXPOSURE_LIMITS.actual),
  fearedHappened: oneOf(FEARED_OUTCOME_ANSWERS).optional(),
  at: Instant,
  note: text(EXPOSURE_LIMITS.note).optional(),
});

const SafetyCheckData = z.looseObject({
  date: Day,
  completedAt: Instant,
  trigger: oneOf(SAFETY_TRIGGERS),
  scope: oneOf(SAFETY_SCOPES),
  ageYears: int(SAFETY_LIMITS.ageYears).optional(),
  onsetDate: Day.optional(),
  answers: z
    .partialRecord(z.enum(SAFETY_ITEMS as readonly SafetyItemId[] as [SafetyItemId, ...SafetyItemId[]]), z.boolean())
    .meta({ description: 'every question of the scope, answered true (yes) or false (no)' }),
  result: z
    .looseObject({
      tier: oneOf(TIERS),
      reasons: z.array(z.enum(SAFETY_ITEMS as readonly SafetyItemId[] as [SafetyItemId, ...SafetyItemId[]])),
      painType: oneOf(PAIN_TYPES),
    })
    .meta({ description: 'exactly what screenSafety computes from the answers' }),
  readAt: Instant.optional().meta({ description: 'only for tier emergency' }),
});

const SafetyClearanceData = z.looseObject({
  at: Instant,
  checkId: Uuid.optional(),
  by: oneOf(CLEARANCE_BY).optional().meta({ description: 'absent means the person' }),
});

const ReviewDiscussedData = z.looseObject({ at: Instant, checkId: Uuid.optional() });

const ConcernData = z.looseObject({ at: Instant, text: z.string().min(1).max(SAFETY_LIMITS.concern.maxLength) });

const ProfileData = z.looseObject({
  ageYears: int(SAFETY_LIMITS.ageYears),
  ageAsOf: Day,
  onsetDate: Day.meta({ description: 'not after ageAsOf' }),
  onsetApproximate: z.boolean().optional(),
});

const StartBackData = z.looseObject({
  date: Day,
  answers: z.looseObject({
    q1: z.boolean(),
    q2: z.boolean(),
    q3: z.boolean(),
    q4: z.boolean(),
    q5: z.boolean(),
    q6: z.boolean(),
    q7: z.boolean(),
    q8: z.boolean(),
    q9: oneOf(BOTHERSOME),
  }),
  score: z
    .looseObject({ total: z.int().min(0).max(9), psychosocial: z.int().min(0).max(5), risk: oneOf(RISKS) })
    .meta({ description: 'exactly what scoreStartBack computes from the answers' }),
});

const PskData = z.looseObject({
  date: Day,
  activities: z
    .array(z.looseObject({ activity: z.string().min(1).max(PSK_ACTIVITY_MAX_LENGTH), score: z.int().min(0).max(10) }))
    .min(1)
    .max(PSK_MAX_ACTIVITIES),
  score: z.number().min(0).max(10).meta({ description: 'the mean of the activities’ scores' }),
});

const LessonProgressData = z.looseObject({
  lessonId: z
    .string()
    .max(LESSON_ID_MAX_LENGTH)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  readAt: Instant,
});

const ExerciseId = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/)
  .meta({ description: 'an exercise of the library; ids a newer app adds pass through' });

const StrengthItemData = z.looseObject({
  exerciseId: ExerciseId,
  kind: z.literal('strength'),
  sets: int(EXERCISE_LIMITS.sets),
  repMin: int({ ...EXERCISE_LIMITS.reps, max: 29 }),
  repMax: int(EXERCISE_LIMITS.reps).meta({ description: 'above repMin' }),
  targetReps: int(EXERCISE_LIMITS.reps).meta({ description: 'repMin..repMax' }),
  load: z.number().min(EXERCISE_LIMITS.load.min).max(EXERCISE_LIMITS.load.max).meta({ description: 'kg added' }),
  loadStep: z.number().min(EXERCISE_LIMITS.loadStep.min).max(EXERCISE_LIMITS.loadStep.max),
  variant: int(EXERCISE_LIMITS.variant).meta({ description: "0 = easiest; below the library's number of variants" }),
  feared: z.boolean().optional(),
});

const MobilityItemData = z.looseObject({
  exerciseId: ExerciseId,
  kind: z.literal('mobility'),
  sets: int(EXERCISE_LIMITS.sets),
  amount: int(EXERCISE_LIMITS.amount).meta({ description: 'seconds held or repetitions; min..max' }),
  min: int(EXERCISE_LIMITS.amount),
  max: int(EXERCISE_LIMITS.amount),
  step: int(EXERCISE_LIMITS.step),
  feared: z.boolean().optional(),
});

const ExerciseProgrammeData = z.looseObject({
  programmeId: Uuid.meta({ description: 'shared by every version of the same programme' }),
  version: int(EXERCISE_LIMITS.version),
  effectiveFrom: Instant,
  by: oneOf(AUTHORS),
  reason: text(EXERCISE_LIMITS.reason).optional(),
  days: z.array(z.int().min(1).max(7)).min(1).max(7).meta({ description: 'ISO weekdays, each once' }),
  windowHours: int(EXERCISE_LIMITS.windowHours),
  status: oneOf(PROGRAMME_STATUSES),
  items: z
    .array(z.discriminatedUnion('kind', [StrengthItemData, MobilityItemData]))
    .min(EXERCISE_LIMITS.items.min)
    .max(EXERCISE_LIMITS.items.max),
  afterSessionId: Uuid.optional().meta({ description: 'the session whose proposal this version takes' }),
});

const ExerciseSessionData = z.looseObject({
  programmeId: Uuid,
  version: int(EXERCISE_LIMITS.version),
  occurrence: int(EXERCISE_LIMITS.occurrence),
  by: oneOf(AUTHORS),
  startedAt: Instant,
  endedAt: Instant.meta({ description: 'not before startedAt' }),
  painBefore: int(EXERCISE_LIMITS.pain),
  painAfter: int(EXERCISE_LIMITS.pain),
  outcome: oneOf(['completed', 'stopped'] as const),
  stopReason: oneOf(STOP_REASONS).optional().meta({ description: 'required when outcome is stopped' }),
  items: z
    .array(
      z.looseObject({
        exerciseId: ExerciseId,
        kind: oneOf(['strength', 'mobility'] as const),
        target: int(EXERCISE_LIMITS.amount),
        load: z.number().min(EXERCISE_LIMITS.load.min).max(EXERCISE_LIMITS.load.max).optional(),
        variant: int(EXERCISE_LIMITS.variant).optional(),
        sets: z
          .array(
            z.looseObject({
              done: int(EXERCISE_LIMITS.done),
              load: z.number().min(EXERCISE_LIMITS.load.min).max(EXERCISE_LIMITS.load.max).optional(),
              effort: oneOf(EFFORTS).optional(),
            }),
          )
          .max(10),
        skipped: oneOf(STOP_REASONS).optional(),
      }),
    )
    .max(EXERCISE_LIMITS.items.max),
  note: text(EXERCISE_LIMITS.note).optional(),
});

const ExerciseDecisionData = z.looseObject({
  programmeId: Uuid,
  afterSessionId: Uuid,
  accepted: z.boolean(),
  by: oneOf(AUTHORS),
  at: Instant,
});

const SleepNightData = z.looseObject({
  day: Day.meta({ description: 'the day the person woke up; at most one day ahead of the server' }),
  bedtime: ClockTime.optional().meta({ description: 'together with wakeTime' }),
  wakeTime: ClockTime.optional().meta({ description: 'together with bedtime' }),
  hoursSlept: z
    .number()
    .min(CHECK_IN_LIMITS.sleepHours.min)
    .max(CHECK_IN_LIMITS.sleepHours.max)
    .multipleOf(CHECK_IN_LIMITS.sleepHours.step),
  quality: int(CHECK_IN_LIMITS.sleepQuality).optional(),
});

const targetHours = z
  .number()
  .min(PERSONAL_SLEEP_TARGET_RANGE.minHours)
  .max(PERSONAL_SLEEP_TARGET_RANGE.maxHours)
  .multipleOf(SLEEP_TARGET_STEP);
const SleepTargetData = z.looseObject({
  minHours: targetHours,
  maxHours: targetHours.meta({ description: 'not below minHours' }),
});

const RelaxationSessionData = z.looseObject({
  kind: oneOf(RELAXATION_KINDS),
  startedAt: Instant,
  plannedSeconds: z.int().min(1).max(3600),
  doneSeconds: z.int().min(0).max(3600).meta({ description: 'not above plannedSeconds' }),
  inhaleSeconds: z.number().positive().max(60).optional().meta({ description: 'breathing_pacer only, required there' }),
  exhaleSeconds: z
    .number()
    .positive()
    .max(60)
    .optional()
    .meta({ description: 'breathing_pacer only; at least inhaleSeconds, 4.5–7 breaths a minute together' }),
});

const planPart = text({ maxLength: FLARE_UP_PLAN_PART_MAX_LENGTH }).optional();
const FlareUpPlanData = z.looseObject({
  helps: planPart,
  scaleDown: planPart,
  contacts: planPart,
  selfTalk: planPart,
  writtenOn: Day,
});

const NoticeShownData = z.looseObject({ notice: oneOf(NOTICES), day: Day });

const Intention = z.union([
  z.looseObject({ kind: oneOf(PLAN_INTENTION_KINDS) }),
  z.looseObject({
    kind: z.literal('own'),
    text: text({ maxLength: MAX_INTENTION_LENGTH }).meta({ description: 'trimmed, not empty' }),
  }),
]);
const WeeklyReviewData = z.looseObject({
  lastDay: Day.meta({ description: 'the last of the seven reviewed days; at most a day after today' }),
  wentWell: text({ maxLength: MAX_WENT_WELL_LENGTH }).optional(),
  intentions: z.array(Intention).max(MAX_INTENTIONS).meta({ description: 'each plan or tool at most once' }),
  doneAt: Instant,
});
const TimedReminder = z.looseObject({
  on: z.boolean(),
  time: ClockTime.meta({ description: 'not in the quiet hours' }),
});
const ReminderSettingsData = z.looseObject({
  checkIn: TimedReminder,
  exercise: TimedReminder.meta({ description: 'on the running programme’s days' }),
  followUp: z.looseObject({ on: z.boolean() }).meta({ description: 'when a follow-up question may be asked' }),
  review: TimedReminder.meta({ description: 'on the review day' }),
  quietFrom: ClockTime,
  quietUntil: ClockTime.meta({ description: 'quiet from quietFrom up to quietUntil, across midnight when later' }),
});
const ReviewSettingsData = z.looseObject({
  reviewDay: z.int().min(1).max(7).meta({ description: 'ISO weekday: 1 Monday … 7 Sunday' }),
  activeDaysPerWeek: z.int().min(1).max(7),
});

/** The documented `data` of every record type the core knows, by type. */
export const RECORD_DATA_SCHEMAS = {
  checkin: CheckInData,
  activity_plan: ActivityPlanData,
  activity_session: ActivitySessionData,
  follow_up: FollowUpData,
  plan_decision: PlanDecisionData,
  fear_rating: FearRatingData,
  exposure: ExposureData,
  safety_check: SafetyCheckData,
  safety_clearance: SafetyClearanceData,
  review_discussed: ReviewDiscussedData,
  concern: ConcernData,
  profile: ProfileData,
  start_back: StartBackData,
  psk: PskData,
  lesson_progress: LessonProgressData,
  exercise_programme: ExerciseProgrammeData,
  exercise_session: ExerciseSessionData,
  exercise_decision: ExerciseDecisionData,
  sleep_night: SleepNightData,
  sleep_target: SleepTargetData,
  relaxation_session: RelaxationSessionData,
  flare_up_plan: FlareUpPlanData,
  notice_shown: NoticeShownData,
  weekly_review: WeeklyReviewData,
  review_settings: ReviewSettingsData,
  reminder_settings: ReminderSettingsData,
} as const satisfies Record<RecordType, z.ZodType>;

/** A record type's name in the OpenAPI document, e.g. `ActivityPlan` for `activity_plan`. */
export function recordSchemaName(type: RecordType): string {
  return type
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** The OpenAPI component of a type's data, e.g. `ActivityPlanData`. */
export function dataSchemaId(type: RecordType): string {
  return `${recordSchemaName(type)}Data`;
}

for (const type of RECORD_TYPES) {
  const id = dataSchemaId(type);
  const schema: z.ZodType = RECORD_DATA_SCHEMAS[type];
  schema.register(requestSchemas, { id });
  schema.register(responseSchemas, { id });
  // Descriptions and examples come from the global registry, as with `.meta()`, but on this very instance.
  z.globalRegistry.add(schema, { examples: [RECORD_EXAMPLES[type]] });
}

/** The data of a record of `T`, as documented. */
export type RecordDataBody<T extends RecordType> = z.output<(typeof RECORD_DATA_SCHEMAS)[T]>;
