import { addDays } from '../calendar/calendarDay.js';
import { checkInsByDay } from '../checkIn/checkInDays.js';
import { RECORD } from '../records/recordNames.js';
import type { RecordReader } from '../records/recordReader.js';
import type { RecordType } from '../records/syncChange.js';
import { flareUpAfterCheckIn } from '../safety/safetyStatus.js';
import { stressStaysHigh } from '../stress/stressStaysHigh.js';

/** What the person is doing, as far as it says which lesson fits now. */
export type LessonContext = {
  /** A flare-up was reported in the last days (check-in pain clearly above usual). */
  flareUp: boolean;
  stressHigh: boolean;
  /** Opened or used the breathing pacer. */
  breathing: boolean;
  /** Used one of the relaxation guides. */
  relaxing: boolean;
  keepsSleepDiary: boolean;
  practisesMovements: boolean;
  hasExerciseProgramme: boolean;
  hasActivityPlan: boolean;
  /** The lessons already read, by id. */
  read: ReadonlySet<string>;
};

/** Which lesson fits which situation, the most pressing first; the first one not yet read is suggested. */
export const LESSON_FITS: readonly { when: keyof Omit<LessonContext, 'read'>; lessons: readonly string[] }[] = [
  { when: 'flareUp', lessons: ['flare-ups', 'hurt-is-not-harm'] },
  { when: 'stressHigh', lessons: ['stress-and-emotions'] },
  { when: 'breathing', lessons: ['breathing'] },
  { when: 'relaxing', lessons: ['stress-and-emotions'] },
  { when: 'keepsSleepDiary', lessons: ['sleep-and-pain'] },
  { when: 'practisesMovements', lessons: ['your-back-is-strong', 'the-worn-out-back-myth'] },
  { when: 'hasExerciseProgramme', lessons: ['strength-training', 'mobility'] },
  { when: 'hasActivityPlan', lessons: ['build-up-step-by-step', 'keep-moving-with-pain'] },
];

/** The lesson for someone who has read none yet. */
export const FIRST_LESSON = 'three-kinds-of-back-pain';

/**
 * The one lesson Today suggests, or none: the first unread lesson that fits
 * what the person is doing (the breathing lesson once they used the pacer,
 * and so on), or the first lesson when they have read none. Never more than
 * one, and never one already read.
 *
 * @example
 * suggestedLesson({ ...NOTHING_GOING_ON, breathing: true, read: new Set() }) // 'breathing'
 * suggestedLesson({ ...NOTHING_GOING_ON, breathing: true, read: new Set(['breathing']) }) // undefined
 * suggestedLesson({ ...NOTHING_GOING_ON, read: new Set() }) // 'three-kinds-of-back-pain'
 */
export function suggestedLesson(context: LessonContext): string | undefined {
  for (const fit of LESSON_FITS) {
    if (!context[fit.when]) continue;
    const unread = fit.lessons.find((id) => !context.read.has(id));
    if (unread) return unread;
  }
  return context.read.size === 0 ? FIRST_LESSON : undefined;
}

/** A context where nothing is going on, to spread and change. */
export const NOTHING_GOING_ON: Omit<LessonContext, 'read'> = {
  flareUp: false,
  stressHigh: false,
  breathing: false,
  relaxing: false,
  keepsSleepDiary: false,
  practisesMovements: false,
  hasExerciseProgramme: false,
  hasActivityPlan: false,
};

/** A flare-up this many days ago or less still makes the flare-up lesson fit. */
export const FLARE_UP_LESSON_DAYS = 7;

/**
 * What the person is doing, read from their records on `today`: a flare-up
 * check-in in the last 7 days, stress that stays high, the pacer or a guide
 * used, nights in the sleep diary, a plan, a programme, fear ratings, and the
 * lessons read.
 *
 * @example
 * suggestedLesson(lessonContextOf(readerOf(records.values()), '2026-11-28')) // e.g. 'breathing' after a pacer session
 */
export function lessonContextOf(read: RecordReader, today: string): LessonContext {
  const has = (type: RecordType) => read(type).length > 0;
  const byDay = checkInsByDay(read);
  const recent = [...byDay.values()].filter((record) => record.data.date > addDays(today, -FLARE_UP_LESSON_DAYS));
  const relaxation = read(RECORD.relaxationSession);
  const stress = [...byDay.values()].flatMap((record) =>
    record.data.stress === undefined ? [] : [{ day: record.data.date, stress: record.data.stress }],
  );
  return {
    flareUp: recent.some((record) => flareUpAfterCheckIn(byDay, record.data.date, record.data.pain)),
    stressHigh: stressStaysHigh(stress, today),
    breathing: relaxation.some((session) => session.data.kind === 'breathing_pacer'),
    relaxing: relaxation.some((session) => session.data.kind !== 'breathing_pacer'),
    keepsSleepDiary: has(RECORD.sleepNight),
    practisesMovements: has(RECORD.fearRating),
    hasExerciseProgramme: has(RECORD.exerciseProgramme),
    hasActivityPlan: has(RECORD.activityPlan),
    read: new Set(read(RECORD.lessonProgress).map((record) => record.data.lessonId)),
  };
}
