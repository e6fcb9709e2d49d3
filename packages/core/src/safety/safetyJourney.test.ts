import { describe, expect, it } from 'vitest';
import type { CheckIn } from '../checkIn/checkIn.js';
import { recordsOfType } from '../records/recordKinds.js';
import { EMERGENCY_ITEMS, GP_SOON_ITEMS, INFLAMMATORY_ITEMS, type SafetyItemId } from './safetyItems.js';
import {
  aboutYouFromForm,
  approximateOnsetDate,
  buildSafetyCheck,
  type CheckStep,
  checkSteps,
  emergencyNow,
  estimateAge,
  nextCheckStep,
  plannedStepAfter,
  questionWording,
  reasonGroups,
  reasonTier,
  restAskedByDefault,
  type Stored,
  sectionQuestions,
  unansweredQuestions,
} from './safetyJourney.js';
import { type ReviewDiscussed, type SafetyCheck, type SafetyClearance, validateSafetyCheck } from './safetyRecords.js';
import { flareUpAfterCheckIn, safetyStatus } from './safetyStatus.js';

const no = (ids: readonly SafetyItemId[]) => Object.fromEntries(ids.map((id) => [id, false]));
const base = { date: '2026-11-25', completedAt: '2026-11-25T10:00:00Z', trigger: 'first_run' as const };

describe('the questions of each step', () => {
  it('ask the emergency table first, then the GP-soon table, then the age the pain started', () => {
    expect(sectionQuestions('emergency', {})).toEqual(EMERGENCY_ITEMS);
    expect(sectionQuestions('gp_soon', {})).toEqual(GP_SOON_ITEMS);
    expect(sectionQuestions('inflammatory', {})).toEqual(['onset_before_45']);
  });

  it('add the nine signs of inflammatory back pain only after a yes to "started before 45"', () => {
    expect(sectionQuestions('inflammatory', { onset_before_45: false })).toEqual(['onset_before_45']);
    expect(sectionQuestions('inflammatory', { onset_before_45: true })).toEqual([
      'onset_before_45',
      ...INFLAMMATORY_ITEMS,
    ]);
  });

  it('list the unanswered ones in order', () => {
    expect(unansweredQuestions({ bladder_change: true, saddle_numbness: false }, EMERGENCY_ITEMS)).toEqual([
      'bowel_change',
      'sexual_function_change',
      'progressive_leg_weakness',
      'sudden_severe_pain',
    ]);
  });
});

describe('building a safety check', () => {
  it('refuses to give a result while an emergency question is unanswered', () => {
    const answers = { ...no(EMERGENCY_ITEMS) };
    delete answers.sudden_severe_pain;
    expect(() => buildSafetyCheck({ ...base, scope: 'emergency', ageYears: 50, answers })).toThrow(
      new RangeError('answers.sudden_severe_pain must be answered yes or no'),
    );
  });

  it('keeps only the questions of its scope and scores them with screenSafety', () => {
    const check = buildSafetyCheck({
      ...base,
      scope: 'emergency',
      ageYears: 38,
      onsetDate: '2026-11-01',
      answers: { ...no(EMERGENCY_ITEMS), sudden_severe_pain: true, cancer_history: true },
    });
    expect(check.answers).toEqual({ ...no(EMERGENCY_ITEMS), sudden_severe_pain: true });
    expect(check.result).toEqual({ tier: 'gp_soon', reasons: ['sudden_severe_pain'], painType: 'specific_suspected' });
    expect(validateSafetyCheck(check)).toEqual({ ok: true, value: check });
  });

  it('drops answers to the nine inflammatory signs when the pain did not start before 45', () => {
    const check = buildSafetyCheck({
      ...base,
      scope: 'full',
      ageYears: 60,
      onsetDate: '2025-01-01',
      answers: { ...no(EMERGENCY_ITEMS), ...no(GP_SOON_ITEMS), onset_before_45: false, axspa_psoriasis: true },
    });
    expect(check.answers.axspa_psoriasis).toBeUndefined();
    expect(check.result).toEqual({ tier: 'none', reasons: [], painType: 'persistent' });
  });

  it('gives review for three inflammatory signs in an episode of more than 90 days', () => {
    const check = buildSafetyCheck({
      ...base,
      scope: 'full',
      ageYears: 30,
      onsetDate: '2026-08-26',
      answers: {
        ...no(EMERGENCY_ITEMS),
        ...no(GP_SOON_ITEMS),
        ...no(INFLAMMATORY_ITEMS),
        onset_before_45: true,
        axspa_night_waking: true,
        axspa_buttock_pain: true,
        axspa_psoriasis: true,
      },
    });
    expect(check.result).toEqual({
      tier: 'review',
      reasons: ['axspa_night_waking', 'axspa_buttock_pain', 'axspa_psoriasis'],
      painType: 'persistent',
    });
  });
});

describe('emergencyNow', () => {
  it('is true for any emergency item, and for sudden severe pain only above 40 or without an age', () => {
    expect(emergencyNow(no(EMERGENCY_ITEMS), 50)).toBe(false);
    expect(emergencyNow({ saddle_numbness: true }, 20)).toBe(true);
    expect(emergencyNow({ sudden_severe_pain: true }, 40)).toBe(false);
    expect(emergencyNow({ sudden_severe_pain: true }, 41)).toBe(true);
    expect(emergencyNow({ sudden_severe_pain: true }, undefined)).toBe(true);
  });
});

describe('reasons in display order', () => {
  it('give each item the tier it raises', () => {
    expect(reasonTier('sudden_severe_pain', 40)).toBe('gp_soon');
    expect(reasonTier('sudden_severe_pain', 41)).toBe('emergency');
    expect(reasonTier('bowel_change', 20)).toBe('emergency');
    expect(reasonTier('not_improving', 70)).toBe('gp_soon');
    expect(reasonTier('axspa_arthritis', 30)).toBe('review');
    expect(reasonTier('onset_before_45', 30)).toBe('none');
  });

  it('group the reasons by tier, highest first, keeping their order', () => {
    expect(reasonGroups(['bladder_change', 'sudden_severe_pain', 'cancer_history', 'axspa_psoriasis'], 35)).toEqual([
      { tier: 'emergency', reasons: ['bladder_change'] },
      { tier: 'gp_soon', reasons: ['sudden_severe_pain', 'cancer_history'] },
      { tier: 'review', reasons: ['axspa_psoriasis'] },
    ]);
    expect(reasonGroups([], 35)).toEqual([]);
  });
});

describe('estimateAge', () => {
  it('adds a year at every anniversary of the day the age was given', () => {
    expect(estimateAge(40, '2026-03-10', '2026-03-10')).toBe(40);
    expect(estimateAge(40, '2026-03-10', '2027-03-09')).toBe(40);
    expect(estimateAge(40, '2026-03-10', '2027-03-10')).toBe(41);
    expect(estimateAge(40, '2024-02-29', '2025-02-28')).toBe(40);
    expect(estimateAge(40, '2024-02-29', '2025-03-01')).toBe(41);
    expect(estimateAge(40, '2026-03-10', '2031-12-31')).toBe(45);
  });

  it('never counts back when today is before the day the age was given', () => {
    expect(estimateAge(40, '2026-03-10', '2026-01-01')).toBe(40);
  });
});

describe('the "about you" step', () => {
  const today = '2026-11-25';

  it('reads a whole age and the start date', () => {
    expect(aboutYouFromForm({ age: ' 52 ', onsetDate: '2026-01-15', onsetApproximate: false }, today)).toEqual({
      ok: true,
      value: { ageYears: 52, onsetDate: '2026-01-15', onsetApproximate: false },
    });
  });

  it.each([
    [{ age: '', onsetDate: '2026-01-15' }, 'age', 'required'],
    [{ age: 'vijftig', onsetDate: '2026-01-15' }, 'age', 'not_a_number'],
    [{ age: '52,5', onsetDate: '2026-01-15' }, 'age', 'not_an_integer'],
    [{ age: '17', onsetDate: '2026-01-15' }, 'age', 'out_of_range'],
    [{ age: '121', onsetDate: '2026-01-15' }, 'age', 'out_of_range'],
    [{ age: '52', onsetDate: '' }, 'onsetDate', 'required'],
    [{ age: '52', onsetDate: '2026-02-30' }, 'onsetDate', 'invalid_date'],
    [{ age: '52', onsetDate: '2026-11-26' }, 'onsetDate', 'date_in_future'],
  ])('with %j names %s (%s)', (form, field, code) => {
    const result = aboutYouFromForm({ ...form, onsetApproximate: false }, today);
    expect(result.ok ? [] : result.issues.map((issue) => [issue.field, issue.code])).toEqual([[field, code]]);
  });

  it('accepts 18 and 120 and today as the start', () => {
    expect(aboutYouFromForm({ age: '18', onsetDate: today, onsetApproximate: false }, today).ok).toBe(true);
    expect(aboutYouFromForm({ age: '120', onsetDate: today, onsetApproximate: false }, today).ok).toBe(true);
  });

  it('turns an "about when" choice into a day', () => {
    expect(approximateOnsetDate(today, 'weeks_2')).toBe('2026-11-11');
    expect(approximateOnsetDate(today, 'months_3')).toBe('2026-08-26');
    expect(approximateOnsetDate(today, 'years_2')).toBe('2024-11-25');
  });
});

const stored = <T>(id: string, hlc: string, data: T): Stored<T> => ({ id, hlc, data });
const checkOf = (
  tier: SafetyCheck['result']['tier'],
  completedAt: string,
  extra: Partial<SafetyCheck> = {},
): SafetyCheck => ({
  date: completedAt.slice(0, 10),
  completedAt,
  trigger: 'periodic',
  scope: 'emergency',
  answers: {},
  result: {
    tier,
    reasons: tier === 'none' ? [] : tier === 'review' ? ['axspa_psoriasis'] : ['cancer_history'],
    painType: 'unknown',
  },
  ...extra,
});

describe('safetyStatus', () => {
  const none = { checks: [], clearances: [], reviewsDiscussed: [] };

  it('says the first run is still ahead when there is no check', () => {
    expect(safetyStatus(none, '2026-11-25')).toEqual({
      firstRunDone: false,
      neverFull: true,
      recheckDue: true,
      paused: false,
      pauseByCheck: new Map(),
    });
  });

  it('does not pause the next 28-day check for a reason a doctor has seen, but marks it known to the doctor', () => {
    const first = stored('first', '1', checkOf('gp_soon', '2026-10-01T10:00:00Z'));
    const seen: Stored<SafetyClearance> = stored('seen', '2', { at: '2026-10-04T09:00:00Z', checkId: 'first' });
    const again = stored('again', '3', checkOf('gp_soon', '2026-10-29T10:00:00Z'));
    const status = safetyStatus({ ...none, checks: [first, again], clearances: [seen] }, '2026-10-29');
    expect(status.paused).toBe(false);
    expect(status.pausingCheck).toBeUndefined();
    expect(status.pauseByCheck.get('again')).toEqual({
      pauses: false,
      knownToDoctor: ['cancer_history'],
      newReasons: [],
    });
  });

  it('pauses again when a later check brings a new reason', () => {
    const first = stored('first', '1', checkOf('gp_soon', '2026-10-01T10:00:00Z'));
    const seen: Stored<SafetyClearance> = stored('seen', '2', { at: '2026-10-04T09:00:00Z' });
    const later = checkOf('gp_soon', '2026-10-29T10:00:00Z');
    const fever = stored('fever', '3', {
      ...later,
      answers: { ...later.answers, fever_or_unwell: true },
      result: { ...later.result, reasons: ['cancer_history', 'fever_or_unwell'] satisfies SafetyItemId[] },
    });
    const status = safetyStatus({ ...none, checks: [first, fever], clearances: [seen] }, '2026-10-29');
    expect(status.paused).toBe(true);
    expect(status.pausingCheck?.id).toBe('fever');
    expect(status.pauseByCheck.get('fever')?.knownToDoctor).toEqual(['cancer_history']);
  });

  it('makes the emergency questions due again 28 days after the last check', () => {
    const checks = [stored('a', '1', checkOf('none', '2026-10-28T10:00:00Z'))];
    expect(safetyStatus({ ...none, checks }, '2026-11-24')).toMatchObject({
      recheckDue: false,
      nextRecheck: '2026-11-25',
    });
    expect(safetyStatus({ ...none, checks }, '2026-11-25')).toMatchObject({ recheckDue: true, firstRunDone: true });
  });

  it('keeps the plan paused after gp_soon until "I have seen a doctor", even after a later calm check', () => {
    const gp = stored('gp', '1', checkOf('gp_soon', '2026-11-20T10:00:00Z'));
    const calm = stored('calm', '2', checkOf('none', '2026-11-22T10:00:00Z'));
    const status = safetyStatus({ ...none, checks: [gp, calm] }, '2026-11-25');
    expect(status.paused).toBe(true);
    expect(status.pausingCheck?.id).toBe('gp');
    const seen: Stored<SafetyClearance> = stored('c', '3', { at: '2026-11-23T09:00:00Z' });
    const after = safetyStatus({ ...none, checks: [gp, calm], clearances: [seen] }, '2026-11-25');
    expect(after.paused).toBe(false);
    expect(after.pausingCheck).toBeUndefined();
  });

  it('shows an emergency screen as unread until it is confirmed or a doctor was seen', () => {
    const emergency = stored('e', '1', checkOf('emergency', '2026-11-20T10:00:00Z'));
    expect(safetyStatus({ ...none, checks: [emergency] }, '2026-11-25').unreadEmergency?.id).toBe('e');
    const read = stored('e', '2', checkOf('emergency', '2026-11-20T10:00:00Z', { readAt: '2026-11-20T10:01:00Z' }));
    expect(safetyStatus({ ...none, checks: [read] }, '2026-11-25').unreadEmergency).toBeUndefined();
    const seen = stored('c', '3', { at: '2026-11-21T09:00:00Z' });
    expect(
      safetyStatus({ ...none, checks: [emergency], clearances: [seen] }, '2026-11-25').unreadEmergency,
    ).toBeUndefined();
  });

  it('keeps the review note of the last full check open until it was discussed after that check', () => {
    const review = stored('r', '1', checkOf('review', '2026-11-20T10:00:00Z', { scope: 'full' }));
    const status = safetyStatus({ ...none, checks: [review] }, '2026-11-25');
    expect(status.openReview?.id).toBe('r');
    expect(status.neverFull).toBe(false);
    expect(status.paused).toBe(false);
    const earlier: Stored<ReviewDiscussed> = stored('d', '0', { at: '2026-11-19T10:00:00Z' });
    expect(safetyStatus({ ...none, checks: [review], reviewsDiscussed: [earlier] }, '2026-11-25').openReview?.id).toBe(
      'r',
    );
    const later: Stored<ReviewDiscussed> = stored('d', '2', { at: '2026-11-21T10:00:00Z' });
    expect(
      safetyStatus({ ...none, checks: [review], reviewsDiscussed: [later] }, '2026-11-25').openReview,
    ).toBeUndefined();
  });

  it('orders checks by the moment they were completed, not by when they arrived', () => {
    const late = stored('late', '9', checkOf('none', '2026-11-01T10:00:00Z'));
    const recent = stored('recent', '1', checkOf('none', '2026-11-20T10:00:00Z'));
    expect(safetyStatus({ ...none, checks: [late, recent] }, '2026-11-25').lastCheck?.id).toBe('recent');
  });
});

describe('recordsOfType', () => {
  it('keeps valid, not-deleted records of one type in clock order', () => {
    const valid = buildSafetyCheck({ ...base, scope: 'emergency', answers: no(EMERGENCY_ITEMS) });
    const records = [
      { id: 'b', type: 'safety_check', hlc: '2', deleted: false, data: valid },
      { id: 'a', type: 'safety_check', hlc: '1', deleted: false, data: valid },
      { id: 'c', type: 'safety_check', hlc: '3', deleted: true, data: valid },
      { id: 'd', type: 'safety_check', hlc: '4', deleted: false, data: { ...valid, result: { tier: 'none' } } },
      { id: 'e', type: 'checkin', hlc: '5', deleted: false, data: { date: '2026-11-25', pain: 3 } },
    ];
    expect(recordsOfType(records, 'safety_check', validateSafetyCheck).map((r) => r.id)).toEqual(['a', 'b']);
  });
});

describe('flareUpAfterCheckIn', () => {
  const byDay = (pains: Record<string, number>) =>
    new Map(Object.entries(pains).map(([date, pain]) => [date, { data: { date, pain } as CheckIn }]));

  it('compares with the median of the 7 days before, skipping days without a check-in', () => {
    const days = byDay({ '2026-11-18': 4, '2026-11-20': 5, '2026-11-22': 3, '2026-11-24': 4, '2026-11-17': 0 });
    expect(flareUpAfterCheckIn(days, '2026-11-25', 7)).toBe(true);
    expect(flareUpAfterCheckIn(days, '2026-11-25', 6)).toBe(false);
  });

  it('leaves out the day itself and days more than 7 days back', () => {
    const days = byDay({ '2026-11-25': 9, '2026-11-17': 0, '2026-11-24': 5 });
    expect(flareUpAfterCheckIn(days, '2026-11-25', 8)).toBe(true);
    expect(flareUpAfterCheckIn(days, '2026-11-25', 7)).toBe(false);
  });

  it('looks back 28 days for the usual pain when the last week has no check-in', () => {
    // Pain 9 after a week without check-ins: compared with the usual 3 of earlier weeks.
    const days = byDay({ '2026-11-01': 3, '2026-11-10': 3, '2026-11-15': 4 });
    expect(flareUpAfterCheckIn(days, '2026-11-25', 9)).toBe(true);
    expect(flareUpAfterCheckIn(days, '2026-11-25', 5)).toBe(false);
  });

  it('counts pain of 7 or more as a flare-up when there is no check-in in the 28 days before', () => {
    expect(flareUpAfterCheckIn(byDay({}), '2026-11-25', 10)).toBe(true);
    expect(flareUpAfterCheckIn(byDay({}), '2026-11-25', 7)).toBe(true);
    expect(flareUpAfterCheckIn(byDay({ '2026-10-01': 2 }), '2026-11-25', 6)).toBe(false);
  });
});

describe('questionWording', () => {
  it('asks about improvement for episodes of 84 days or less, and about change for longer ones', () => {
    expect(questionWording('not_improving', '2026-09-02', '2026-11-25')).toBe('default'); // 84 days
    expect(questionWording('not_improving', '2026-09-01', '2026-11-25')).toBe('persistent'); // 85 days
    expect(questionWording('not_improving', '2024-01-01', '2026-11-25')).toBe('persistent');
  });

  it('keeps the one wording of every other question, and the first wording without a start date', () => {
    expect(questionWording('cancer_history', '2024-01-01', '2026-11-25')).toBe('default');
    expect(questionWording('not_improving', undefined, '2026-11-25')).toBe('default');
  });

  it('refuses a date that does not exist, naming the fields', () => {
    expect(() => questionWording('not_improving', '2026-02-30', '2026-11-25')).toThrow(/onsetDate/);
  });
});

describe('checkSteps', () => {
  it('asks the emergency questions first whenever age and episode start are already known', () => {
    expect(checkSteps(true)[0]).toBe('emergency');
    expect(checkSteps(true)).toEqual(['emergency', 'about', 'gp_soon', 'inflammatory']);
  });

  it('asks about you first only when nothing is known yet', () => {
    expect(checkSteps(false)).toEqual(['about', 'emergency', 'gp_soon', 'inflammatory']);
  });
});

describe('where the check goes after a step', () => {
  const firstRun = checkSteps(false);
  const recheck = checkSteps(true);
  const calm = no(EMERGENCY_ITEMS);
  const after = (
    steps: readonly CheckStep[],
    current: CheckStep,
    changes: Partial<Parameters<typeof nextCheckStep>[0]>,
  ) => nextCheckStep({ steps, current, answers: calm, ageYears: 52, goOn: true, ...changes });

  it('stops after the emergency questions when one of them calls for a doctor now, even if the person would go on', () => {
    expect(after(firstRun, 'emergency', { answers: { ...calm, bladder_change: true } })).toEqual({
      finish: 'emergency',
    });
    expect(after(recheck, 'emergency', { answers: { ...calm, saddle_numbness: true } })).toEqual({
      finish: 'emergency',
    });
  });

  it('stops for sudden severe pain above 40 or without an age, but goes on at 40 or younger', () => {
    const sudden = { ...calm, sudden_severe_pain: true };
    expect(after(firstRun, 'emergency', { answers: sudden, ageYears: 41 })).toEqual({ finish: 'emergency' });
    expect(after(recheck, 'emergency', { answers: sudden, ageYears: undefined })).toEqual({ finish: 'emergency' });
    expect(after(firstRun, 'emergency', { answers: sudden, ageYears: 40 })).toEqual({ step: 'gp_soon' });
  });

  it('stops after the emergency questions when the person leaves the rest for later', () => {
    expect(after(firstRun, 'emergency', { goOn: false })).toEqual({ finish: 'emergency' });
    expect(after(recheck, 'emergency', { goOn: false })).toEqual({ finish: 'emergency' });
  });

  it('goes on after calm emergency answers to the next step: GP-soon on a first run, "about you" on a re-check', () => {
    expect(after(firstRun, 'emergency', {})).toEqual({ step: 'gp_soon' });
    expect(after(recheck, 'emergency', {})).toEqual({ step: 'about' });
  });

  it('goes from "about you" to the step after it, whatever the person chose about the rest', () => {
    expect(after(firstRun, 'about', { goOn: false })).toEqual({ step: 'emergency' });
    expect(after(recheck, 'about', { goOn: false })).toEqual({ step: 'gp_soon' });
  });

  it('goes from the GP-soon questions to the inflammatory ones, without looking at the emergency answers', () => {
    expect(after(firstRun, 'gp_soon', { answers: { bladder_change: true } })).toEqual({ step: 'inflammatory' });
  });

  it('ends with scope full after the last step', () => {
    expect(after(firstRun, 'inflammatory', {})).toEqual({ finish: 'full' });
    expect(after(recheck, 'inflammatory', { goOn: false })).toEqual({ finish: 'full' });
  });

  it('refuses a step that is not one of the steps', () => {
    expect(() => after(['emergency', 'gp_soon'], 'about', {})).toThrow(RangeError);
  });
});

describe('the step that follows as planned', () => {
  it('is the next step, so the button of the emergency step says "next" when the rest follows', () => {
    expect(plannedStepAfter(checkSteps(false), 'emergency', true)).toBe('gp_soon');
    expect(plannedStepAfter(checkSteps(true), 'gp_soon', false)).toBe('inflammatory');
  });

  it('is nothing after the emergency questions when the rest is left for later, and nothing after the last step', () => {
    expect(plannedStepAfter(checkSteps(true), 'emergency', false)).toBeUndefined();
    expect(plannedStepAfter(checkSteps(false), 'inflammatory', true)).toBeUndefined();
  });
});

describe('asking the rest by default', () => {
  it('asks the rest on the first run and as long as it was never answered', () => {
    expect(restAskedByDefault('first_run', false)).toBe(true);
    expect(restAskedByDefault('periodic', true)).toBe(true);
    expect(restAskedByDefault('flare_up', true)).toBe(true);
  });

  it('offers the rest only as an extra on a later check once it was answered', () => {
    expect(restAskedByDefault('periodic', false)).toBe(false);
    expect(restAskedByDefault('manual', false)).toBe(false);
  });
});
