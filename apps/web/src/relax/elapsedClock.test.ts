import { describe, expect, it } from 'vitest';
import { activeAt, pauseClock, positionAt, resumeClock, STOPPED_CLOCK, seekClock, startClock } from './elapsedClock';

describe('a session’s clock', () => {
  it('stands at zero before it starts', () => {
    expect(positionAt(STOPPED_CLOCK, 5_000)).toBe(0);
    expect(activeAt(STOPPED_CLOCK, 5_000)).toBe(0);
  });

  it('counts from the moment it started, whatever the ticks', () => {
    const clock = startClock(1_000);
    expect(positionAt(clock, 1_000)).toBe(0);
    expect(positionAt(clock, 61_000)).toBe(60_000);
    expect(activeAt(clock, 61_000)).toBe(60_000);
  });

  it('does not count while paused, and goes on from there when continued', () => {
    const paused = pauseClock(startClock(0), 10_000);
    expect(positionAt(paused, 50_000)).toBe(10_000);
    const resumed = resumeClock(paused, 50_000);
    expect(positionAt(resumed, 55_000)).toBe(15_000);
    expect(activeAt(resumed, 55_000)).toBe(15_000);
  });

  it('ignores a second pause or a second continue', () => {
    const paused = pauseClock(startClock(0), 10_000);
    expect(pauseClock(paused, 20_000)).toBe(paused);
    const running = startClock(0);
    expect(resumeClock(running, 20_000)).toBe(running);
  });

  it('jumps to another position without counting the jump as time done', () => {
    const jumped = seekClock(startClock(0), 10_000, 90_000);
    expect(positionAt(jumped, 12_000)).toBe(92_000);
    expect(activeAt(jumped, 12_000)).toBe(12_000);
    const back = seekClock(jumped, 12_000, 0);
    expect(positionAt(back, 13_000)).toBe(1_000);
    expect(activeAt(back, 13_000)).toBe(13_000);
  });

  it('stays paused after a jump made while paused, and never goes below zero', () => {
    const jumped = seekClock(pauseClock(startClock(0), 5_000), 8_000, -100);
    expect(positionAt(jumped, 60_000)).toBe(0);
    expect(activeAt(jumped, 60_000)).toBe(5_000);
  });
});
