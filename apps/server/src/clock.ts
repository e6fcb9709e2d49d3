/**
 * The time source of the server. Injected everywhere, so tests can fix or move
 * time; nothing else reads `Date.now()`.
 */
export type Clock = {
  /** Milliseconds since the Unix epoch. */
  now(): number;
};

export const systemClock: Clock = { now: () => Date.now() };

/** The clock's time as an ISO 8601 UTC string, the form timestamps are stored in. */
export function isoNow(clock: Clock): string {
  return new Date(clock.now()).toISOString();
}
