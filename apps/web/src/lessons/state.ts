import { type LessonProgress, RECORD, type Stored } from '@veerkracht/core';
import type { App } from '../data/app';
import { nowInstant, useRecordsOf } from '../data/records';

/** Which lessons the person has read, one record per lesson. */
export function useLessonProgress(): readonly Stored<LessonProgress>[] {
  return useRecordsOf(RECORD.lessonProgress);
}

/** Marks a lesson as read, updating that lesson's record when it was read before. */
export async function markLessonRead(
  app: App,
  lessonId: string,
  existing: Stored<LessonProgress> | undefined,
): Promise<void> {
  await app.saveRecord(RECORD.lessonProgress, { lessonId, readAt: nowInstant(app) }, existing?.id);
}
