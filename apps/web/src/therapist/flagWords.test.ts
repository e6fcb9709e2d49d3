import type { PatientListEntryBody } from '@veerkracht/contract';
import { describe, expect, it } from 'vitest';
import { flagFacts } from './flagWords';

const entry = (change: Partial<PatientListEntryBody>): PatientListEntryBody => ({
  patientId: 'p',
  label: 'Mw. A',
  linkedSince: '2026-10-01',
  lastCheckIn: '2026-11-20',
  flags: [],
  openSafetyTier: null,
  openConcerns: 0,
  facts: { checkInsThisWeek: 0, checkInsWeekBefore: 0, highStressDays: 0, unsettledDays: [] },
  ...change,
});

describe('flagFacts', () => {
  it('gives each flag its facts, in the order of the flags', () => {
    const facts = flagFacts(
      entry({
        flags: ['safety', 'concern', 'rising_pain', 'high_stress'],
        openSafetyTier: 'gp_soon',
        openConcerns: 2,
        facts: {
          painThisWeek: 6.1,
          painWeekBefore: 3.4,
          checkInsThisWeek: 5,
          checkInsWeekBefore: 4,
          highStressDays: 4,
          unsettledDays: [],
        },
      }),
    );
    expect(facts).toEqual([
      { flag: 'safety', key: 'therapist.tier.gpSoon', params: {} },
      { flag: 'concern', plural: 'therapist.fact.concern', count: 2 },
      { flag: 'rising_pain', key: 'therapist.fact.risingPain', params: { now: 6.1, before: 3.4 } },
      { flag: 'high_stress', key: 'therapist.fact.highStress', params: { days: 4 } },
    ]);
  });

  it('says when there never was a check-in, and names the unsettled days', () => {
    expect(flagFacts(entry({ flags: ['no_check_in'], lastCheckIn: null }))).toEqual([
      { flag: 'no_check_in', key: 'therapist.fact.neverCheckedIn', params: {} },
    ]);
    expect(flagFacts(entry({ flags: ['no_check_in'] }))).toEqual([
      { flag: 'no_check_in', key: 'therapist.fact.noCheckIn', params: { day: '2026-11-20' } },
    ]);
    const unsettled = entry({
      flags: ['not_settled'],
      facts: {
        checkInsThisWeek: 1,
        checkInsWeekBefore: 0,
        highStressDays: 0,
        unsettledDays: ['2026-11-26', '2026-11-28'],
      },
    });
    expect(flagFacts(unsettled)).toEqual([
      { flag: 'not_settled', key: 'therapist.fact.notSettled', params: { days: '2026-11-26, 2026-11-28' } },
    ]);
  });
});
