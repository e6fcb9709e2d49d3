import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TODAY_STEPS, NOTHING_DUE, TODAY_STEPS, type TodayStep, todayNextSteps } from './nextSteps.js';

const due = (...steps: TodayStep[]) => ({ ...NOTHING_DUE, ...Object.fromEntries(steps.map((step) => [step, true])) });

describe('todayNextSteps', () => {
  it.each<[TodayStep[], TodayStep[]]>([
    [[], []],
    [['check_in'], ['check_in']],
    [
      ['check_in', 'activity', 'exercise', 'lesson'],
      ['check_in', 'activity'],
    ],
    [
      ['follow_up', 'check_in', 'activity'],
      ['follow_up', 'check_in'],
    ],
    [
      ['exercise', 'exposure'],
      ['exercise', 'exposure'],
    ],
    [
      ['activity', 'relax', 'lesson'],
      ['activity', 'relax'],
    ],
    [
      ['relax', 'lesson'],
      ['relax', 'lesson'],
    ],
    [['lesson'], ['lesson']],
    [
      ['exercise', 'review', 'exposure'],
      ['exercise', 'exposure'],
    ],
    [
      ['review', 'relax', 'lesson'],
      ['relax', 'review'],
    ],
    [
      ['review', 'lesson'],
      ['review', 'lesson'],
    ],
    [['safety'], ['safety']],
    [
      ['safety', 'follow_up', 'check_in'],
      ['safety', 'follow_up'],
    ],
    [
      ['safety', 'lesson'],
      ['safety', 'lesson'],
    ],
  ])('with %j due shows %j', (dueSteps, shown) => {
    expect(todayNextSteps(due(...dueSteps))).toEqual(shown);
  });

  it('never shows more than two steps, only steps that are due, in their order of importance', () => {
    fc.assert(
      fc.property(fc.subarray([...TODAY_STEPS]), (dueSteps) => {
        const shown = todayNextSteps(due(...dueSteps));
        expect(shown.length).toBeLessThanOrEqual(MAX_TODAY_STEPS);
        expect(shown.every((step) => dueSteps.includes(step))).toBe(true);
        expect([...shown].sort((a, b) => TODAY_STEPS.indexOf(a) - TODAY_STEPS.indexOf(b))).toEqual(shown);
        if (dueSteps.length > 0) expect(shown.length).toBeGreaterThan(0);
      }),
    );
  });
});
