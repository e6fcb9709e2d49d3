import type { PatientListEntryBody } from '@veerkracht/contract';
import type { AttentionFlag } from '@veerkracht/core';
import type { MessageKey, PluralKey } from '../i18n/i18n';

/** A flag's short name, for the filter and the badge. */
export const FLAG_NAMES: Record<AttentionFlag, MessageKey> = {
  safety: 'therapist.flag.safety',
  concern: 'therapist.flag.concern',
  not_settled: 'therapist.flag.notSettled',
  rising_pain: 'therapist.flag.risingPain',
  no_check_in: 'therapist.flag.noCheckIn',
  high_stress: 'therapist.flag.highStress',
};

/** A flag's facts as a text and its values, or as a plural text and its count. */
export type FlagFact =
  | { flag: AttentionFlag; key: MessageKey; params: Record<string, string | number> }
  | { flag: AttentionFlag; plural: PluralKey; count: number };

const TIERS = {
  emergency: 'therapist.tier.emergency',
  gp_soon: 'therapist.tier.gpSoon',
  review: 'therapist.tier.review',
} as const satisfies Record<string, MessageKey>;

/**
 * The facts beside each flag of a patient, as text keys and their values
 * (clinical §11: "pain 6.1 this week, 3.4 the week before"). Days are
 * written by `day` (the page's date format); numbers stay numbers.
 *
 * @example
 * flagFacts({ flags: ['rising_pain'], facts: { painThisWeek: 6.1, painWeekBefore: 3.4, … }, … })
 * // [{ flag, key: 'therapist.fact.risingPain', params: { now: 6.1, before: 3.4 } }]
 */
export function flagFacts(entry: PatientListEntryBody, day: (isoDate: string) => string = (d) => d): FlagFact[] {
  const facts: Record<AttentionFlag, (flag: AttentionFlag) => FlagFact> = {
    safety: (flag): FlagFact => ({ flag, key: TIERS[entry.openSafetyTier ?? 'review'], params: {} }),
    concern: (flag): FlagFact => ({ flag, plural: 'therapist.fact.concern', count: entry.openConcerns }),
    not_settled: (flag): FlagFact => ({
      flag,
      key: 'therapist.fact.notSettled',
      params: { days: entry.facts.unsettledDays.map(day).join(', ') },
    }),
    rising_pain: (flag): FlagFact => ({
      flag,
      key: 'therapist.fact.risingPain',
      params: { now: entry.facts.painThisWeek ?? 0, before: entry.facts.painWeekBefore ?? 0 },
    }),
    no_check_in: (flag): FlagFact =>
      entry.lastCheckIn
        ? { flag, key: 'therapist.fact.noCheckIn', params: { day: day(entry.lastCheckIn) } }
        : { flag, key: 'therapist.fact.neverCheckedIn', params: {} },
    high_stress: (flag): FlagFact => ({
      flag,
      key: 'therapist.fact.highStress',
      params: { days: entry.facts.highStressDays },
    }),
  };
  return entry.flags.map((flag) => facts[flag](flag));
}
