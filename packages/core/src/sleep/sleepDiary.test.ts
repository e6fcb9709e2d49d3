import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckIn } from '../checkIn/checkIn.js';
import { hoursSleptBetween, nightsByDay, personalSleepTarget } from './sleepDiary.js';
import { validateSleepNight, validateSleepTarget } from './sleepRecords.js';

describe('hoursSleptBetween', () => {
  it.each([
    ['an evening bedtime', '2026-11-28', '23:00', '07:00', 8],
    ['a bedtime after midnight', '2026-11-28', '00:30', '06:45', 6.25],
    ['a bedtime equal to the wake time (a whole day)', '2026-11-28', '07:00', '07:00', 24],
    ['the night the clocks go back (an hour more)', '2026-10-25', '23:00', '07:00', 9],
    ['the night the clocks go forward (an hour less)', '2026-03-29', '23:00', '07:00', 7],
    ['a bedtime after the change in spring', '2026-03-29', '03:30', '07:00', 3.5],
    ['minutes rounded to the nearest quarter hour', '2026-11-28', '22:52', '06:30', 7.75],
  ])('counts the real hours for %s', (_, day, bedtime, wakeTime, hours) => {
    expect(hoursSleptBetween(day, bedtime, wakeTime)).toBe(hours);
  });

  it('counts in another time zone when the person chose one', () => {
    // New York changes its clocks on 2026-11-01, a week after Amsterdam.
    expect(hoursSleptBetween('2026-10-25', '23:00', '07:00', 'America/New_York')).toBe(8);
    expect(hoursSleptBetween('2026-11-01', '23:00', '07:00', 'America/New_York')).toBe(9);
  });

  it.each([
    ['2026-02-30', '23:00', '07:00', /day/],
    ['2026-11-28', '24:00', '07:00', /bedtime/],
    ['2026-11-28', '23:00', '7:00', /wakeTime/],
  ])('throws a RangeError naming the field for %s %s %s', (day, bedtime, wakeTime, field) => {
    expect(() => hoursSleptBetween(day, bedtime, wakeTime)).toThrow(field);
  });

  it('always gives quarter hours from 0 to 24', () => {
    const clock = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    const day = fc.date({ min: new Date('2000-01-02'), max: new Date('2090-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(day, clock, clock, (date, bedtime, wakeTime) => {
        const hours = hoursSleptBetween(date.toISOString().slice(0, 10), bedtime, wakeTime);
        expect(hours).toBeGreaterThanOrEqual(0);
        expect(hours).toBeLessThanOrEqual(24);
        expect(Number.isInteger(hours * 4)).toBe(true);
      }),
    );
  });
});

describe('validateSleepNight', () => {
  it('accepts a whole night and keeps every field', () => {
    const night = { day: '2026-11-28', bedtime: '23:15', wakeTime: '07:00', hoursSlept: 7.75, quality: 4 };
    expect(validateSleepNight(night)).toEqual({ ok: true, value: night });
  });

  it('accepts hours alone', () => {
    expect(validateSleepNight({ day: '2026-11-28', hoursSlept: 6 }).ok).toBe(true);
  });

  it.each([
    [{ day: '2026-11-28', bedtime: '23:15', hoursSlept: 7 }, 'wakeTime'],
    [{ day: '2026-11-28', wakeTime: '07:00', hoursSlept: 7 }, 'bedtime'],
    [{ day: '2026-11-28', bedtime: '25:00', wakeTime: '07:00', hoursSlept: 7 }, 'bedtime'],
    [{ day: '2026-11-28' }, 'hoursSlept'],
    [{ day: '2026-11-28', hoursSlept: 7.1 }, 'hoursSlept'],
    [{ day: '2026-11-28', hoursSlept: 25 }, 'hoursSlept'],
    [{ day: '2026-11-28', hoursSlept: 7, quality: 6 }, 'quality'],
    [{ day: '2026-11-31', hoursSlept: 7 }, 'day'],
    [{ day: '2026-11-28', hoursSlept: 7, dreams: 'yes' }, 'dreams'],
  ])('refuses %j naming %s', (input, field) => {
    const result = validateSleepNight(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.field)).toContain(field);
  });

  it('refuses a day more than one day after today', () => {
    expect(validateSleepNight({ day: '2026-11-30', hoursSlept: 7 }, { today: '2026-11-28' }).ok).toBe(false);
    expect(validateSleepNight({ day: '2026-11-29', hoursSlept: 7 }, { today: '2026-11-28' }).ok).toBe(true);
  });
});

describe('validateSleepTarget', () => {
  it('accepts a target inside 6–10 hours in half hours', () => {
    expect(validateSleepTarget({ minHours: 6, maxHours: 10 }).ok).toBe(true);
    expect(validateSleepTarget({ minHours: 7.5, maxHours: 7.5 }).ok).toBe(true);
  });

  it.each([
    [{ minHours: 5.5, maxHours: 8 }, 'minHours'],
    [{ minHours: 7, maxHours: 10.5 }, 'maxHours'],
    [{ minHours: 7.25, maxHours: 8 }, 'minHours'],
    [{ minHours: 9, maxHours: 8 }, 'maxHours'],
  ])('refuses %j naming %s', (input, field) => {
    const result = validateSleepTarget(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.field)).toContain(field);
  });
});

describe('nightsByDay', () => {
  const checkIn = (hlc: string, data: CheckIn) => [data.date, { hlc, data }] as const;

  it('takes the sleep of a day from the check-in or the diary, whichever was written last', () => {
    const checkIns = new Map([
      checkIn('0002', { date: '2026-11-27', pain: 3, sleepHours: 6, sleepQuality: 2 }),
      checkIn('0005', { date: '2026-11-28', pain: 4, sleepHours: 5 }),
    ]);
    const diary = [
      { id: 'a', hlc: '0003', data: { day: '2026-11-27', hoursSlept: 7.5, quality: 4 } },
      { id: 'b', hlc: '0004', data: { day: '2026-11-28', hoursSlept: 8 } },
    ];
    const nights = nightsByDay(checkIns, diary);
    expect(nights.get('2026-11-27')).toEqual({ day: '2026-11-27', hoursSlept: 7.5, quality: 4, fromCheckIn: false });
    expect(nights.get('2026-11-28')).toEqual({ day: '2026-11-28', hoursSlept: 5, fromCheckIn: true });
  });

  it('keeps the sleep times of a check-in, and leaves out a check-in without hours slept', () => {
    const checkIns = new Map([
      checkIn('0001', { date: '2026-11-27', pain: 3 }),
      checkIn('0002', { date: '2026-11-28', pain: 3, sleepHours: 8, bedtime: '23:00', wakeTime: '07:00' }),
    ]);
    const nights = nightsByDay(checkIns, []);
    expect([...nights.keys()]).toEqual(['2026-11-28']);
    expect(nights.get('2026-11-28')).toMatchObject({ bedtime: '23:00', wakeTime: '07:00', fromCheckIn: true });
  });
});

describe('personalSleepTarget', () => {
  it('is the person’s own target when they set one', () => {
    expect(personalSleepTarget({ minHours: 6.5, maxHours: 8 }, 40)).toEqual({ minHours: 6.5, maxHours: 8, own: true });
  });

  it('is the recommendation for the person’s age otherwise', () => {
    expect(personalSleepTarget(undefined, 40)).toEqual({ minHours: 7, maxHours: 9, own: false });
    expect(personalSleepTarget(undefined, 65)).toEqual({ minHours: 7, maxHours: 8, own: false });
  });

  it('is the range for every adult when the age is unknown', () => {
    expect(personalSleepTarget(undefined, undefined)).toEqual({ minHours: 7, maxHours: 9, own: false });
  });
});
