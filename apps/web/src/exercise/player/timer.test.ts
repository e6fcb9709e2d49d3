import { describe, expect, it } from 'vitest';
import {
  clockText,
  endsAt,
  heldSeconds,
  isDone,
  isRunning,
  newTimer,
  pauseTimer,
  readTimer,
  remainingSeconds,
  restSeconds,
  startTimer,
  timerCue,
} from './timer';

describe('a countdown worked out from the clock', () => {
  it('shows its whole length before it starts, whatever the time', () => {
    const timer = newTimer(30);
    expect(remainingSeconds(timer, 0)).toBe(30);
    expect(remainingSeconds(timer, 5_000_000)).toBe(30);
    expect(isRunning(timer)).toBe(false);
  });

  it('counts whole seconds up, reaches 0 exactly at the end and never goes below it', () => {
    const timer = startTimer(newTimer(30), 1_000);
    expect(remainingSeconds(timer, 1_000)).toBe(30);
    expect(remainingSeconds(timer, 1_001)).toBe(30);
    expect(remainingSeconds(timer, 2_000)).toBe(29);
    expect(remainingSeconds(timer, 30_999)).toBe(1);
    expect(isDone(timer, 30_999)).toBe(false);
    expect(remainingSeconds(timer, 31_000)).toBe(0);
    expect(isDone(timer, 31_000)).toBe(true);
    expect(remainingSeconds(timer, 90_000)).toBe(0);
  });

  it('shows the right time after a long gap between ticks, as in a tab in the background or after a reload', () => {
    const timer = startTimer(newTimer(60), 0);
    expect(remainingSeconds(timer, 45_200)).toBe(15);
    // The same timer read back from storage gives the same answer.
    expect(remainingSeconds(readTimer(JSON.parse(JSON.stringify(timer))) ?? newTimer(0), 45_200)).toBe(15);
  });

  it('keeps the time it ran while paused and goes on from there when started again', () => {
    let timer = startTimer(newTimer(20), 10_000);
    timer = pauseTimer(timer, 15_000);
    expect(isRunning(timer)).toBe(false);
    expect(remainingSeconds(timer, 60_000)).toBe(15);
    expect(heldSeconds(timer, 60_000)).toBe(5);
    timer = startTimer(timer, 100_000);
    expect(remainingSeconds(timer, 110_000)).toBe(5);
    expect(endsAt(timer)).toBe(115_000);
  });

  it('does not restart a countdown that is already running when start is pressed again', () => {
    const timer = startTimer(newTimer(20), 1_000);
    expect(startTimer(timer, 9_000)).toBe(timer);
  });

  it('never runs backwards when the device clock is set back', () => {
    const timer = startTimer(newTimer(20), 10_000);
    expect(remainingSeconds(timer, 4_000)).toBe(20);
    expect(heldSeconds(timer, 4_000)).toBe(0);
  });

  it('reads back only a timer of the right shape', () => {
    expect(readTimer({ durationMs: 30_000, elapsedMs: 0, runningSince: null })).toEqual(newTimer(30));
    expect(readTimer({ durationMs: 30_000, elapsedMs: 5_000, runningSince: 'now' })).toBeUndefined();
    expect(readTimer({ durationMs: -1, elapsedMs: 0, runningSince: null })).toBeUndefined();
    expect(readTimer(null)).toBeUndefined();
  });
});

describe('what a screen reader hears of a countdown', () => {
  it('says when 10 seconds are left and when it is done, and nothing in between', () => {
    expect(timerCue(60, 59, 60)).toBeNull();
    expect(timerCue(11, 10, 60)).toBe('ten_left');
    expect(timerCue(10, 9, 60)).toBeNull();
    expect(timerCue(1, 0, 60)).toBe('done');
    expect(timerCue(0, 0, 60)).toBeNull();
  });

  it('still says it is done when the end fell between two ticks far apart', () => {
    expect(timerCue(45, 0, 60)).toBe('done');
    expect(timerCue(45, 4, 60)).toBe('ten_left');
  });

  it('does not count down aloud on a countdown of 10 seconds or less', () => {
    expect(timerCue(10, 9, 10)).toBeNull();
    expect(timerCue(1, 0, 10)).toBe('done');
  });
});

describe('the rest between sets', () => {
  it('lasts a minute after a strength set and half a minute after a mobility set', () => {
    expect(restSeconds('strength')).toBe(60);
    expect(restSeconds('mobility')).toBe(30);
  });

  it('shows minutes and seconds like a clock', () => {
    expect(clockText(65)).toBe('1:05');
    expect(clockText(60)).toBe('1:00');
    expect(clockText(9)).toBe('0:09');
    expect(clockText(0)).toBe('0:00');
  });
});
