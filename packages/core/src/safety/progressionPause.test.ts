import { describe, expect, it } from 'vitest';
import { progressionPaused, safetyPause } from './progressionPause.js';
import type { SafetyItemId } from './safetyItems.js';

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

describe('safetyPause: a clearance covers what it cleared', () => {
  const at = (day: number) => `2026-10-${String(day).padStart(2, '0')}T10:00:00Z`;
  const gp = (day: number, ...reasons: SafetyItemId[]) => ({ completedAt: at(day), tier: 'gp_soon' as const, reasons });

  it('does not pause the 28-day check again for a lasting fact the doctor has seen', () => {
    const pause = safetyPause([gp(1, 'cancer_history'), gp(29, 'cancer_history')], [{ at: at(5) }]);
    expect(pause.paused).toBe(false);
    expect(pause.checks[1]).toEqual({ pauses: false, knownToDoctor: ['cancer_history'], newReasons: [] });
  });

  it('pauses again for a new reason, and lists the covered one as known to the doctor', () => {
    const pause = safetyPause([gp(1, 'infection_risk'), gp(29, 'infection_risk', 'fever_or_unwell')], [{ at: at(5) }]);
    expect(pause.paused).toBe(true);
    expect(pause.pausingIndex).toBe(1);
    expect(pause.checks[1]).toEqual({
      pauses: true,
      knownToDoctor: ['infection_risk'],
      newReasons: ['fever_or_unwell'],
    });
  });

  it('pauses again for any emergency reason, even one answered yes before the clearance', () => {
    const emergency = (day: number) => ({
      completedAt: at(day),
      tier: 'emergency' as const,
      reasons: ['bladder_change'] as SafetyItemId[],
    });
    const pause = safetyPause([emergency(1), emergency(20)], [{ at: at(5) }]);
    expect(pause.paused).toBe(true);
    expect(pause.checks[1]?.newReasons).toEqual(['bladder_change']);
  });

  it('treats sudden severe pain at 40 or younger (gp_soon) as new every time', () => {
    const pain = (day: number) => gp(day, 'sudden_severe_pain');
    expect(safetyPause([pain(1), pain(20)], [{ at: at(5) }]).paused).toBe(true);
  });

  it('covers only what was open when the clearance was given', () => {
    // Cleared on day 5; fever appears on day 10 and was never cleared.
    const pause = safetyPause(
      [gp(1, 'cancer_history'), gp(10, 'fever_or_unwell'), gp(29, 'cancer_history')],
      [{ at: at(5) }],
    );
    expect(pause.paused).toBe(true);
    expect(pause.pausingIndex).toBe(1);
    expect(pause.checks[2]?.knownToDoctor).toEqual(['cancer_history']);
  });

  it('lifts a pause only with a clearance, in whatever order the lists come', () => {
    const checks = [gp(29, 'cancer_history'), gp(1, 'cancer_history')];
    expect(safetyPause(checks, [{ at: at(5) }]).paused).toBe(false);
    expect(safetyPause(checks, []).paused).toBe(true);
    expect(safetyPause([gp(1, 'cancer_history'), { completedAt: at(3), tier: 'none', reasons: [] }], []).paused).toBe(
      true,
    );
  });

  it('lets a clearance given at the same moment as a check cover that check', () => {
    expect(safetyPause([gp(1, 'major_trauma')], [{ at: at(1) }]).paused).toBe(false);
  });

  it('never pauses for review reasons, and marks covered reasons of a clean check too', () => {
    const pause = safetyPause(
      [{ completedAt: at(1), tier: 'review', reasons: ['axspa_psoriasis', 'axspa_arthritis', 'axspa_buttock_pain'] }],
      [],
    );
    expect(pause).toEqual({ paused: false, checks: [{ pauses: false, knownToDoctor: [], newReasons: [] }] });
  });
});
