import { describe, expect, it } from 'vitest';
import { validateRelaxationSession } from './relaxationSession.js';

const startedAt = '2026-11-28T21:00:00+01:00';

describe('validateRelaxationSession', () => {
  it('accepts a pacer session with its pace', () => {
    const session = {
      kind: 'breathing_pacer',
      startedAt,
      plannedSeconds: 300,
      doneSeconds: 120,
      inhaleSeconds: 4,
      exhaleSeconds: 6,
    };
    expect(validateRelaxationSession(session)).toEqual({ ok: true, value: session });
  });

  it('accepts a guide without a pace', () => {
    const session = { kind: 'body_scan', startedAt, plannedSeconds: 480, doneSeconds: 480 };
    expect(validateRelaxationSession(session)).toEqual({ ok: true, value: session });
  });

  it.each([
    [{ kind: 'yoga', startedAt, plannedSeconds: 60, doneSeconds: 60 }, 'kind'],
    [{ kind: 'mindfulness', startedAt: '2026-11-28 21:00', plannedSeconds: 60, doneSeconds: 60 }, 'startedAt'],
    [{ kind: 'mindfulness', startedAt, plannedSeconds: 60, doneSeconds: 61 }, 'doneSeconds'],
    [{ kind: 'mindfulness', startedAt, plannedSeconds: 0, doneSeconds: 0 }, 'plannedSeconds'],
    [{ kind: 'mindfulness', startedAt, plannedSeconds: 60, doneSeconds: 1.5 }, 'doneSeconds'],
    [{ kind: 'mindfulness', startedAt, plannedSeconds: 60, doneSeconds: 60, inhaleSeconds: 4 }, 'inhaleSeconds'],
    [{ kind: 'breathing_pacer', startedAt, plannedSeconds: 60, doneSeconds: 60 }, 'inhaleSeconds'],
    [
      { kind: 'breathing_pacer', startedAt, plannedSeconds: 60, doneSeconds: 60, inhaleSeconds: 6, exhaleSeconds: 4 },
      'exhaleSeconds',
    ],
    [
      { kind: 'breathing_pacer', startedAt, plannedSeconds: 60, doneSeconds: 60, inhaleSeconds: 1, exhaleSeconds: 2 },
      'inhaleSeconds',
    ],
  ])('refuses %j naming %s', (input, field) => {
    const result = validateRelaxationSession(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.field)).toContain(field);
  });
});
