import { dayOfInstant } from '@veerkracht/core';

/** The person's calendar day of a stored instant, or `undefined` if it cannot be read. */
export function dayOfInstantOrUndefined(at: string): string | undefined {
  try {
    return dayOfInstant(at);
  } catch {
    return undefined;
  }
}
