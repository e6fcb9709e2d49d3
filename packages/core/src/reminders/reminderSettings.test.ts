import { describe, expect, it } from 'vitest';
import {
  anyReminderOn,
  DEFAULT_REMINDER_SETTINGS,
  inQuietHours,
  validateReminderSettings,
} from './reminderSettings.js';

const fields = (result: { ok: boolean; issues?: { field: string }[] }) =>
  result.ok ? [] : (result.issues ?? []).map((issue) => issue.field);

describe('reminder settings (docs/clinical-rules.md §10.3)', () => {
  it('are all off by default, quiet from 22:00 to 08:00, and valid as they are', () => {
    expect(validateReminderSettings(DEFAULT_REMINDER_SETTINGS)).toEqual({ ok: true, value: DEFAULT_REMINDER_SETTINGS });
    expect(anyReminderOn(DEFAULT_REMINDER_SETTINGS)).toBe(false);
    expect(anyReminderOn({ ...DEFAULT_REMINDER_SETTINGS, followUp: { on: true } })).toBe(true);
  });

  it('refuse a chosen time inside the quiet hours, naming that time', () => {
    expect(
      fields(validateReminderSettings({ ...DEFAULT_REMINDER_SETTINGS, checkIn: { on: true, time: '23:00' } })),
    ).toEqual(['checkIn.time']);
    expect(
      fields(validateReminderSettings({ ...DEFAULT_REMINDER_SETTINGS, review: { on: true, time: '07:59' } })),
    ).toEqual(['review.time']);
    // A reminder that is off is never sent: its time may stay in the quiet hours.
    expect(validateReminderSettings({ ...DEFAULT_REMINDER_SETTINGS, review: { on: false, time: '07:59' } }).ok).toBe(
      true,
    );
    expect(validateReminderSettings({ ...DEFAULT_REMINDER_SETTINGS, review: { on: true, time: '08:00' } }).ok).toBe(
      true,
    );
  });

  it.each([
    ['a time that is not a time', { checkIn: { on: true, time: '8:00' } }, 'checkIn.time'],
    ['on that is not true or false', { exercise: { on: 'yes', time: '10:00' } }, 'exercise.on'],
    ['a time on follow-ups', { followUp: { on: true, time: '10:00' } }, 'followUp.time'],
    ['a missing kind', { review: undefined }, 'review'],
    ['a quiet hour that is not a time', { quietFrom: '25:00' }, 'quietFrom'],
    ['an unknown field', { lunch: { on: true } }, 'lunch'],
  ])('refuse %s, naming the field', (_, change, field) => {
    expect(fields(validateReminderSettings({ ...DEFAULT_REMINDER_SETTINGS, ...change }))).toContain(field);
  });

  it('read the quiet hours across midnight, start included and end not', () => {
    expect(inQuietHours('22:00', '22:00', '08:00')).toBe(true);
    expect(inQuietHours('03:00', '22:00', '08:00')).toBe(true);
    expect(inQuietHours('08:00', '22:00', '08:00')).toBe(false);
    expect(inQuietHours('21:59', '22:00', '08:00')).toBe(false);
    expect(inQuietHours('12:45', '12:30', '14:00')).toBe(true);
    expect(inQuietHours('14:00', '12:30', '14:00')).toBe(false);
    expect(inQuietHours('03:00', '08:00', '08:00')).toBe(false);
  });
});
