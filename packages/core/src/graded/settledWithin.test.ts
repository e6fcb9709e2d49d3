import { describe, expect, it } from 'vitest';
import { type FollowUpAnswer, followUpAsk, followUpSchedule, settledWithin } from './settledWithin.js';

// A session ending on Friday 20 November 2026, 18:00 in Amsterdam (CET, UTC+1).
const end = '2026-11-20T18:00:00+01:00';
const at = (day: number, time: string) => `2026-11-${day}T${time}:00+01:00`;
const yes = (when: string): FollowUpAnswer => ({ at: when, answer: 'yes' });
const notYet = (when: string): FollowUpAnswer => ({ at: when, answer: 'not_yet' });

describe('settledWithin (the 48-hour rule)', () => {
  it('is yes for a yes at 24 hours', () => {
    expect(settledWithin(end, [yes(at(21, '18:00'))], 48, at(21, '18:00'))).toBe('yes');
  });

  it('is yes for a yes exactly at the end of the window, after a not yet at 24 hours', () => {
    expect(settledWithin(end, [notYet(at(21, '18:00')), yes(at(22, '18:00'))], 48, at(22, '18:00'))).toBe('yes');
  });

  it('is no for a not yet at or after the end of the window', () => {
    expect(settledWithin(end, [notYet(at(22, '18:00'))], 48, at(22, '18:00'))).toBe('no');
    expect(settledWithin(end, [notYet(at(21, '18:00')), notYet(at(22, '19:00'))], 48, at(22, '19:00'))).toBe('no');
  });

  it('is no for a not yet at 24 hours and no answer by the end of the window + 24 hours', () => {
    expect(settledWithin(end, [notYet(at(21, '18:00'))], 48, at(23, '18:00'))).toBe('no');
  });

  it('stays open (null) after a not yet at 24 hours until the end of the window + 24 hours', () => {
    expect(settledWithin(end, [notYet(at(21, '18:00'))], 48, at(23, '17:59'))).toBeNull();
  });

  it('is null without any answer, before and after the end of the window + 24 hours', () => {
    expect(settledWithin(end, [], 48, at(21, '12:00'))).toBeNull();
    expect(settledWithin(end, [], 48, at(25, '12:00'))).toBeNull();
  });

  it('counts a yes only after the window as not settled within it (the safer choice)', () => {
    expect(settledWithin(end, [yes(at(22, '18:01'))], 48, at(22, '18:01'))).toBe('no');
  });

  it('uses a 24-hour window when the plan says so', () => {
    expect(settledWithin(end, [notYet(at(21, '18:00'))], 24, at(21, '18:00'))).toBe('no');
    expect(settledWithin(end, [yes(at(21, '17:00'))], 24, at(21, '17:00'))).toBe('yes');
  });

  it('keeps the window on the wall clock across the spring DST change', () => {
    // Ends Saturday 28 March 18:00 CET; the window ends Monday 30 March 18:00 CEST (47 real hours).
    const spring = '2026-03-28T18:00:00+01:00';
    expect(settledWithin(spring, [yes('2026-03-30T18:00:00+02:00')], 48, '2026-03-30T18:00:00+02:00')).toBe('yes');
    expect(settledWithin(spring, [yes('2026-03-30T18:30:00+02:00')], 48, '2026-03-30T18:30:00+02:00')).toBe('no');
    expect(followUpSchedule(spring).firstAsk).toBe(Date.parse('2026-03-29T18:00:00+02:00'));
  });

  it('keeps the window on the wall clock across the autumn DST change', () => {
    // Ends Saturday 24 October 18:00 CEST; the window ends Monday 26 October 18:00 CET (49 real hours).
    const autumn = '2026-10-24T18:00:00+02:00';
    expect(settledWithin(autumn, [yes('2026-10-26T18:00:00+01:00')], 48, '2026-10-26T18:00:00+01:00')).toBe('yes');
    expect(followUpSchedule(autumn).firstAsk).toBe(Date.parse('2026-10-25T18:00:00+01:00'));
    expect(followUpSchedule(autumn).decideBy).toBe(Date.parse('2026-10-27T18:00:00+01:00'));
  });

  it.each([
    [() => settledWithin(end, [], 23, at(21, '18:00')), /windowHours/],
    [() => settledWithin(end, [], 49, at(21, '18:00')), /windowHours/],
    [() => settledWithin('yesterday', [], 48, at(21, '18:00')), /sessionEnd/],
    [() => settledWithin(end, [yes(at(20, '17:00'))], 48, at(21, '18:00')), /followUps\.0\.at/],
    [
      () =>
        settledWithin(
          end,
          [{ at: at(21, '18:00'), answer: 'maybe' } as unknown as FollowUpAnswer],
          48,
          at(21, '18:00'),
        ),
      /followUps\.0\.answer/,
    ],
  ])('throws a RangeError naming the field (%#)', (call, field) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(field);
  });
});

describe('when to ask the follow-up question', () => {
  const schedule = followUpSchedule('2026-11-20T18:00:00+01:00', 48);
  it('asks first about a day later, again at the end of the window after a "not yet", and never once final', () => {
    expect(followUpAsk({ open: true, schedule, followUps: [] }, schedule.firstAsk - 1)).toBeNull();
    expect(followUpAsk({ open: true, schedule, followUps: [] }, schedule.firstAsk)).toEqual({
      kind: 'first',
      askFrom: schedule.firstAsk,
    });
    const notYet = [{ at: schedule.firstAsk + 60_000, answer: 'not_yet' }];
    expect(followUpAsk({ open: true, schedule, followUps: notYet }, schedule.windowEnd - 1)).toBeNull();
    expect(followUpAsk({ open: true, schedule, followUps: notYet }, schedule.windowEnd)).toEqual({
      kind: 'again',
      askFrom: schedule.windowEnd,
    });
    expect(followUpAsk({ open: false, schedule, followUps: [] }, schedule.windowEnd)).toBeNull();
  });
});
