import type { Validated } from '@veerkracht/core';

/** The record's data as the core validator (the same the server uses) accepts it; throws otherwise. */
export function checked<T>(result: Validated<T>, type: string): T {
  if (!result.ok) throw new RangeError(`${type}: ${result.issues.map((issue) => issue.message).join('; ')}`);
  return result.value;
}
