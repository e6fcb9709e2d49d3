import { type FieldIssue, isPlainObject, type Validated } from '../validation/fieldIssue.js';
import { readInstant, unknownFields } from '../validation/recordFields.js';

/** A lesson read by the person (`lesson_progress` record); one record per lesson, updated when read again. */
export type LessonProgress = { lessonId: string; readAt: string };

/** Lesson ids are short slugs, e.g. `three-kinds-of-back-pain`. */
const LESSON_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const LESSON_ID_MAX_LENGTH = 60;

/**
 * True for a well-formed lesson id: lower-case letters and digits in groups
 * joined by single dashes, at most 60 characters.
 *
 * @example
 * isLessonId('three-kinds-of-back-pain') // true
 * isLessonId('Three kinds') // false
 */
export function isLessonId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= LESSON_ID_MAX_LENGTH && LESSON_ID.test(value);
}

/**
 * Validates a `lesson_progress` record.
 *
 * @example
 * validateLessonProgress({ lessonId: 'three-kinds-of-back-pain', readAt: '2026-11-25T20:00:00+01:00' }).ok // true
 */
export function validateLessonProgress(input: unknown): Validated<LessonProgress> {
  if (!isPlainObject(input)) {
    return { ok: false, issues: [{ field: '', code: 'not_an_object', message: 'lesson progress must be an object' }] };
  }
  const issues: FieldIssue[] = [];
  unknownFields(input, ['lessonId', 'readAt'], issues, 'a lesson progress');
  const lessonId = input.lessonId;
  if (lessonId === undefined || lessonId === null) {
    issues.push({ field: 'lessonId', code: 'required', message: 'lessonId is required' });
  } else if (!isLessonId(lessonId)) {
    issues.push({
      field: 'lessonId',
      code: 'invalid_format',
      message: `lessonId must be a slug of lower-case letters, digits and dashes, at most ${LESSON_ID_MAX_LENGTH} characters`,
    });
  }
  const readAt = readInstant(input, 'readAt', issues);
  if (issues.length > 0 || !readAt || !isLessonId(lessonId)) return { ok: false, issues };
  return { ok: true, value: { lessonId, readAt } };
}

/** The record kind (type and validator) of this file's record, for readers and the registry (records/syncChange.ts). */
export const LESSON_PROGRESS_KIND = {
  type: 'lesson_progress',
  validate: (data: unknown) => validateLessonProgress(data),
} as const;
