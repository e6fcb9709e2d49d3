import { describe, expect, it } from 'vitest';
import { problemOf, refusedFields } from './problems';

const timing = { sentAt: 0, receivedAt: 0, serverTimeMs: null };

describe('what a refused workspace form says', () => {
  it('marks each field the server named, and nothing for a failure that is not about a field', () => {
    const refused = {
      ok: false as const,
      kind: 'http' as const,
      status: 400,
      body: {
        error: 'invalid_request',
        issues: [
          { field: 'doses.0.targetReps', code: 'out_of_range', message: 'doses.0.targetReps must be 8 to 15' },
          { field: 'reason', code: 'required', message: 'reason is empty' },
        ],
      },
      timing,
    };
    expect([...refusedFields(refused)]).toEqual(['doses.0.targetReps', 'reason']);
    expect(problemOf(refused)).toBe('therapist.problem.invalid');
    const offline = { ok: false as const, kind: 'network' as const };
    expect(refusedFields(offline).size).toBe(0);
    expect(problemOf(offline)).toBe('therapist.problem.offline');
  });
});
