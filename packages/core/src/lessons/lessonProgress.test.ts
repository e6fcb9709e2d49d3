import { describe, expect, it } from 'vitest';
import { isLessonId, validateLessonProgress } from './lessonProgress.js';

describe('lesson progress', () => {
  it('accepts a lesson id slug and the moment it was read', () => {
    const value = { lessonId: 'three-kinds-of-back-pain', readAt: '2026-11-25T20:00:00+01:00' };
    expect(validateLessonProgress(value)).toEqual({ ok: true, value });
  });

  it('refuses ids that are not slugs, naming the field', () => {
    for (const lessonId of ['Three kinds', '-a', 'a--b', 'a'.repeat(61), 3]) {
      expect(isLessonId(lessonId)).toBe(false);
      const result = validateLessonProgress({ lessonId, readAt: '2026-11-25T20:00:00Z' });
      expect(result.ok ? [] : result.issues.map((issue) => issue.field)).toEqual(['lessonId']);
    }
  });

  it('refuses a missing moment', () => {
    const result = validateLessonProgress({ lessonId: 'a' });
    expect(result.ok ? [] : result.issues.map((issue) => issue.field)).toEqual(['readAt']);
  });
});
