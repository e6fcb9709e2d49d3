import { describe, expect, it } from 'vitest';
import { readerOf } from '../records/recordRegistry.js';
import {
  FIRST_LESSON,
  type LessonContext,
  lessonContextOf,
  NOTHING_GOING_ON,
  suggestedLesson,
} from './suggestedLesson.js';

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

describe('lessonContextOf', () => {
  const record = (type: string, data: unknown, n: number) => ({
    id: `00000000-0000-7000-8000-00000000000${n}`,
    type,
    data,
    hlc: `2026-11-28T10:00:00.000Z-000${n}-0123456789abcdef`,
    deleted: false,
  });

  it('reads a pacer session, a sleep diary, a flare-up check-in and the lessons read from the records', () => {
    const records = [
      record(
        'relaxation_session',
        {
          kind: 'breathing_pacer',
          startedAt: '2026-11-27T21:00:00+01:00',
          plannedSeconds: 300,
          doneSeconds: 300,
          inhaleSeconds: 4,
          exhaleSeconds: 6,
        },
        1,
      ),
      record('sleep_night', { day: '2026-11-28', hoursSlept: 7 }, 2),
      record('checkin', { date: '2026-11-26', pain: 9 }, 3),
      record('lesson_progress', { lessonId: 'breathing', readAt: '2026-11-27T21:10:00+01:00' }, 4),
    ];
    const context = lessonContextOf(readerOf(records), '2026-11-28');
    expect(context).toMatchObject({
      breathing: true,
      relaxing: false,
      keepsSleepDiary: true,
      flareUp: true,
      stressHigh: false,
    });
    expect([...context.read]).toEqual(['breathing']);
    expect(suggestedLesson(context)).toBe('flare-ups');
  });

  it('forgets a flare-up after a week', () => {
    const context = lessonContextOf(readerOf([record('checkin', { date: '2026-11-20', pain: 9 }, 1)]), '2026-11-28');
    expect(context.flareUp).toBe(false);
  });
});
