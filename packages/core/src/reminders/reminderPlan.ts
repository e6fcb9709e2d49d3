import { addDays, calendarDayAt, DEFAULT_TIME_ZONE, type Weekday, weekdayOf } from '../calendar/calendarDay.js';
import { wallClockInstant, wallClockTimeAt } from '../calendar/zonedTime.js';
import { collectExerciseRecords, deriveProgrammes } from '../exercise/programmeState.js';
import { collectPlanRecords, derivePlans } from '../graded/planState.js';
import { followUpAsk } from '../graded/settledWithin.js';
import { latestWrite } from '../records/latestWrite.js';
import { RECORD } from '../records/recordNames.js';
import type { RecordReader } from '../records/recordReader.js';
import { reviewSettingsOf } from '../review/weeklyReview.js';
import {
  DEFAULT_REMINDER_SETTINGS,
  inQuietHours,
  type ReminderKind,
  type ReminderSettings,
} from './reminderSettings.js';

/** A follow-up question that will be (or is) waiting: when it may be asked, and the page that asks it. */
export type UpcomingFollowUp = { sessionId: string; askFrom: number; path: string };

/** Everything the reminders depend on, read from the person's records. */
export type ReminderInputs = {
  settings: ReminderSettings;
  /** The weekdays of the running exercise programme; empty without one. */
  exerciseDays: Weekday[];
  reviewDay: Weekday;
  followUps: UpcomingFollowUp[];
};

/** One reminder to send: `key` is the same for the same reminder on every computation, so it is sent once. */
export type ReminderOccurrence = { key: string; kind: ReminderKind; at: number; path: string };

// A moment far beyond any follow-up window: asking `followUpAsk` then gives the next moment it will ask.
const FAR_FUTURE = 8.64e15;

/**
 * Reads what the reminders depend on from the records: the reminder and
 * review settings, the running exercise programme's days, and every
 * follow-up question still to come or waiting (activity and exercise
 * sessions whose answer is open), at `now`.
 *
 * @example
 * reminderInputs(readerOf(records), Date.now()).followUps // [{ sessionId, askFrom: 1764356400000, path: '/follow-up/…' }]
 */
export function reminderInputs(read: RecordReader, now: number, timeZone = DEFAULT_TIME_ZONE): ReminderInputs {
  const settings = latestWrite(read(RECORD.reminderSettings))?.data ?? DEFAULT_REMINDER_SETTINGS;
  const reviewDay = reviewSettingsOf(read(RECORD.reviewSettings)).reviewDay;
  const plans = derivePlans(collectPlanRecords(read), { now, paused: false, timeZone });
  const programmes = deriveProgrammes(collectExerciseRecords(read), { now, paused: false, timeZone });
  const followUps: UpcomingFollowUp[] = [];
  // Time-mode plans never ask about symptoms (docs/clinical-rules.md §3).
  for (const plan of plans)
    if (plan.plan.mode === 'symptom')
      for (const session of [...plan.baselineSessions, ...plan.sessions]) {
        const ask = followUpAsk(session, FAR_FUTURE);
        if (ask) followUps.push({ sessionId: session.id, askFrom: ask.askFrom, path: `/follow-up/${session.id}` });
      }
  for (const programme of programmes)
    for (const session of programme.sessions) {
      const ask = followUpAsk(session, FAR_FUTURE);
      if (ask) followUps.push({ sessionId: session.id, askFrom: ask.askFrom, path: '/exercise' });
    }
  const running = programmes.filter((view) => view.programme.status === 'active').at(-1);
  return { settings, exerciseDays: running ? [...running.programme.days] : [], reviewDay, followUps };
}

/**
 * The reminders due from `from` (included) to `until` (not included), in
 * time order: the check-in every day at its time, exercise on the
 * programme's days, the weekly review on its day, and each follow-up
 * question when it may be asked. Only kinds that are on. A moment in the
 * quiet hours moves to their end (a chosen time never lies in them: the
 * settings refuse that). Each has the page it opens.
 *
 * @example
 * reminderOccurrences({ settings: { ...DEFAULT_REMINDER_SETTINGS, checkIn: { on: true, time: '20:00' } },
 *   exerciseDays: [], reviewDay: 7, followUps: [] }, Date.parse('2026-11-28T00:00:00Z'), Date.parse('2026-11-29T00:00:00Z'))
 * // [{ key: 'check_in:2026-11-28', kind: 'check_in', at: 1764356400000, path: '/check-in' }]
 */
export function reminderOccurrences(
  inputs: ReminderInputs,
  from: number,
  until: number,
  timeZone = DEFAULT_TIME_ZONE,
): ReminderOccurrence[] {
  const { settings } = inputs;
  const occurrences: ReminderOccurrence[] = [];
  const lastDay = calendarDayAt(new Date(until), timeZone);
  for (let day = calendarDayAt(new Date(from), timeZone); day <= lastDay; day = addDays(day, 1)) {
    const weekday = weekdayOf(day);
    const at = (time: string) => wallClockInstant(day, time, timeZone);
    if (settings.checkIn.on)
      occurrences.push({ key: `check_in:${day}`, kind: 'check_in', at: at(settings.checkIn.time), path: '/check-in' });
    if (settings.exercise.on && inputs.exerciseDays.includes(weekday))
      occurrences.push({ key: `exercise:${day}`, kind: 'exercise', at: at(settings.exercise.time), path: '/exercise' });
    if (settings.review.on && weekday === inputs.reviewDay)
      occurrences.push({ key: `review:${day}`, kind: 'review', at: at(settings.review.time), path: '/review/week' });
  }
  if (settings.followUp.on)
    for (const followUp of inputs.followUps)
      occurrences.push({
        key: `follow_up:${followUp.sessionId}:${followUp.askFrom}`,
        kind: 'follow_up',
        at: outOfQuietHours(followUp.askFrom, settings, timeZone),
        path: followUp.path,
      });
  return occurrences
    .filter((item) => item.at >= from && item.at < until)
    .sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : 1));
}

/**
 * The moment itself, or the end of the quiet hours when it falls in them.
 *
 * @example
 * new Date(outOfQuietHours(Date.parse('2026-11-28T22:30:00Z'), DEFAULT_REMINDER_SETTINGS)).toISOString()
 * // '2026-11-29T07:00:00.000Z' (23:30 in Amsterdam moves to 08:00 the next morning)
 */
export function outOfQuietHours(
  at: number,
  settings: Pick<ReminderSettings, 'quietFrom' | 'quietUntil'>,
  timeZone = DEFAULT_TIME_ZONE,
): number {
  const time = wallClockTimeAt(at, timeZone);
  if (!inQuietHours(time, settings.quietFrom, settings.quietUntil)) return at;
  const day = calendarDayAt(new Date(at), timeZone);
  // Past midnight inside the quiet hours the end is the same day; before midnight, the next.
  const endDay = time < settings.quietUntil ? day : addDays(day, 1);
  return wallClockInstant(endDay, settings.quietUntil, timeZone);
}
