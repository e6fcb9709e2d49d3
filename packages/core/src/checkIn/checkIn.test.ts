import { describe, expect, it } from 'vitest';
import { readerOf } from '../records/recordRegistry.js';
import { isEditableDay, validateCheckIn } from './checkIn.js';
import { checkInsByDay } from './checkInDays.js';

describe('check-in validation', () => {
  it('accepts a full check-in and keeps every field', () => {
    const input = {
      date: '2026-11-25',
      pain: 4,
      sleepHours: 6.5,
      sleepQuality: 3,
      stress: 7,
      note: 'Walked to the shop.',
    };
    expect(validateCheckIn(input)).toEqual({ ok: true, value: input });
  });

  it('accepts bedtime and wake time together with the hours slept', () => {
    const input = { date: '2026-11-25', pain: 4, sleepHours: 7.5, bedtime: '23:30', wakeTime: '07:00' };
    expect(validateCheckIn(input)).toEqual({ ok: true, value: input });
  });

  it.each([
    [{ bedtime: '23:30', sleepHours: 7 }, 'wakeTime'],
    [{ wakeTime: '07:00', sleepHours: 7 }, 'bedtime'],
    [{ bedtime: '23:30', wakeTime: '07:00' }, 'sleepHours'],
    [{ bedtime: '11pm', wakeTime: '07:00', sleepHours: 7 }, 'bedtime'],
  ])('refuses sleep times %j, naming %s', (sleep, field) => {
    const result = validateCheckIn({ date: '2026-11-25', pain: 4, ...sleep });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.field)).toContain(field);
  });

  it('names a sleep time inside a push by its path', () => {
    const result = validateCheckIn(
      { date: '2026-11-25', pain: 4, bedtime: 'late', wakeTime: '07:00', sleepHours: 7 },
      { path: 'data' },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.field)).toContain('data.bedtime');
  });

  it('accepts pain alone: everything else may be skipped', () => {
    expect(validateCheckIn({ date: '2026-11-25', pain: 0 })).toEqual({
      ok: true,
      value: { date: '2026-11-25', pain: 0 },
    });
  });

  it('keeps a note of only spaces as it was sent, so a sync never silently drops part of a record', () => {
    expect(validateCheckIn({ date: '2026-11-25', pain: 2, note: '   ' })).toEqual({
      ok: true,
      value: { date: '2026-11-25', pain: 2, note: '   ' },
    });
  });

  it.each([
    [{ date: '2026-11-25', pain: 11 }, 'pain', 'out_of_range'],
    [{ date: '2026-11-25', pain: -1 }, 'pain', 'out_of_range'],
    [{ date: '2026-11-25', pain: 4.5 }, 'pain', 'not_an_integer'],
    [{ date: '2026-11-25', pain: '4' }, 'pain', 'not_a_number'],
    [{ date: '2026-11-25' }, 'pain', 'required'],
    [{ date: '2026-11-25', pain: 3, sleepHours: 30 }, 'sleepHours', 'out_of_range'],
    [{ date: '2026-11-25', pain: 3, sleepHours: 7.1 }, 'sleepHours', 'not_a_step'],
    [{ date: '2026-11-25', pain: 3, sleepHours: Number.NaN }, 'sleepHours', 'not_a_number'],
    [{ date: '2026-11-25', pain: 3, sleepQuality: 0 }, 'sleepQuality', 'out_of_range'],
    [{ date: '2026-11-25', pain: 3, stress: 10.5 }, 'stress', 'not_an_integer'],
    [{ date: '2026-11-25', pain: 3, note: 'x'.repeat(2001) }, 'note', 'too_long'],
    [{ date: '2026-11-25', pain: 3, note: 5 }, 'note', 'not_a_string'],
    [{ date: '2026-02-30', pain: 3 }, 'date', 'invalid_date'],
    [{ pain: 3 }, 'date', 'required'],
    [{ date: '2026-11-25', pain: 3, mood: 'good' }, 'mood', 'unknown_field'],
  ])('refuses %j with an issue on %s (%s)', (input, field, code) => {
    const result = validateCheckIn(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toContainEqual(expect.objectContaining({ field, code }));
  });

  it('names every invalid field at once, with a path prefix when given', () => {
    const result = validateCheckIn({ date: 'x', pain: 12, stress: 11 }, { path: 'data' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.field)).toEqual(['data.date', 'data.pain', 'data.stress']);
  });

  it('gives the range with an out-of-range issue, so a form can say it', () => {
    const result = validateCheckIn({ date: '2026-11-25', pain: 3, sleepHours: 30 });
    expect(result.ok ? null : result.issues[0]).toMatchObject({ min: 0, max: 24 });
  });

  it('refuses a check-in more than one day ahead of today, allowing one day for time zones', () => {
    expect(validateCheckIn({ date: '2026-11-26', pain: 3 }, { today: '2026-11-25' }).ok).toBe(true);
    const result = validateCheckIn({ date: '2026-11-27', pain: 3 }, { today: '2026-11-25' });
    expect(result.ok ? null : result.issues[0]?.code).toBe('date_in_future');
  });

  it('refuses something that is not an object', () => {
    for (const input of [null, 3, 'x', [1]]) expect(validateCheckIn(input).ok).toBe(false);
  });
});

describe('editing window', () => {
  it('allows today and the six days before, not the future or older days', () => {
    expect(isEditableDay('2026-11-25', '2026-11-25')).toBe(true);
    expect(isEditableDay('2026-11-19', '2026-11-25')).toBe(true);
    expect(isEditableDay('2026-11-18', '2026-11-25')).toBe(false);
    expect(isEditableDay('2026-11-26', '2026-11-25')).toBe(false);
  });
});

describe('one check-in per day', () => {
  const record = (id: string, hlc: string, pain: number, deleted = false) => ({
    id,
    type: 'checkin',
    hlc,
    deleted,
    data: { date: '2026-11-25', pain },
  });

  it('keeps the record with the later clock when two devices wrote the same day', () => {
    const byDay = checkInsByDay(readerOf([record('b', '2', 5), record('a', '1', 3)]));
    expect(byDay.get('2026-11-25')?.data.pain).toBe(5);
    expect(byDay.size).toBe(1);
  });

  it('leaves out deleted records and other record types', () => {
    const byDay = checkInsByDay(readerOf([record('a', '1', 3, true), { ...record('c', '3', 9), type: 'other' }]));
    expect(byDay.size).toBe(0);
  });

  it('leaves out a record whose data is not a check-in, so it never replaces a valid one', () => {
    const byDay = checkInsByDay(
      readerOf([
        record('a', '1', 3),
        record('b', '2', 11),
        { ...record('c', '3', 4), data: { date: '25-11-2026', pain: 4 } },
        { ...record('d', '4', 4), data: null },
      ]),
    );
    expect(byDay.get('2026-11-25')?.id).toBe('a');
    expect(byDay.size).toBe(1);
  });

  it('reads a check-in with a field a newer app added, keeping its id and clock', () => {
    const newer = { ...record('b', '2', 6), data: { date: '2026-11-25', pain: 6, mood: 'calm' } };
    const byDay = checkInsByDay(readerOf([record('a', '1', 3), newer]));
    expect(byDay.get('2026-11-25')).toEqual({
      id: 'b',
      hlc: '2',
      data: { date: '2026-11-25', pain: 6 },
    });
  });
});
