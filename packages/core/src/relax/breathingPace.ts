import type { FieldIssue, Validated } from '../validation/fieldIssue.js';

/** A breathing pace: seconds in, seconds out, and how long the exercise lasts. */
export type BreathingPace = { inhaleSeconds: number; exhaleSeconds: number; minutes: number };

/** 4 s in, 6 s out: 6 breaths a minute, for 5 minutes (docs/clinical-rules.md §6). */
export const DEFAULT_BREATHING_PACE: BreathingPace = { inhaleSeconds: 4, exhaleSeconds: 6, minutes: 5 };
export const BREATHS_PER_MINUTE = { min: 4.5, max: 7, step: 0.5 } as const;
export const BREATHING_MINUTES = { min: 1, max: 10 } as const;
/** The share of a breath spent breathing in: equal, 4 to 6 (the default), or 1 to 2. Out is never shorter than in. */
export const INHALE_SHARES = [0.5, 0.4, 1 / 3] as const;

// 60 / (in + out) is compared with a little slack: 60 / 13.33 s is 4.5001.
const SLACK = 1e-6;

/**
 * The pace for a number of breaths a minute and the share of each breath
 * spent breathing in, in seconds rounded to a tenth.
 *
 * @example
 * paceFor(6, 0.4, 5) // { inhaleSeconds: 4, exhaleSeconds: 6, minutes: 5 }
 * paceFor(4.5, 0.5, 3) // { inhaleSeconds: 6.6, exhaleSeconds: 6.7, minutes: 3 }
 */
export function paceFor(breathsPerMinute: number, inhaleShare: number, minutes: number): BreathingPace {
  const breath = 60 / breathsPerMinute;
  // In rounds down and out takes the rest, so out is never shorter than in and the breath stays its length.
  const inhaleSeconds = Math.floor(breath * inhaleShare * 10 + 1e-9) / 10;
  return { inhaleSeconds, exhaleSeconds: Math.round((breath - inhaleSeconds) * 10) / 10, minutes };
}

/**
 * Breaths a minute of a pace, to one decimal.
 *
 * @example
 * breathsPerMinute({ inhaleSeconds: 4, exhaleSeconds: 6, minutes: 5 }) // 6
 */
export function breathsPerMinute(pace: Pick<BreathingPace, 'inhaleSeconds' | 'exhaleSeconds'>): number {
  return Math.round(600 / (pace.inhaleSeconds + pace.exhaleSeconds)) / 10;
}

/**
 * Checks a pace against docs/clinical-rules.md §6: 4.5–7 breaths a minute,
 * out at least as long as in, 1–10 whole minutes. Issues name the field.
 *
 * @example
 * validateBreathingPace({ inhaleSeconds: 4, exhaleSeconds: 6, minutes: 5 }).ok // true
 * validateBreathingPace({ inhaleSeconds: 6, exhaleSeconds: 4, minutes: 5 }).ok // false (exhaleSeconds shorter)
 * validateBreathingPace({ inhaleSeconds: 2, exhaleSeconds: 3, minutes: 5 }).ok // false (12 breaths a minute)
 */
export function validateBreathingPace(pace: BreathingPace): Validated<BreathingPace> {
  const issues: FieldIssue[] = [];
  const { inhaleSeconds, exhaleSeconds, minutes } = pace;
  for (const [field, value] of [
    ['inhaleSeconds', inhaleSeconds],
    ['exhaleSeconds', exhaleSeconds],
  ] as const) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
      issues.push({ field, code: 'not_a_number', message: `${field} must be a number of seconds above 0` });
  }
  if (issues.length === 0) {
    const rate = 60 / (inhaleSeconds + exhaleSeconds);
    if (rate < BREATHS_PER_MINUTE.min - SLACK || rate > BREATHS_PER_MINUTE.max + SLACK)
      issues.push({
        field: 'inhaleSeconds',
        code: 'out_of_range',
        message: `inhaleSeconds and exhaleSeconds must make ${BREATHS_PER_MINUTE.min}–${BREATHS_PER_MINUTE.max} breaths a minute`,
        min: BREATHS_PER_MINUTE.min,
        max: BREATHS_PER_MINUTE.max,
      });
    if (exhaleSeconds < inhaleSeconds)
      issues.push({
        field: 'exhaleSeconds',
        code: 'out_of_range',
        message: 'exhaleSeconds must be at least inhaleSeconds',
      });
  }
  if (!Number.isInteger(minutes) || minutes < BREATHING_MINUTES.min || minutes > BREATHING_MINUTES.max)
    issues.push({
      field: 'minutes',
      code: 'out_of_range',
      message: `minutes must be a whole number from ${BREATHING_MINUTES.min} to ${BREATHING_MINUTES.max}`,
      min: BREATHING_MINUTES.min,
      max: BREATHING_MINUTES.max,
    });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { inhaleSeconds, exhaleSeconds, minutes } };
}

/** Where a breathing exercise is at a moment. */
export type BreathMoment =
  | {
      phase: 'in' | 'out';
      /** 1 for the first breath. */
      breath: number;
      breaths: number;
      /** Whole seconds left in this phase, counting down (4, 3, 2, 1). */
      secondsLeft: number;
      /** 0 at the start of the phase, 1 at its end: how far the circle has grown or shrunk. */
      progress: number;
    }
  | { phase: 'done'; breaths: number };

/**
 * The whole breaths of an exercise: as many as fit in its minutes, at least
 * one, so it ends after an out-breath, never halfway.
 *
 * @example
 * breathCount({ inhaleSeconds: 4, exhaleSeconds: 6, minutes: 5 }) // 30
 */
export function breathCount(pace: BreathingPace): number {
  const breathMs = Math.round((pace.inhaleSeconds + pace.exhaleSeconds) * 1000);
  return Math.max(1, Math.floor((pace.minutes * 60_000 + 1) / breathMs));
}

/**
 * The moment of a breathing exercise `elapsedMs` after its start: which
 * breath, in or out, seconds left in that phase.
 *
 * @example
 * breathAt({ inhaleSeconds: 4, exhaleSeconds: 6, minutes: 5 }, 0) // { phase: 'in', breath: 1, breaths: 30, secondsLeft: 4, progress: 0 }
 * breathAt({ inhaleSeconds: 4, exhaleSeconds: 6, minutes: 5 }, 4500) // { phase: 'out', breath: 1, …, secondsLeft: 6, progress: 0.08… }
 * breathAt({ inhaleSeconds: 4, exhaleSeconds: 6, minutes: 5 }, 300_000) // { phase: 'done', breaths: 30 }
 */
export function breathAt(pace: BreathingPace, elapsedMs: number): BreathMoment {
  const inhaleMs = Math.round(pace.inhaleSeconds * 1000);
  const breathMs = inhaleMs + Math.round(pace.exhaleSeconds * 1000);
  const breaths = breathCount(pace);
  const at = Math.max(0, elapsedMs);
  if (at >= breaths * breathMs) return { phase: 'done', breaths };
  const breath = Math.floor(at / breathMs) + 1;
  const within = at - (breath - 1) * breathMs;
  const inhaling = within < inhaleMs;
  const phaseMs = inhaling ? inhaleMs : breathMs - inhaleMs;
  const intoPhase = inhaling ? within : within - inhaleMs;
  return {
    phase: inhaling ? 'in' : 'out',
    breath,
    breaths,
    secondsLeft: Math.max(1, Math.ceil((phaseMs - intoPhase) / 1000)),
    progress: intoPhase / phaseMs,
  };
}
