import { addDays, calendarDayAt, DEFAULT_TIME_ZONE, type Weekday, weekdayOf } from '../calendar/calendarDay.js';
import { outOfQuietHours, type ReminderInputs } from './reminderPlan.js';
import type { ReminderKind } from './reminderSettings.js';
import { reminderText } from './reminderTexts.js';

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

// Europe/Amsterdam's rules since 1996, for calendar apps that do not know the zone by name.
const AMSTERDAM = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Amsterdam',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export type CalendarFeedOptions = {
  now: number;
  lang: string;
  /** Makes the events' UIDs unique to this feed (e.g. the feed's id). */
  feedId: string;
  /** The app's address, for each event's link (e.g. `https://veerkracht.example`). */
  appUrl: string;
  timeZone?: string;
};

/**
 * The person's reminders as an iCalendar feed (RFC 5545) that any calendar
 * app can subscribe to (docs/clinical-rules.md §10.3): the check-in daily,
 * exercise on the programme's days and the weekly review on its day, as
 * repeating events, and each follow-up question still to come as a single
 * event, all with an alarm at the moment itself. Only kinds that are on. It
 * holds no health data: only the reminders' own words and links.
 *
 * @example
 * calendarFeed(inputs, { now: Date.now(), lang: 'nl', feedId: 'f1', appUrl: 'https://app.example' })
 * // 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…RRULE:FREQ=DAILY\r\n…END:VCALENDAR\r\n'
 */
export function calendarFeed(inputs: ReminderInputs, options: CalendarFeedOptions): string {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const { settings } = inputs;
  const stamp = utcStamp(options.now);
  const today = calendarDayAt(new Date(options.now), timeZone);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Veerkracht//Reminders//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:Veerkracht',
    `X-WR-TIMEZONE:${timeZone}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT6H',
    'X-PUBLISHED-TTL:PT6H',
    ...(timeZone === DEFAULT_TIME_ZONE ? AMSTERDAM : []),
  ];
  const event = (kind: ReminderKind, uid: string, start: string, path: string, rule?: string) => {
    const text = reminderText(kind, options.lang);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}-${options.feedId}@veerkracht`,
      `DTSTAMP:${stamp}`,
      start,
      'DURATION:PT10M',
      ...(rule ? [rule] : []),
      `SUMMARY:${escapeText(text.title)}`,
      `DESCRIPTION:${escapeText(text.body)}`,
      `URL:${options.appUrl}${path}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(text.title)}`,
      'TRIGGER:PT0M',
      'END:VALARM',
      'END:VEVENT',
    );
  };
  const local = (day: string, time: string) =>
    `DTSTART;TZID=${timeZone}:${day.replaceAll('-', '')}T${time.replace(':', '')}00`;
  const weekly = (days: readonly Weekday[]) => `RRULE:FREQ=WEEKLY;BYDAY=${days.map((day) => BYDAY[day - 1]).join(',')}`;
  if (settings.checkIn.on)
    event('check_in', 'check-in', local(today, settings.checkIn.time), '/check-in', 'RRULE:FREQ=DAILY');
  if (settings.exercise.on && inputs.exerciseDays.length > 0)
    event(
      'exercise',
      'exercise',
      local(firstOf(today, inputs.exerciseDays), settings.exercise.time),
      '/exercise',
      weekly(inputs.exerciseDays),
    );
  if (settings.review.on)
    event(
      'review',
      'review',
      local(firstOf(today, [inputs.reviewDay]), settings.review.time),
      '/review/week',
      weekly([inputs.reviewDay]),
    );
  if (settings.followUp.on)
    for (const followUp of inputs.followUps) {
      const at = outOfQuietHours(followUp.askFrom, settings, timeZone);
      // A question waiting more than a day is on Today already; the calendar keeps what is to come.
      if (at < options.now - 86_400_000) continue;
      event(
        'follow_up',
        `follow-up-${followUp.sessionId}-${followUp.askFrom}`,
        `DTSTART:${utcStamp(at)}`,
        followUp.path,
      );
    }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** The first day from `from` on that falls on one of `days` (ISO weekdays). */
function firstOf(from: string, days: readonly Weekday[]): string {
  for (let back = 0; back < 7; back++) {
    const day = addDays(from, back);
    if (days.includes(weekdayOf(day))) return day;
  }
  return from;
}

function utcStamp(ms: number): string {
  return `${new Date(ms).toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in text. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 §3.1: lines longer than 75 octets are folded, never inside a UTF-8 character. */
export function fold(line: string): string {
  if (utf8Length(line) <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = utf8Length(char);
    // The first line holds 75 octets; each continuation line starts with a space, so holds 74 more.
    if (size + bytes > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
