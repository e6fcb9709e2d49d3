/**
 * The countdowns of the session player (a hold and a rest), as plain values
 * and pure functions of the clock: a timer is its length, the time it ran
 * before its last pause and the moment it last started. What is left is
 * always worked out from the device's clock (`app.now()`), never counted
 * down tick by tick, so a slow phone, a tab in the background or a reload
 * does not make it drift.
 */
export type TimerState = {
  /** The whole countdown, in milliseconds. */
  durationMs: number;
  /** The time it ran before its last pause, in milliseconds. */
  elapsedMs: number;
  /** The clock (ms since 1970) when it last started; `null` while paused or not started. */
  runningSince: number | null;
};

/** A countdown of `seconds`, not started. */
export function newTimer(seconds: number): TimerState {
  return { durationMs: Math.max(0, seconds) * 1000, elapsedMs: 0, runningSince: null };
}

/** Starts or continues the countdown at `now`; a running one stays as it is. */
export function startTimer(timer: TimerState, now: number): TimerState {
  return timer.runningSince === null ? { ...timer, runningSince: now } : timer;
}

/** The time it has run at `now`; a clock set back never makes it run backwards. */
export function elapsedMs(timer: TimerState, now: number): number {
  const running = timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince);
  return Math.min(timer.durationMs, timer.elapsedMs + running);
}

/** Pauses at `now`, keeping the time it ran; a paused one stays as it is. */
export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (timer.runningSince === null) return timer;
  return { ...timer, elapsedMs: elapsedMs(timer, now), runningSince: null };
}

export function isRunning(timer: TimerState): boolean {
  return timer.runningSince !== null;
}

/**
 * The whole seconds still to go at `now`, rounded up (a countdown shows 1
 * until the very end, and 0 only when it is over), never below 0.
 *
 * @example
 * remainingSeconds({ durationMs: 30_000, elapsedMs: 0, runningSince: 1_000 }, 1_500) // 30
 * remainingSeconds({ durationMs: 30_000, elapsedMs: 0, runningSince: 1_000 }, 21_000) // 10
 * remainingSeconds({ durationMs: 30_000, elapsedMs: 0, runningSince: 1_000 }, 99_000) // 0
 */
export function remainingSeconds(timer: TimerState, now: number): number {
  return Math.ceil((timer.durationMs - elapsedMs(timer, now)) / 1000);
}

/** Whether the countdown has run its whole length at `now`. */
export function isDone(timer: TimerState, now: number): boolean {
  return elapsedMs(timer, now) >= timer.durationMs;
}

/** The seconds it has run at `now`, rounded down: what a person held before stopping early. */
export function heldSeconds(timer: TimerState, now: number): number {
  return Math.floor(elapsedMs(timer, now) / 1000);
}

/**
 * What is worth saying aloud between two readings of the seconds left: that
 * 10 seconds are left (only on a countdown longer than that) or that it is
 * done. Nothing in between, so a screen reader is not talked at every second.
 *
 * @example
 * timerCue(11, 10, 30) // 'ten_left'
 * timerCue(10, 9, 30) // null
 * timerCue(1, 0, 30) // 'done'
 */
export function timerCue(before: number, after: number, totalSeconds: number): 'ten_left' | 'done' | null {
  if (after <= 0 && before > 0) return 'done';
  if (totalSeconds > 10 && before > 10 && after <= 10 && after > 0) return 'ten_left';
  return null;
}

/** Seconds as a clock reads them: "1:05", "0:09". */
export function clockText(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  return `${minutes}:${String(rest).padStart(2, '0')}`;
}

/** Reads a timer kept on the device; anything else reads as none. */
export function readTimer(value: unknown): TimerState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { durationMs, elapsedMs: elapsed, runningSince } = value as Record<string, unknown>;
  const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;
  if (!finite(durationMs) || !finite(elapsed) || (runningSince !== null && !finite(runningSince))) return undefined;
  return { durationMs, elapsedMs: Math.min(elapsed, durationMs), runningSince };
}

/** The clock moment a running countdown ends (or ended); `null` while it is paused. */
export function endsAt(timer: TimerState): number | null {
  return timer.runningSince === null ? null : timer.runningSince + timer.durationMs - timer.elapsedMs;
}

/** The rest after a set that is not the last: a minute after strength, half a minute after mobility. */
export function restSeconds(kind: 'strength' | 'mobility'): number {
  return kind === 'strength' ? 60 : 30;
}
