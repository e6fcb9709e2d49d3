import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/calendarDay.js';
import { validateNoticeShown } from './noticeRecords.js';
import { stressNoticeDue } from './stressNotice.js';

const TODAY = '2026-11-28';
const highWeek = [0, 1, 2, 3].map((back) => ({ day: addDays(TODAY, -back), stress: 8 }));

describe('stressNoticeDue', () => {
  it('is due when stress stays high and the suggestion was never shown', () => {
    expect(stressNoticeDue(highWeek, TODAY, [])).toBe(true);
  });

  it('is not due when stress does not stay high', () => {
    expect(stressNoticeDue(highWeek.slice(0, 3), TODAY, [])).toBe(false);
  });

  it('comes back at most once a week: not within 6 days, again after 7', () => {
    expect(stressNoticeDue(highWeek, TODAY, [addDays(TODAY, -6)])).toBe(false);
    expect(stressNoticeDue(highWeek, TODAY, [addDays(TODAY, -7)])).toBe(true);
  });

  it('stays on the day it was shown, so a reload does not hide it halfway', () => {
    expect(stressNoticeDue(highWeek, TODAY, [TODAY])).toBe(true);
  });
});

describe('validateNoticeShown', () => {
  it('accepts a known notice on a day', () => {
    expect(validateNoticeShown({ notice: 'stress_high', day: TODAY }).ok).toBe(true);
  });

  it.each([
    [{ notice: 'other', day: TODAY }, 'notice'],
    [{ notice: 'stress_high', day: '2026-02-30' }, 'day'],
    [{ notice: 'stress_high' }, 'day'],
  ])('refuses %j naming %s', (input, field) => {
    const result = validateNoticeShown(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.field)).toContain(field);
  });
});
