/**
 * The clock of a session, as plain values: where the session is (`position`,
 * which a guide's previous and next step move) and how long it really ran
 * (`active`, which only running time adds to). Every function takes the
 * moment `at` (ms on the device clock), so the clock never drifts on a busy
 * phone: time is worked out from moments, never counted in ticks.
 */
export type ElapsedClock = {
  /** When the current run started, or `null` while paused (or not started). */
  runningSince: number | null;
  /** The position when the current run started (or now, while paused), ms. */
  positionBefore: number;
  /** Running time before the current run, ms. */
  activeBefore: number;
};

export const STOPPED_CLOCK: ElapsedClock = { runningSince: null, positionBefore: 0, activeBefore: 0 };

/** A clock that starts running at `at`, from zero. */
export function startClock(at: number): ElapsedClock {
  return { runningSince: at, positionBefore: 0, activeBefore: 0 };
}

const ranFor = (clock: ElapsedClock, at: number) =>
  clock.runningSince === null ? 0 : Math.max(0, at - clock.runningSince);

/**
 * The position at `at`, ms.
 *
 * @example
 * positionAt(startClock(1_000), 4_500) // 3500
 */
export function positionAt(clock: ElapsedClock, at: number): number {
  return clock.positionBefore + ranFor(clock, at);
}

/**
 * The time the clock ran until `at`, ms: pauses and jumps do not count.
 *
 * @example
 * activeAt(seekClock(startClock(0), 10_000, 60_000), 12_000) // 12000 (the position is 62000)
 */
export function activeAt(clock: ElapsedClock, at: number): number {
  return clock.activeBefore + ranFor(clock, at);
}

/** The clock paused at `at` (unchanged when already paused). */
export function pauseClock(clock: ElapsedClock, at: number): ElapsedClock {
  if (clock.runningSince === null) return clock;
  return { runningSince: null, positionBefore: positionAt(clock, at), activeBefore: activeAt(clock, at) };
}

/** The clock running again from `at` (unchanged when already running). */
export function resumeClock(clock: ElapsedClock, at: number): ElapsedClock {
  return clock.runningSince === null ? { ...clock, runningSince: at } : clock;
}

/** The clock moved to position `positionMs` at `at`, running or paused as it was; the time it ran is kept. */
export function seekClock(clock: ElapsedClock, at: number, positionMs: number): ElapsedClock {
  const running = clock.runningSince !== null;
  return {
    runningSince: running ? at : null,
    positionBefore: Math.max(0, positionMs),
    activeBefore: activeAt(clock, at),
  };
}
