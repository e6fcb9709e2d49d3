import {
  type NightSleep,
  nightsByDay,
  personalSleepTarget,
  RECORD,
  type SleepNight,
  type SleepPainInsight,
  type SleepTargetSetting,
  type Stored,
  sleepPainInsight,
} from '@veerkracht/core';
import { useMemo } from 'preact/hooks';
import { type App, useRecords } from '../data/app';
import { useProfile } from '../data/profile';
import { checkedRecordsOf } from '../data/records';
import { useCheckInsByDay } from '../data/useCheckIns';

/**
 * The sleep state of the app (docs/clinical-rules.md §5): every night from
 * the diary and the check-ins, the person's target, and the sleep–pain
 * insight, all derived by the core. Components only show them.
 */
export type SleepState = {
  nights: Map<string, NightSleep>;
  /** The diary record of each day, to update rather than add. */
  diaryByDay: Map<string, Stored<SleepNight>>;
  target: SleepTargetSetting & { own: boolean };
  ownTarget: Stored<SleepTargetSetting> | undefined;
};

export function useSleep(): SleepState {
  const records = useRecords();
  const checkIns = useCheckInsByDay();
  const age = useProfile()?.data.ageYears;
  return useMemo(() => {
    const diary = checkedRecordsOf(records, RECORD.sleepNight);
    const ownTarget = checkedRecordsOf(records, RECORD.sleepTarget).at(-1);
    const diaryByDay = new Map<string, Stored<SleepNight>>();
    for (const record of diary) diaryByDay.set(record.data.day, record);
    return {
      nights: nightsByDay(checkIns, diary),
      diaryByDay,
      target: personalSleepTarget(ownTarget?.data, age),
      ownTarget,
    };
  }, [records, checkIns, age]);
}

/** The sleep–pain insight for `today`, from every night and every check-in's pain. */
export function useSleepPainInsight(today: string): SleepPainInsight {
  const { nights, target } = useSleep();
  const checkIns = useCheckInsByDay();
  return useMemo(
    () =>
      sleepPainInsight({
        nights: [...nights.values()].map((night) => ({ day: night.day, hoursSlept: night.hoursSlept })),
        pains: [...checkIns.values()].map((checkIn) => ({ day: checkIn.data.date, pain: checkIn.data.pain })),
        minHours: target.minHours,
        today,
      }),
    [nights, checkIns, target.minHours, today],
  );
}

/** Saves a night of the diary, updating that day's diary record when there is one. */
export async function saveNight(app: App, night: SleepNight, existing: Stored<SleepNight> | undefined): Promise<void> {
  await app.saveRecord(RECORD.sleepNight, night, existing?.id);
}

/** Saves the person's own sleep target, or (with `undefined`) goes back to the advice for their age. */
export async function saveSleepTarget(
  app: App,
  target: SleepTargetSetting | undefined,
  existing: Stored<SleepTargetSetting> | undefined,
): Promise<void> {
  if (target) {
    await app.saveRecord(RECORD.sleepTarget, target, existing?.id);
    return;
  }
  // Deleted, not emptied: readers then fall back to the advice on every device.
  if (existing)
    await app.saveRecords([{ type: RECORD.sleepTarget, data: existing.data, id: existing.id, deleted: true }]);
}
