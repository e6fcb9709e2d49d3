import { describe, expect, it } from 'vitest';
import { FIRST_LESSON, type LessonContext, NOTHING_GOING_ON, suggestedLesson } from './suggestedLesson.js';

const context = (change: Partial<LessonContext>): LessonContext => ({
  ...NOTHING_GOING_ON,
  read: new Set([FIRST_LESSON]),
  ...change,
});

describe('suggestedLesson', () => {
  it.each<[Partial<LessonContext>, string | undefined]>([
    [{ breathing: true }, 'breathing'],
    [{ breathing: true, read: new Set(['breathing']) }, undefined],
    [{ keepsSleepDiary: true }, 'sleep-and-pain'],
    [{ flareUp: true, breathing: true }, 'flare-ups'],
    [{ flareUp: true, read: new Set(['flare-ups']) }, 'hurt-is-not-harm'],
    [{ stressHigh: true, keepsSleepDiary: true }, 'stress-and-emotions'],
    [{ relaxing: true }, 'stress-and-emotions'],
    [{ hasExerciseProgramme: true, read: new Set(['strength-training']) }, 'mobility'],
    [{ hasActivityPlan: true }, 'build-up-step-by-step'],
    [{ practisesMovements: true }, 'your-back-is-strong'],
    [{}, undefined],
    [{ read: new Set() }, FIRST_LESSON],
  ])('for %j suggests %s', (change, lesson) => {
    expect(suggestedLesson(context(change))).toBe(lesson);
  });

  it('moves on to the next situation when every lesson of the first is read', () => {
    expect(suggestedLesson(context({ breathing: true, keepsSleepDiary: true, read: new Set(['breathing']) }))).toBe(
      'sleep-and-pain',
    );
  });
});
