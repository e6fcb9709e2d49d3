import { addDays, DEFAULT_TIME_ZONE, isIsoDate } from '../calendar/calendarDay.js';
import { CLOCK_TIME } from '../calendar/clockTime.js';
import { wallClockInstant } from '../calendar/zonedTime.js';
import type { CheckIn } from '../checkIn/checkIn.js';
import type { Stored } from '../safety/safetyJourney.js';
import { sleepTarget } from './sleepTarget.js';

/**
 * One night in the sleep diary (`sleep_night` record), kept by the day the
 * person woke up: the same day the morning check-in is about, so a night
 * pairs with that day's pain (docs/clinical-rules.md §5.1). Bedtime and wake
 * time are clock times (HH:MM) where the person lives; hours slept is
 * computed from them but the person may change it (lying awake for an hour).
 */
export type SleepNight = {
  day: string;
  bedtime?: string;
  wakeTime?: string;
  hoursSlept: number;
  quality?: number;
};

/** The person's own sleep target (`sleep_target` record), inside 6–10 hours (docs/clinical-rules.md §5). */
export type SleepTargetSetting = { minHours: number; maxHours: number };

/** A sleep target moves in half hours. */
export const SLEEP_TARGET_STEP = 0.5;

/**
 * Hours from `bedtime` to `wakeTime` for a night that ended on `day`, by the
 * real time that passed where the person lives (default Europe/Amsterdam), in
 * quarter hours. A bedtime later on the clock than the wake time (or the
 * same) was the evening before; an earlier one was after midnight. In the
 * night the clocks go back an hour, 23:00 to 07:00 is 9 hours; in spring, 7.
 *
 * @example
 * hoursSleptBetween('2026-11-28', '23:00', '07:00') // 8
 * hoursSleptBetween('2026-11-28', '00:30', '06:45') // 6.25
 * hoursSleptBetween('2026-10-25', '23:00', '07:00') // 9 (clocks back that night)
 * hoursSleptBetween('2026-03-29', '23:00', '07:00') // 7 (clocks forward)
 */
export function hoursSleptBetween(
  day: string,
  bedtime: string,
  wakeTime: string,
  timeZone = DEFAULT_TIME_ZONE,
): number {
  if (!isIsoDate(day)) throw new RangeError('day must be a date that exists (YYYY-MM-DD)');
  if (!CLOCK_TIME.test(bedtime)) throw new RangeError('bedtime must be a time of day (HH:MM)');
  if (!CLOCK_TIME.test(wakeTime)) throw new RangeError('wakeTime must be a time of day (HH:MM)');
  const bedDay = bedtime >= wakeTime ? addDays(day, -1) : day;
  const ms = wallClockInstant(day, wakeTime, timeZone) - wallClockInstant(bedDay, bedtime, timeZone);
  const quarters = Math.round(ms / 900_000);
  // Clamp to the diary's range: a spring night of 23:59 to 00:00 could come out just below zero.
  return Math.min(24, Math.max(0, quarters / 4));
}

/** The sleep of one night as the app shows it, from the diary or from that day's check-in. */
export type NightSleep = SleepNight & { fromCheckIn: boolean };

/**
 * The sleep of every night: from the sleep diary or from the morning
 * check-in, whichever the person wrote last (by record clock), so an edit in
 * either place counts. A check-in without hours slept says nothing about the
 * night. Diary records are expected as a `RecordReader` gives them (one per
 * day is usual; with more, the latest counts).
 *
 * @example
 * nightsByDay(checkInsByDay(read), read(RECORD.sleepNight))
 * // Map { '2026-11-28' → { day, hoursSlept: 7.5, quality: 4, fromCheckIn: false }, … }
 */
export function nightsByDay(
  checkIns: ReadonlyMap<string, { hlc: string; data: CheckIn }>,
  diary: readonly Stored<SleepNight>[],
): Map<string, NightSleep> {
  const latest = new Map<string, { hlc: string; night: NightSleep }>();
  const offer = (hlc: string, night: NightSleep) => {
    const current = latest.get(night.day);
    if (!current || hlc > current.hlc) latest.set(night.day, { hlc, night });
  };
  for (const [day, record] of checkIns) {
    const { sleepHours, sleepQuality, bedtime, wakeTime } = record.data;
    if (sleepHours === undefined) continue;
    const night: NightSleep = { day, hoursSlept: sleepHours, fromCheckIn: true };
    if (bedtime !== undefined && wakeTime !== undefined) {
      night.bedtime = bedtime;
      night.wakeTime = wakeTime;
    }
    if (sleepQuality !== undefined) night.quality = sleepQuality;
    offer(record.hlc, night);
  }
  for (const record of diary) offer(record.hlc, { ...record.data, fromCheckIn: false });
  return new Map([...latest].map(([day, { night }]) => [day, night]));
}

/**
 * The person's sleep target: their own when they set one, otherwise the
 * recommendation for their age (`sleepTarget`), otherwise the adult range 7–9.
 *
 * @example
 * personalSleepTarget(undefined, 70) // { minHours: 7, maxHours: 8, own: false }
 * personalSleepTarget({ minHours: 6.5, maxHours: 8 }, 40) // { minHours: 6.5, maxHours: 8, own: true }
 */
export function personalSleepTarget(
  own: SleepTargetSetting | undefined,
  ageYears: number | undefined,
): SleepTargetSetting & { own: boolean } {
  if (own) return { ...own, own: true };
  // An age the safety check accepted is 18–120; anything else falls back to the range for every adult.
  const adult = ageYears !== undefined && ageYears >= 18 && ageYears <= 120 ? ageYears : 18;
  return { ...sleepTarget(adult), own: false };
}
