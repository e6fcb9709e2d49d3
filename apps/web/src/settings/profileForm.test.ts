import { aboutYouFromForm } from '@veerkracht/core';
import { describe, expect, it } from 'vitest';
import { aboutYouFormOf, aboutYouIssueKey } from './profileForm';

describe('the settings form for age and episode start', () => {
  it('starts from the saved profile, so the person sees what the safety check uses', () => {
    expect(
      aboutYouFormOf({ ageYears: 52, ageAsOf: '2026-11-25', onsetDate: '2026-01-15', onsetApproximate: true }),
    ).toEqual({ age: '52', onsetDate: '2026-01-15', onsetApproximate: true });
    expect(aboutYouFormOf({ ageYears: 40, ageAsOf: '2026-11-25', onsetDate: '2026-01-15' }).onsetApproximate).toBe(
      false,
    );
  });

  it('is empty without a profile', () => {
    expect(aboutYouFormOf(undefined)).toEqual({ age: '', onsetDate: '', onsetApproximate: false });
  });

  it('has a message for every problem the core can find with age or start', () => {
    const today = '2026-11-25';
    const cases = [
      [
        { age: '', onsetDate: '', onsetApproximate: false },
        ['settings.error.ageRequired', 'settings.error.onsetRequired'],
      ],
      [
        { age: 'veertig', onsetDate: '2026-02-30', onsetApproximate: false },
        ['settings.error.ageNumber', 'settings.error.onsetInvalid'],
      ],
      [
        { age: '40,5', onsetDate: '2026-12-01', onsetApproximate: false },
        ['settings.error.ageWhole', 'settings.error.onsetFuture'],
      ],
      [{ age: '12', onsetDate: '2026-11-25', onsetApproximate: false }, ['settings.error.ageRange']],
    ] as const;
    for (const [form, keys] of cases) {
      const result = aboutYouFromForm(form, today);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues.map(aboutYouIssueKey)).toEqual(keys);
    }
  });
});
