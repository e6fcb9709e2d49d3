import { REMINDER_TEXTS } from '@veerkracht/core';
import { defineTexts } from '../i18n/lazyTexts';

/**
 * The words of the reminders themselves (a notification, a calendar event).
 * The server sends them, so they live in the core; registered here so the
 * catalogue tests read them in both languages like every other text, and so
 * the settings page can show what a reminder will say.
 */
export const reminderTexts = defineTexts<(typeof REMINDER_TEXTS)['nl']>('reminders.words', {
  nl: async () => REMINDER_TEXTS.nl,
  en: async () => REMINDER_TEXTS.en,
});
