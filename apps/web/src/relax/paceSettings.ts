import {
  BREATHING_MINUTES,
  BREATHS_PER_MINUTE,
  type BreathingPace,
  INHALE_SHARES,
  paceFor,
  validateBreathingPace,
} from '@veerkracht/core';

/** The pacer's settings as the person chooses them: breaths a minute, how a breath is split, minutes. */
export type PaceSettings = {
  breathsPerMinute: number;
  /** An index into INHALE_SHARES: 0 equal, 1 four to six (the default), 2 one to two. */
  split: number;
  minutes: number;
  tone: boolean;
  vibration: boolean;
};

export const DEFAULT_SETTINGS: PaceSettings = {
  breathsPerMinute: 6,
  split: 1,
  minutes: 5,
  tone: false,
  vibration: false,
};

/** Every rate the person can choose: 4.5 to 7 breaths a minute in half steps. */
export const RATES: readonly number[] = Array.from(
  { length: (BREATHS_PER_MINUTE.max - BREATHS_PER_MINUTE.min) / BREATHS_PER_MINUTE.step + 1 },
  (_, i) => BREATHS_PER_MINUTE.min + i * BREATHS_PER_MINUTE.step,
);
export const MINUTES: readonly number[] = Array.from(
  { length: BREATHING_MINUTES.max - BREATHING_MINUTES.min + 1 },
  (_, i) => BREATHING_MINUTES.min + i,
);

const KEY = 'veerkracht.relax.pace';

/**
 * Settings read back from storage: anything that is not a valid choice falls
 * back to the default of that setting, so a damaged value never stops the pacer.
 *
 * @example
 * readSettings('{"breathsPerMinute":5,"split":0,"minutes":3}') // { breathsPerMinute: 5, split: 0, minutes: 3, tone: false, vibration: false }
 * readSettings('{"breathsPerMinute":12}').breathsPerMinute // 6
 */
export function readSettings(text: string | null): PaceSettings {
  let kept: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(text ?? '{}');
    if (typeof parsed === 'object' && parsed !== null) kept = parsed as Record<string, unknown>;
  } catch {
    // Not JSON: the defaults.
  }
  const pick = <T>(value: unknown, allowed: readonly T[], fallback: T): T =>
    allowed.includes(value as T) ? (value as T) : fallback;
  return {
    breathsPerMinute: pick(kept.breathsPerMinute, RATES, DEFAULT_SETTINGS.breathsPerMinute),
    split: pick(kept.split, [0, 1, 2], DEFAULT_SETTINGS.split),
    minutes: pick(kept.minutes, MINUTES, DEFAULT_SETTINGS.minutes),
    tone: kept.tone === true,
    vibration: kept.vibration === true,
  };
}

export function loadSettings(): PaceSettings {
  try {
    return readSettings(localStorage.getItem(KEY));
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function saveSettings(settings: PaceSettings): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Not remembered: the choice holds while the page is open.
  }
}

/**
 * The pace of the settings, checked against docs/clinical-rules.md §6 (it
 * always passes: the choices are the rule's own steps).
 *
 * @example
 * paceOf(DEFAULT_SETTINGS) // { inhaleSeconds: 4, exhaleSeconds: 6, minutes: 5 }
 */
export function paceOf(settings: PaceSettings): BreathingPace {
  const pace = paceFor(settings.breathsPerMinute, INHALE_SHARES[settings.split] ?? 0.4, settings.minutes);
  const checked = validateBreathingPace(pace);
  return checked.ok ? checked.value : paceFor(6, 0.4, 5);
}
