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
