import { type BreathingPace, type BreathMoment, breathCount } from '@veerkracht/core';

/** The circle's smallest size, as a share of its full size (at the start of an in-breath, the end of an out-breath). */
export const SMALLEST = 0.55;

/**
 * The pacer circle's size at a moment of the exercise, as a CSS scale: it
 * grows from SMALLEST to 1 on the in-breath and shrinks back on the
 * out-breath; at the end it rests small.
 *
 * @example
 * circleScale({ phase: 'in', breath: 1, breaths: 30, secondsLeft: 2, progress: 0.5 }) // 0.775
 * circleScale({ phase: 'out', breath: 1, breaths: 30, secondsLeft: 6, progress: 0 }) // 1
 */
export function circleScale(moment: BreathMoment): number {
  if (moment.phase === 'done') return SMALLEST;
  const grown = (1 - SMALLEST) * Math.min(1, Math.max(0, moment.progress));
  return moment.phase === 'in' ? SMALLEST + grown : 1 - grown;
}

/**
 * The whole seconds a pacer session is planned to last: its whole breaths
 * (`breathCount`), so it ends after an out-breath, never in the middle of one.
 *
 * @example
 * plannedSeconds({ inhaleSeconds: 4, exhaleSeconds: 6, minutes: 5 }) // 300
 * plannedSeconds({ inhaleSeconds: 5.3, exhaleSeconds: 8, minutes: 1 }) // 53 (four breaths of 13.3 seconds)
 */
export function plannedSeconds(pace: BreathingPace): number {
  return Math.round(breathCount(pace) * (pace.inhaleSeconds + pace.exhaleSeconds));
}
