import type { ReminderKind } from './reminderSettings.js';

/** The words of one reminder: a push notification's title and text, a calendar event's summary and description. */
export type ReminderText = { title: string; body: string };
export type ReminderLang = 'nl' | 'en';

/**
 * What a reminder says, in both languages. The server sends these (a push
 * message, the calendar feed), so they live in the core; the web app
 * registers them with its texts, so the catalogue tests (both languages, the
 * wording rules) read them too. They never hold health data: a lock screen
 * or a shared calendar shows them.
 */
export const REMINDER_TEXTS: Readonly<Record<ReminderLang, Readonly<Record<ReminderKind, ReminderText>>>> = {
  nl: {
    check_in: { title: 'Tijd voor je check-in', body: 'Het kost je een minuut. Open Veerkracht om hem in te vullen.' },
    exercise: { title: 'Vandaag is een oefendag', body: 'Open Veerkracht voor je oefeningen van vandaag.' },
    follow_up: { title: 'Er wacht een korte vraag', body: 'Open Veerkracht om de vraag te beantwoorden.' },
    review: { title: 'Tijd voor je weekoverzicht', body: 'Kijk even terug op je week. Het duurt ongeveer 3 minuten.' },
  },
  en: {
    check_in: { title: 'Time for your check-in', body: 'It takes a minute. Open Veerkracht to fill it in.' },
    exercise: { title: 'Today is an exercise day', body: 'Open Veerkracht for today’s exercises.' },
    follow_up: { title: 'A short question is waiting', body: 'Open Veerkracht to answer the question.' },
    review: {
      title: 'Time for your weekly review',
      body: 'Take a moment to look back on your week. It takes about 3 minutes.',
    },
  },
};

/**
 * The words of a reminder in a language (Dutch for anything else).
 *
 * @example
 * reminderText('check_in', 'en').title // 'Time for your check-in'
 */
export function reminderText(kind: ReminderKind, lang: string): ReminderText {
  return REMINDER_TEXTS[lang === 'en' ? 'en' : 'nl'][kind];
}
