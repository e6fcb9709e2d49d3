import { describe, expect, it } from 'vitest';
import { validateCheckIn } from './checkIn.js';
import { checkInFormFor, checkInInputFromForm, parseFormNumber } from './checkInForm.js';

const empty = {
  date: '2026-11-25',
  pain: '',
  sleepHours: '',
  bedtime: '',
  wakeTime: '',
  sleepQuality: '',
  stress: '',
  activeMinutes: '',
  activity: '',
  note: '',
};

describe('reading numbers as people type them', () => {
  it.each([
    ['7,5', 7.5],
    ['7.5', 7.5],
    [' 8 ', 8],
    ['0', 0],
    [',5', 0.5],
    ['10', 10],
  ])('reads %j as %d', (text, value) => {
    expect(parseFormNumber(text)).toBe(value);
  });

  it('treats empty or blank text as a skipped field', () => {
    expect(parseFormNumber('')).toBeUndefined();
    expect(parseFormNumber('   ')).toBeUndefined();
  });

  it('keeps text that is not a number, so validation can name the problem', () => {
    expect(parseFormNumber('zeven')).toBe('zeven');
    expect(parseFormNumber('7,5,1')).toBe('7,5,1');
  });
});

describe('a check-in form', () => {
  it('leaves skipped fields out of the input', () => {
    expect(checkInInputFromForm({ ...empty, pain: '4', sleepHours: '7,5' })).toEqual({
      date: '2026-11-25',
      pain: 4,
      sleepHours: 7.5,
    });
  });

  it('sends no note when the person typed only spaces, and a real note as typed', () => {
    expect(checkInInputFromForm({ ...empty, pain: '4', note: '   ' })).toEqual({ date: '2026-11-25', pain: 4 });
    expect(checkInInputFromForm({ ...empty, pain: '4', note: ' Moe. ' }).note).toBe(' Moe. ');
  });

  it('gives validation an issue on the field that holds text instead of a number', () => {
    const result = validateCheckIn(checkInInputFromForm({ ...empty, pain: '4', sleepHours: 'veel' }));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues).toEqual([expect.objectContaining({ field: 'sleepHours', code: 'not_a_number' })]);
  });

  it('reports a missing pain score as required', () => {
    const result = validateCheckIn(checkInInputFromForm(empty));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toEqual([expect.objectContaining({ field: 'pain', code: 'required' })]);
  });

  it('round-trips a saved check-in through the form unchanged', () => {
    const saved = { date: '2026-11-25', pain: 4, sleepHours: 7.5, sleepQuality: 2, stress: 6, note: 'Rustige dag' };
    const result = validateCheckIn(checkInInputFromForm(checkInFormFor(saved.date, saved)));
    expect(result).toEqual({ ok: true, value: saved });
  });

  it('reads six and a half hours of sleep typed with a comma or a point as 6.5, never as 65', () => {
    for (const typed of ['6,5', '6.5', ' 6,5 ']) {
      const result = validateCheckIn(checkInInputFromForm({ ...empty, pain: '4', sleepHours: typed }));
      expect(result.ok && result.value.sleepHours, typed).toBe(6.5);
    }
  });

  it('shows saved hours with the person’s decimal mark, and reads them back unchanged', () => {
    const saved = { date: '2026-11-25', pain: 4, sleepHours: 6.5 };
    const dutch = checkInFormFor(saved.date, saved, { decimalMark: ',' });
    expect(dutch.sleepHours).toBe('6,5');
    expect(checkInFormFor(saved.date, saved).sleepHours).toBe('6.5');
    expect(validateCheckIn(checkInInputFromForm(dutch))).toEqual({ ok: true, value: saved });
  });

  it('starts empty for a day without a check-in', () => {
    expect(checkInFormFor('2026-11-25')).toEqual(empty);
  });
});

describe('the sleep times of a check-in form', () => {
  it('sends bedtime and wake time when both are filled, and reads them back when editing', () => {
    const form = { ...empty, pain: '3', sleepHours: '7,5', bedtime: '23:30', wakeTime: '07:00' };
    const input = checkInInputFromForm(form);
    expect(input).toEqual({ date: '2026-11-25', pain: 3, sleepHours: 7.5, bedtime: '23:30', wakeTime: '07:00' });
    const saved = { date: '2026-11-25', pain: 3, sleepHours: 7.5, bedtime: '23:30', wakeTime: '07:00' };
    expect(checkInFormFor('2026-11-25', saved, { decimalMark: ',' })).toMatchObject({
      bedtime: '23:30',
      wakeTime: '07:00',
      sleepHours: '7,5',
    });
  });
});

describe('the activity of the day in the check-in', () => {
  it('sends whole minutes and trimmed words, and reads them back when editing', () => {
    const input = checkInInputFromForm({ ...empty, pain: '3', activeMinutes: ' 45 ', activity: ' Gewandeld ' });
    expect(input).toEqual({ date: '2026-11-25', pain: 3, activeMinutes: 45, activity: 'Gewandeld' });
    expect(validateCheckIn(input)).toEqual({ ok: true, value: input });
    expect(
      checkInFormFor('2026-11-25', { date: '2026-11-25', pain: 3, activeMinutes: 45, activity: 'Gewandeld' }),
    ).toMatchObject({
      activeMinutes: '45',
      activity: 'Gewandeld',
    });
  });

  it('refuses minutes that are not whole, or more than 12 hours, naming the field', () => {
    for (const activeMinutes of ['12,5', '721', '-1'])
      expect(validateCheckIn(checkInInputFromForm({ ...empty, pain: '3', activeMinutes }))).toMatchObject({
        ok: false,
        issues: [{ field: 'activeMinutes' }],
      });
  });
});
