import { daysBetween } from '../calendar/calendarDay.js';
import { stressStaysHigh } from './stressStaysHigh.js';

/** Notices the app shows at most now and then, remembered on every device (`notice_shown` record). */
export const NOTICES = ['stress_high'] as const;
export type Notice = (typeof NOTICES)[number];
export type NoticeShown = { notice: Notice; day: string };

/** The suggestion to talk to the therapist or GP comes back at most once a week (docs/clinical-rules.md §6.1). */
export const STRESS_NOTICE_EVERY_DAYS = 7;

/**
 * Whether to suggest, today, talking to the therapist or GP about stress:
 * stress stays high (`stressStaysHigh`) and the suggestion was not shown in
 * the 6 days before (so at most once a week). Showing it again on the day it
 * was first shown is fine: the person may reload the page.
 *
 * @example
 * stressNoticeDue(highWeek, '2026-11-28', []) // true
 * stressNoticeDue(highWeek, '2026-11-28', ['2026-11-24']) // false (shown 4 days ago)
 * stressNoticeDue(highWeek, '2026-11-28', ['2026-11-28']) // true (the same day, still shown)
 */
export function stressNoticeDue(
  entries: readonly { day: string; stress: number }[],
  today: string,
  shownOn: readonly string[],
): boolean {
  if (!stressStaysHigh(entries, today)) return false;
  return shownOn.every((day) => {
    const age = daysBetween(day, today);
    return age === 0 || age >= STRESS_NOTICE_EVERY_DAYS || age < 0;
  });
}
