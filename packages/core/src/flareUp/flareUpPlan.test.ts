import { describe, expect, it } from 'vitest';
import { FLARE_UP_PLAN_PART_MAX_LENGTH, validateFlareUpPlan } from './flareUpPlan.js';

describe('validateFlareUpPlan', () => {
  it('accepts a plan in the person’s own words and keeps every part', () => {
    const plan = {
      helps: 'Een warme douche',
      scaleDown: 'Minder lang wandelen',
      contacts: 'Mijn fysiotherapeut',
      selfTalk: 'Dit gaat over',
      writtenOn: '2026-11-28',
    };
    expect(validateFlareUpPlan(plan)).toEqual({ ok: true, value: plan });
  });

  it('accepts a plan with one part, and leaves out parts of only spaces', () => {
    expect(validateFlareUpPlan({ selfTalk: 'Rustig aan', helps: '  ', writtenOn: '2026-11-28' })).toEqual({
      ok: true,
      value: { selfTalk: 'Rustig aan', writtenOn: '2026-11-28' },
    });
  });

  it.each([
    [{ writtenOn: '2026-11-28' }, 'helps'],
    [{ helps: '   ', writtenOn: '2026-11-28' }, 'helps'],
    [{ helps: 'x'.repeat(FLARE_UP_PLAN_PART_MAX_LENGTH + 1), writtenOn: '2026-11-28' }, 'helps'],
    [{ helps: 3, writtenOn: '2026-11-28' }, 'helps'],
    [{ helps: 'Rust' }, 'writtenOn'],
    [{ helps: 'Rust', writtenOn: '28-11-2026' }, 'writtenOn'],
    [{ helps: 'Rust', writtenOn: '2026-11-28', mood: 'ok' }, 'mood'],
  ])('refuses %j naming %s', (input, field) => {
    const result = validateFlareUpPlan(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.field)).toContain(field);
  });
});
