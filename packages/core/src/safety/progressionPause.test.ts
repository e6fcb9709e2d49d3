import { describe, expect, it } from 'vitest';
import { progressionPaused } from './progressionPause.js';

describe('progressionPaused', () => {
  it('pauses for an emergency or gp_soon result without a later confirmation', () => {
    expect(progressionPaused([{ completedAt: '2026-11-20T10:00:00Z', tier: 'emergency' }], [])).toBe(true);
    expect(
      progressionPaused([{ completedAt: '2026-11-20T10:00:00Z', tier: 'gp_soon' }], [{ at: '2026-11-19T10:00:00Z' }]),
    ).toBe(true);
  });

  it('does not pause for review or none', () => {
    expect(
      progressionPaused(
        [
          { completedAt: '2026-11-20T10:00:00Z', tier: 'review' },
          { completedAt: '2026-11-21T10:00:00Z', tier: 'none' },
        ],
        [],
      ),
    ).toBe(false);
  });

  it('lifts the pause with a confirmation after the check, and pauses again for a newer red flag', () => {
    const checks = [{ completedAt: '2026-11-20T10:00:00+01:00', tier: 'gp_soon' as const }];
    expect(progressionPaused(checks, [{ at: '2026-11-20T09:30:00Z' }])).toBe(false);
    expect(
      progressionPaused(
        [...checks, { completedAt: '2026-11-25T10:00:00Z', tier: 'emergency' }],
        [{ at: '2026-11-22T09:30:00Z' }],
      ),
    ).toBe(true);
  });

  it('does not let a later clean check lift the pause', () => {
    expect(
      progressionPaused(
        [
          { completedAt: '2026-11-20T10:00:00Z', tier: 'gp_soon' },
          { completedAt: '2026-11-24T10:00:00Z', tier: 'none' },
        ],
        [],
      ),
    ).toBe(true);
  });
});
