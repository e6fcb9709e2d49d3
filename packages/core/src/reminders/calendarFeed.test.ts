import { describe, expect, it } from 'vitest';
import { calendarFeed, escapeText, fold } from './calendarFeed.js';
import type { ReminderInputs } from './reminderPlan.js';
import { DEFAULT_REMINDER_SETTINGS } from './reminderSettings.js';
import { REMINDER_TEXTS } from './reminderTexts.js';

const NOW = Date.parse('2026-11-25T12:00:00+01:00'); // a Wednesday
const options = { now: NOW, lang: 'nl', feedId: 'feed1', appUrl: 'https://app.example' };
const inputs: ReminderInputs = {
  settings: {
    ...DEFAULT_REMINDER_SETTINGS,
    checkIn: { on: true, time: '20:00' },
    exercise: { on: true, time: '10:00' },
    followUp: { on: true },
    review: { on: true, time: '19:00' },
  },
  exerciseDays: [1, 4],
  reviewDay: 7,
  followUps: [
    { sessionId: 's1', askFrom: Date.parse('2026-11-25T23:30:00+01:00'), path: '/follow-up/s1' },
    { sessionId: 'old', askFrom: Date.parse('2026-11-20T18:00:00+01:00'), path: '/follow-up/old' },
  ],
};

/** The events of a feed, each as its unfolded property lines. */
function events(feed: string): Map<string, string>[] {
  const lines = feed.replace(/\r\n /g, '').split('\r\n');
  const found: Map<string, string>[] = [];
  let current: Map<string, string> | null = null;
  let depth = 0;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT' && current) {
      found.push(current);
      current = null;
    } else if (line === 'BEGIN:VALARM') depth += 1;
    else if (line === 'END:VALARM') depth -= 1;
    else if (current && depth === 0) {
      const colon = line.indexOf(':');
      current.set(line.slice(0, colon), line.slice(colon + 1));
    }
  }
  return found;
}

describe('calendarFeed (RFC 5545; docs/clinical-rules.md §10.3)', () => {
  const feed = calendarFeed(inputs, options);

  it('is one calendar with CRLF lines, the Amsterdam zone, and an alarm on every event', () => {
    expect(feed.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(feed.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(feed).toContain('TZID:Europe/Amsterdam');
    expect(feed.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(feed.match(/BEGIN:VALARM/g)).toHaveLength(4);
    expect(feed).not.toMatch(/[^\r]\n/);
  });

  it('repeats the check-in daily, exercise on the programme days and the review weekly, from their next day', () => {
    const [checkIn, exercise, review] = events(feed);
    expect(checkIn?.get('DTSTART;TZID=Europe/Amsterdam')).toBe('20261125T200000');
    expect(checkIn?.get('RRULE')).toBe('FREQ=DAILY');
    expect(checkIn?.get('SUMMARY')).toBe(REMINDER_TEXTS.nl.check_in.title);
    expect(checkIn?.get('URL')).toBe('https://app.example/check-in');
    expect(checkIn?.get('UID')).toBe('check-in-feed1@veerkracht');
    expect(exercise?.get('DTSTART;TZID=Europe/Amsterdam')).toBe('20261126T100000');
    expect(exercise?.get('RRULE')).toBe('FREQ=WEEKLY;BYDAY=MO,TH');
    expect(review?.get('DTSTART;TZID=Europe/Amsterdam')).toBe('20261129T190000');
    expect(review?.get('RRULE')).toBe('FREQ=WEEKLY;BYDAY=SU');
  });

  it('holds each follow-up still to come once, moved out of the quiet hours, in UTC', () => {
    const followUps = events(feed).filter((event) => event.get('UID')?.startsWith('follow-up'));
    expect(followUps).toHaveLength(1);
    expect(followUps[0]?.get('DTSTART')).toBe('20261126T070000Z');
    expect(followUps[0]?.get('URL')).toBe('https://app.example/follow-up/s1');
  });

  it('holds only the kinds that are on, in the chosen language, and no health data', () => {
    const some = calendarFeed(
      { ...inputs, settings: { ...DEFAULT_REMINDER_SETTINGS, review: { on: true, time: '19:00' } } },
      { ...options, lang: 'en' },
    );
    expect(events(some).map((event) => event.get('SUMMARY'))).toEqual(['Time for your weekly review']);
    expect(events(calendarFeed({ ...inputs, settings: DEFAULT_REMINDER_SETTINGS }, options))).toEqual([]);
    expect(feed).not.toMatch(/pijn|pain|slaap|sleep|stress/i);
  });
});

describe('iCalendar text', () => {
  it('escapes backslash, semicolon, comma and newline', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'é'.repeat(60)}`;
    const folded = fold(line);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(fold('SHORT:1')).toBe('SHORT:1');
  });
});
