import {
  type AboutYou,
  type LessonProgress,
  type Profile,
  type PskActivity,
  type SafetyCheck,
  type StartBackAnswers,
  type Stored,
  scorePsk,
  scoreStartBack,
  type Validated,
  validateConcern,
  validateLessonProgress,
  validateProfile,
  validatePskRecord,
  validateReviewDiscussed,
  validateSafetyCheck,
  validateSafetyClearance,
  validateStartBack,
} from '@veerkracht/core';
import type { App } from '../state/app';

/*
 * Every write of the safety journey: each record is checked with the same
 * core validator the server uses before it is stored, so the device never
 * keeps (or sends) a record the server would refuse. Each resolves after the
 * local transaction has committed; the UI confirms only then.
 */

function checked<T>(result: Validated<T>, type: string): T {
  if (!result.ok) throw new RangeError(`${type}: ${result.issues.map((issue) => issue.message).join('; ')}`);
  return result.value;
}

async function save(app: App, type: string, data: unknown, id?: string): Promise<string> {
  const [record] = await app.saveRecords([id ? { type, data, id } : { type, data }]);
  if (!record) throw new Error(`${type} was not saved`);
  return record.id;
}

/** The moment now as an ISO instant. */
export function nowInstant(app: App): string {
  return new Date(app.now()).toISOString();
}

/** Saves the person's age and the start of this episode, updating their profile record. */
export async function saveProfile(
  app: App,
  about: AboutYou,
  today: string,
  existing: Stored<Profile> | undefined,
): Promise<void> {
  const data = checked(
    validateProfile({
      ageYears: about.ageYears,
      ageAsOf: today,
      onsetDate: about.onsetDate,
      ...(about.onsetApproximate ? { onsetApproximate: true } : {}),
    }),
    'profile',
  );
  const same =
    existing &&
    existing.data.ageYears === data.ageYears &&
    existing.data.onsetDate === data.onsetDate &&
    Boolean(existing.data.onsetApproximate) === Boolean(data.onsetApproximate);
  if (!same) await save(app, 'profile', data, existing?.id);
}

/** Saves a finished safety check; resolves with its record id. */
export function saveSafetyCheck(app: App, check: SafetyCheck): Promise<string> {
  return save(app, 'safety_check', checked(validateSafetyCheck(check), 'safety_check'));
}

/** Records that the person confirmed reading the emergency advice of a check. */
export async function confirmEmergencyRead(app: App, check: Stored<SafetyCheck>): Promise<void> {
  const data = checked(validateSafetyCheck({ ...check.data, readAt: nowInstant(app) }), 'safety_check');
  await save(app, 'safety_check', data, check.id);
}

/** "I have seen a doctor": ends a pause of plan progression started before now. */
export async function confirmSeenDoctor(app: App, checkId: string | undefined): Promise<void> {
  const data = checked(
    validateSafetyClearance({ at: nowInstant(app), by: 'person', ...(checkId ? { checkId } : {}) }),
    'safety_clearance',
  );
  await save(app, 'safety_clearance', data);
}

/** "I have talked about it": closes the note of a review result. */
export async function confirmReviewDiscussed(app: App, checkId: string): Promise<void> {
  await save(
    app,
    'review_discussed',
    checked(validateReviewDiscussed({ at: nowInstant(app), checkId }), 'review_discussed'),
  );
}

/** Keeps a free-text "something does not feel right". */
export async function saveConcern(app: App, text: string): Promise<void> {
  await save(app, 'concern', checked(validateConcern({ at: nowInstant(app), text }), 'concern'));
}

/** Saves a STarT Back questionnaire with Keele's score; resolves with the stored record's data. */
export async function saveStartBack(app: App, answers: StartBackAnswers, date: string) {
  const data = checked(validateStartBack({ date, answers, score: scoreStartBack(answers) }), 'start_back');
  await save(app, 'start_back', data);
  return data;
}

/** Saves a PSK with its mean score; resolves with the stored record's data. */
export async function savePsk(app: App, activities: PskActivity[], date: string) {
  const data = checked(validatePskRecord({ date, activities, score: scorePsk(activities) }), 'psk');
  await save(app, 'psk', data);
  return data;
}

/** Marks a lesson as read, updating that lesson's record when it was read before. */
export async function markLessonRead(
  app: App,
  lessonId: string,
  existing: Stored<LessonProgress> | undefined,
): Promise<void> {
  const data = checked(validateLessonProgress({ lessonId, readAt: nowInstant(app) }), 'lesson_progress');
  await save(app, 'lesson_progress', data, existing?.id);
}
