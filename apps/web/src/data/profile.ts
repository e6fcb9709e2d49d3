import { type AboutYou, type Profile, RECORD, type Stored } from '@veerkracht/core';
import type { App } from './app';
import { useRecordsOf } from './records';

/**
 * The person's profile (age, start of this episode) is shared by several
 * features (the safety check asks for it, settings edits it), so it lives in
 * the data layer rather than in one feature.
 */
export function useProfile(): Stored<Profile> | undefined {
  return useRecordsOf(RECORD.profile).at(-1);
}

/** Saves the person's age and the start of this episode, updating their profile record when something changed. */
export async function saveProfile(
  app: App,
  about: AboutYou,
  today: string,
  existing: Stored<Profile> | undefined,
): Promise<void> {
  const data: Profile = {
    ageYears: about.ageYears,
    ageAsOf: today,
    onsetDate: about.onsetDate,
    ...(about.onsetApproximate ? { onsetApproximate: true } : {}),
  };
  const same =
    existing &&
    existing.data.ageYears === data.ageYears &&
    existing.data.onsetDate === data.onsetDate &&
    Boolean(existing.data.onsetApproximate) === Boolean(data.onsetApproximate);
  if (!same) await app.saveRecord(RECORD.profile, data, existing?.id);
}
