import { describe, expect, it } from 'vitest';
import type { Stored } from '../safety/safetyJourney.js';
import { validateReviewSettings, validateWeeklyReview, weeklyReviewFromForm } from './reviewRecords.js';
import {
  DEFAULT_REVIEW_SETTINGS,
  intentionChoices,
  nextReviewDay,
  previousReview,
  reviewDue,
  reviewInForce,
  reviewOfWeek,
  reviewSettingsOf,
  reviewWeekEnd,
  type WeeklyReview,
  weeklyReviewForm,
} from './weeklyReview.js';

const fields = (result: { ok: boolean; issues?: { field: string }[] }) =>
  result.ok ? [] : (result.issues ?? []).map((issue) => issue.field);
const doneAt = '2026-11-29T19:00:00+01:00';

describe('a weekly review record', () => {
  it('is accepted with plans and own words, own words and what went well trimmed', () => {
    const result = validateWeeklyReview({
      lastDay: '2026-11-29',
      wentWell: '  Twee keer gewandeld. ',
      intentions: [{ kind: 'activity' }, { kind: 'own', text: ' Eerder naar bed ' }],
      doneAt,
    });
    expect(result).toEqual({
      ok: true,
      value: {
        lastDay: '2026-11-29',
        wentWell: 'Twee keer gewandeld.',
        intentions: [{ kind: 'activity' }, { kind: 'own', text: 'Eerder naar bed' }],
        doneAt,
      },
    });
  });

  it('may hold no intentions and leaves out what went well when it is only spaces', () => {
    expect(validateWeeklyReview({ lastDay: '2026-11-29', wentWell: '   ', intentions: [], doneAt })).toEqual({
      ok: true,
      value: { lastDay: '2026-11-29', intentions: [], doneAt },
    });
  });

  it.each([
    [
      'more than three intentions',
      { intentions: [{ kind: 'relax' }, { kind: 'sleep' }, { kind: 'lesson' }, { kind: 'check_in' }] },
      'intentions',
    ],
    ['the same plan twice', { intentions: [{ kind: 'relax' }, { kind: 'relax' }] }, 'intentions.1.kind'],
    ['empty own words', { intentions: [{ kind: 'own', text: '  ' }] }, 'intentions.0.text'],
    ['own words without text', { intentions: [{ kind: 'own' }] }, 'intentions.0.text'],
    ['text on a plan', { intentions: [{ kind: 'sleep', text: 'x' }] }, 'intentions.0.text'],
    ['an unknown kind', { intentions: [{ kind: 'swim' }] }, 'intentions.0.kind'],
    ['own words that are too long', { intentions: [{ kind: 'own', text: 'x'.repeat(121) }] }, 'intentions.0.text'],
    ['no list of intentions', { intentions: undefined }, 'intentions'],
    ['a day that does not exist', { lastDay: '2026-11-31' }, 'lastDay'],
    ['what went well that is too long', { wentWell: 'x'.repeat(601) }, 'wentWell'],
    ['no time it was done', { doneAt: 'Sunday' }, 'doneAt'],
    ['an unknown field', { mood: 'good' }, 'mood'],
  ])('is refused with %s, naming the field', (_, change, field) => {
    const review = { lastDay: '2026-11-29', intentions: [{ kind: 'relax' }], doneAt, ...change };
    expect(fields(validateWeeklyReview(review))).toContain(field);
  });

  it('is refused for a week that ends more than a day after today', () => {
    const review = { lastDay: '2026-11-29', intentions: [], doneAt };
    expect(fields(validateWeeklyReview(review, { today: '2026-11-27' }))).toEqual(['lastDay']);
    // A day of slack: the person may live in another time zone than the server.
    expect(validateWeeklyReview(review, { today: '2026-11-28' }).ok).toBe(true);
    expect(validateWeeklyReview(review, { today: '2026-11-29' }).ok).toBe(true);
  });
});

describe('review settings', () => {
  it('accept a weekday and a number of days from 1 to 7', () => {
    expect(validateReviewSettings({ reviewDay: 5, activeDaysPerWeek: 2 })).toEqual({
      ok: true,
      value: { reviewDay: 5, activeDaysPerWeek: 2 },
    });
    expect(fields(validateReviewSettings({ reviewDay: 0, activeDaysPerWeek: 8 }))).toEqual([
      'reviewDay',
      'activeDaysPerWeek',
    ]);
    expect(fields(validateReviewSettings({ reviewDay: 1.5, activeDaysPerWeek: 3 }))).toEqual(['reviewDay']);
  });

  it('are the latest write, or Sunday and three days', () => {
    expect(reviewSettingsOf([])).toEqual(DEFAULT_REVIEW_SETTINGS);
    expect(DEFAULT_REVIEW_SETTINGS).toEqual({ reviewDay: 7, activeDaysPerWeek: 3 });
    expect(
      reviewSettingsOf([
        { id: 'b', hlc: '2', data: { reviewDay: 3, activeDaysPerWeek: 4 } },
        { id: 'a', hlc: '1', data: { reviewDay: 5, activeDaysPerWeek: 2 } },
      ]),
    ).toEqual({ reviewDay: 3, activeDaysPerWeek: 4 });
  });
});

describe('when the review waits', () => {
  const sunday = { reviewDay: 7 as const, activeDaysPerWeek: 3 };
  const active = ['2026-11-24'];

  it('reviews the seven days that end on the latest review day', () => {
    expect(reviewWeekEnd(7, '2026-11-29')).toBe('2026-11-29');
    expect(reviewWeekEnd(7, '2026-11-30')).toBe('2026-11-29');
    expect(reviewWeekEnd(7, '2026-11-28')).toBe('2026-11-22');
    expect(reviewWeekEnd(5, '2026-11-29')).toBe('2026-11-27');
    expect(reviewWeekEnd(1, '2026-11-30')).toBe('2026-11-30');
  });

  it('waits on the review day and stays open two days after, until done', () => {
    expect(reviewDue(sunday, [], '2026-11-28', active)).toBeNull();
    expect(reviewDue(sunday, [], '2026-11-29', active)).toBe('2026-11-29');
    expect(reviewDue(sunday, [], '2026-12-01', active)).toBe('2026-11-29');
    expect(reviewDue(sunday, [], '2026-12-02', active)).toBeNull();
    expect(reviewDue(sunday, ['2026-11-29'], '2026-11-29', active)).toBeNull();
    expect(reviewDue(sunday, ['2026-11-22'], '2026-11-29', active)).toBe('2026-11-29');
  });

  it('waits only with something to look back on: an active day in the week before its last day', () => {
    expect(reviewDue(sunday, [], '2026-11-29', [])).toBeNull();
    expect(reviewDue(sunday, [], '2026-11-29', ['2026-11-29'])).toBeNull();
    expect(reviewDue(sunday, [], '2026-11-29', ['2026-11-22'])).toBeNull();
    expect(reviewDue(sunday, [], '2026-11-29', ['2026-11-23'])).toBe('2026-11-29');
  });

  it('names the next review day after today', () => {
    expect(nextReviewDay(7, '2026-11-25')).toBe('2026-11-29');
    expect(nextReviewDay(7, '2026-11-29')).toBe('2026-12-06');
    expect(nextReviewDay(1, '2026-11-29')).toBe('2026-11-30');
  });

  it('follows the chosen day', () => {
    expect(reviewDue({ reviewDay: 3, activeDaysPerWeek: 3 }, [], '2026-11-25', active)).toBe('2026-11-25');
    expect(reviewDue({ reviewDay: 3, activeDaysPerWeek: 3 }, [], '2026-11-29', active)).toBeNull();
  });
});

describe('reviews read back', () => {
  const review = (id: string, hlc: string, lastDay: string, text: string): Stored<WeeklyReview> => ({
    id,
    hlc,
    data: { lastDay, intentions: [{ kind: 'own', text }], doneAt },
  });
  const reviews = [
    review('a', '1', '2026-11-15', 'oldest'),
    review('b', '2', '2026-11-22', 'first write'),
    review('c', '4', '2026-11-22', 'edited'),
    review('d', '3', '2026-11-29', 'this week'),
  ];

  it('finds the latest earlier review, its latest write', () => {
    expect(previousReview(reviews, '2026-11-29')?.id).toBe('c');
    expect(previousReview(reviews, '2026-11-22')?.id).toBe('a');
    expect(previousReview(reviews, '2026-11-15')).toBeUndefined();
  });

  it('finds the review whose intentions hold now', () => {
    expect(reviewInForce(reviews, '2026-11-29')?.id).toBe('d');
    expect(reviewInForce(reviews, '2026-11-28')?.id).toBe('c');
    expect(reviewInForce(reviews, '2026-11-14')).toBeUndefined();
  });

  it('finds the review of a week', () => {
    expect(reviewOfWeek(reviews, '2026-11-29')?.id).toBe('d');
    expect(reviewOfWeek(reviews, '2026-11-08')).toBeUndefined();
  });
});

describe('intentionChoices', () => {
  it('offers the person’s own plans first, then the tools everyone has, then own words', () => {
    expect(intentionChoices({ activityPlan: false, exerciseProgramme: false, fearedMovements: false })).toEqual([
      'check_in',
      'relax',
      'sleep',
      'lesson',
      'own',
    ]);
    expect(
      intentionChoices({ activityPlan: true, exerciseProgramme: true, fearedMovements: true }).slice(0, 3),
    ).toEqual(['activity', 'exercise', 'exposure']);
  });
});

describe('the weekly review form', () => {
  it('turns ticked plans and own words into intentions, own words last', () => {
    expect(
      weeklyReviewFromForm(
        { wentWell: ' Wandelen ', chosen: ['relax', 'sleep'], ownWords: ' Fietsen ' },
        '2026-11-29',
        doneAt,
      ),
    ).toEqual({
      ok: true,
      value: {
        lastDay: '2026-11-29',
        wentWell: 'Wandelen',
        intentions: [{ kind: 'relax' }, { kind: 'sleep' }, { kind: 'own', text: 'Fietsen' }],
        doneAt,
      },
    });
  });

  it('leaves out empty own words, and refuses a fourth intention on the intentions field', () => {
    const three = weeklyReviewFromForm(
      { wentWell: '', chosen: ['relax', 'sleep', 'lesson'], ownWords: '  ' },
      '2026-11-29',
      doneAt,
    );
    expect(three.ok && three.value.intentions).toHaveLength(3);
    const four = weeklyReviewFromForm(
      { wentWell: '', chosen: ['relax', 'sleep', 'lesson'], ownWords: 'Fietsen' },
      '2026-11-29',
      doneAt,
    );
    expect(fields(four)).toEqual(['intentions']);
  });

  it('fills in again from a saved review, and back to the same review', () => {
    const review: WeeklyReview = {
      lastDay: '2026-11-29',
      wentWell: 'Wandelen',
      intentions: [{ kind: 'activity' }, { kind: 'own', text: 'Fietsen' }],
      doneAt,
    };
    const form = weeklyReviewForm(review);
    expect(form).toEqual({ wentWell: 'Wandelen', chosen: ['activity'], ownWords: 'Fietsen' });
    expect(weeklyReviewFromForm(form, review.lastDay, doneAt)).toEqual({ ok: true, value: review });
    expect(weeklyReviewForm(undefined)).toEqual({ wentWell: '', chosen: [], ownWords: '' });
  });
});
