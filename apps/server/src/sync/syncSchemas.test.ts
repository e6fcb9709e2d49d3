import { MAX_CHANGES_PER_PUSH } from '@veerkracht/contract';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { parseInput } from '../http/validation.js';
import { parseSyncRequest, SyncRequest } from './syncSchemas.js';

/** What a parse gives: the value, or the 400's issues. */
function outcome(parse: () => unknown): unknown {
  try {
    return { value: parse() };
  } catch (error) {
    if (error instanceof AppError) return { status: error.status, issues: error.issues };
    throw error;
  }
}

describe('the sync request envelope', () => {
  it('accepts and rejects exactly what the schema does, with the same issues', () => {
    const cursor = fc.oneof(
      fc.nat(),
      fc.integer({ min: -5, max: -1 }),
      fc.constantFrom(0.5, -0, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, Number.NaN, '3', null, true),
    );
    const changes = fc.oneof(
      fc.array(fc.anything(), { maxLength: 3 }),
      fc.constant(Array.from({ length: MAX_CHANGES_PER_PUSH }, () => ({}))),
      fc.constant(Array.from({ length: MAX_CHANGES_PER_PUSH + 1 }, () => ({}))),
      fc.constantFrom({}, 'x', null, 1),
    );
    const body = fc.oneof(
      fc.record({ cursor, changes }, { requiredKeys: [] }),
      fc.record({ cursor, changes, extra: fc.anything() }, { requiredKeys: ['extra'] }),
      fc.anything(),
    );
    fc.assert(
      fc.property(body, (input) => {
        expect(outcome(() => parseSyncRequest(input))).toEqual(outcome(() => parseInput(SyncRequest, input)));
      }),
      { numRuns: 500 },
    );
  });

  it('gives an absent changes list as an empty one', () => {
    expect(parseSyncRequest({ cursor: 4 })).toEqual({ cursor: 4, changes: [] });
  });
});
