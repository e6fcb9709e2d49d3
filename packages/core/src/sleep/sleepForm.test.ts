import { describe, expect, it } from 'vitest';
import { hoursTextFromTimes, sleepFormFor, sleepNightInputFromForm } from './sleepForm.js';
import { validateSleepNight } from './sleepRecords.js';

describe('the sleep diary form', () => {
  it('fills the hours from the two times, with the person’s decimal mark', () => {
    expect(hoursTextFromTimes('2026-11-28', '23:15', '07:00', ',')).toBe('7,75');
    expect(hoursTextFromTimes('2026-11-28', '23:15', '07:00', '.')).toBe('7.75');
  });

  it('leaves the hours alone while a time is missing or not a time', () => {
    expect(hoursTextFromTimes('2026-11-28', '', '07:00')).toBeUndefined();
    expect(hoursTextFromTimes('2026-11-28', '23:15', '7')).toBeUndefined();
  });

  it('reads back what it wrote, so an opened night saves unchanged', () => {
    const night = { day: '2026-11-28', bedtime: '23:15', wakeTime: '07:00', hoursSlept: 7.75, quality: 4 };
    const form = sleepFormFor(night.day, night, { decimalMark: ',' });
    expect(validateSleepNight(sleepNightInputFromForm(form))).toEqual({ ok: true, value: night });
  });

  it('passes text that is not a number on as typed, so validation names the field', () => {
    const input = sleepNightInputFromForm({
      day: '2026-11-28',
      bedtime: '',
      wakeTime: '',
      hoursSlept: 'seven',
      quality: '',
    });
    const result = validateSleepNight(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.field).toBe('hoursSlept');
  });
});
