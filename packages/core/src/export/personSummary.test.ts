import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/calendarDay.js';
import { scorePsk } from '../measures/psk.js';
import { scoreStartBack } from '../measures/startBack.js';
import { RECORD } from '../records/recordNames.js';
import { readerOf, validateRecordData } from '../records/recordRegistry.js';
import type { RecordType } from '../records/syncChange.js';
import { EMERGENCY_ITEMS } from '../safety/safetyItems.js';
import type { SyncRecord } from '../sync/merge.js';
import { personSummary } from './personSummary.js';

const TODAY = '2026-11-29';
let next = 0;
/** A stored record whose data the registry accepts, so the summary reads it as every page would. */
function stored(type: RecordType, data: unknown, minute = next): SyncRecord {
  const checked = validateRecordData(type, data);
  if (!checked.ok) throw new Error(`${type}: ${JSON.stringify(checked.issues)}`);
  next += 1;
  return {
    id: `019a0000-0000-7000-8000-${String(next).padStart(12, '0')}`,
    type,
    hlc: `2026-11-${String(1 + (minute % 28)).padStart(2, '0')}T10:00:00.000Z-0000-0123456789abcdef`,
    data,
    deleted: false,
  };
}

const checkIn = (back: number, pain: number, extra: object = {}) =>
  stored(RECORD.checkIn, { date: addDays(TODAY, -back), pain, ...extra });

const answers = {
  q1: true,
  q2: false,
  q3: false,
  q4: true,
  q5: false,
  q6: false,
  q7: false,
  q8: false,
  q9: 'slightly' as const,
};
const pskActivities = [{ activity: 'fietsen', score: 6 }];
const planV1 = {
  planId: '019a0000-0000-7000-8000-0000000000a1',
  version: 1,
  effectiveFrom: '2026-11-17T10:00:00+01:00',
  activity: 'walking',
  unit: 'minutes',
  baselineSessions: 3,
  baseline: [],
  goal: 16,
  sessions: 4,
  mode: 'symptom',
  windowHours: 48,
  levels: [],
  status: 'baseline',
};
const programme = {
  programmeId: '019a0000-0000-7000-8000-0000000000e1',
  version: 1,
  effectiveFrom: '2026-11-20T10:00:00+01:00',
  by: 'patient',
  days: [1, 4],
  windowHours: 48,
  status: 'active',
  items: [{ exerciseId: 'cat_cow', kind: 'mobility', sets: 1, amount: 6, min: 5, max: 15, step: 2 }],
};

describe('personSummary', () => {
  it('is empty but complete for a person without records', () => {
    const summary = personSummary(readerOf([]), TODAY);
    expect(summary.firstCheckIn).toBeNull();
    expect(summary.checkInDays).toBe(0);
    expect(summary.periods.map((period) => period.days)).toEqual([30, 90, 365]);
    expect(summary.months).toEqual([]);
    expect(summary).toMatchObject({ startBack: [], psk: [], plans: [], programmes: [], safetyChecks: [] });
    expect(summary.flareUpPlan).toBeNull();
  });

  it('sums up pain, sleep and stress over the periods and month by month, a day without a value being a gap', () => {
    const summary = personSummary(
      readerOf([checkIn(0, 2, { sleepHours: 7, stress: 3 }), checkIn(1, 4), checkIn(45, 6, { stress: 5 })]),
      TODAY,
    );
    expect(summary.firstCheckIn).toBe(addDays(TODAY, -45));
    expect(summary.checkInDays).toBe(3);
    expect(summary.periods[0]?.summaries.pain).toEqual({ filled: 2, mean: 3, min: 2, max: 4 });
    expect(summary.periods[1]?.summaries.pain.filled).toBe(3);
    expect(summary.months.at(-1)).toEqual({ month: '2026-11', checkIns: 2, pain: 3, sleepHours: 7, stress: 3 });
    expect(summary.months.at(-2)).toEqual({ month: '2026-10', checkIns: 1, pain: 6, sleepHours: null, stress: 5 });
    expect(summary.months.map((month) => month.month)).toEqual(['2026-10', '2026-11']);
  });

  it('goes back a year at most, and keeps a month without check-ins after the first one as a gap', () => {
    const summary = personSummary(readerOf([checkIn(400, 5), checkIn(200, 4), checkIn(0, 2)]), TODAY);
    expect(summary.months).toHaveLength(12);
    expect(summary.months[0]).toEqual({ month: '2025-12', checkIns: 0, pain: null, sleepHours: null, stress: null });
    expect(summary.months.find((month) => month.month === '2026-05')?.pain).toBe(4);
    expect(summary.firstCheckIn).toBe(addDays(TODAY, -400));
  });

  it('counts one check-in per day, the later write of a day winning', () => {
    const first = checkIn(0, 8);
    const later = { ...checkIn(0, 3), hlc: '2026-11-29T12:00:00.000Z-0000-0123456789abcdef' };
    expect(personSummary(readerOf([first, later]), TODAY).months.at(-1)?.pain).toBe(3);
  });

  it('lists the measures newest first with their scores', () => {
    const summary = personSummary(
      readerOf([
        stored(RECORD.startBack, { date: '2026-10-01', answers, score: scoreStartBack(answers) }),
        stored(RECORD.startBack, { date: '2026-11-01', answers, score: scoreStartBack(answers) }),
        stored(RECORD.psk, { date: '2026-11-02', activities: pskActivities, score: scorePsk(pskActivities) }),
      ]),
      TODAY,
    );
    expect(summary.startBack.map((item) => item.date)).toEqual(['2026-11-01', '2026-10-01']);
    expect(summary.startBack[0]?.score).toEqual(scoreStartBack(answers));
    expect(summary.psk).toEqual([{ date: '2026-11-02', score: 6, activities: ['fietsen'] }]);
  });

  it('shows each plan and programme as it is now, with the day it began and the sessions logged', () => {
    const summary = personSummary(
      readerOf([
        stored(RECORD.activityPlan, planV1),
        stored(RECORD.activityPlan, {
          ...planV1,
          version: 2,
          effectiveFrom: '2026-11-20T10:00:00+01:00',
          goal: 20,
        }),
        stored(RECORD.exerciseProgramme, programme),
      ]),
      TODAY,
    );
    expect(summary.plans).toEqual([
      {
        planId: planV1.planId,
        activity: 'walking',
        unit: 'minutes',
        goal: 20,
        status: 'baseline',
        baseline: [],
        version: 2,
        since: '2026-11-17',
        sessions: 0,
      },
    ]);
    expect(summary.programmes).toEqual([
      expect.objectContaining({ programmeId: programme.programmeId, days: [1, 4], since: '2026-11-20', sessions: 0 }),
    ]);
  });

  it('settles two records of one plan version as the plan pages do: the later start, then the larger id', () => {
    const a = stored(RECORD.activityPlan, { ...planV1, goal: 18 });
    const b = stored(RECORD.activityPlan, { ...planV1, goal: 22 });
    const later = a.id > b.id ? a : b;
    const goal = (later.data as { goal: number }).goal;
    expect(personSummary(readerOf([a, b]), TODAY).plans[0]?.goal).toBe(goal);
    expect(personSummary(readerOf([b, a]), TODAY).plans[0]?.goal).toBe(goal);
  });

  it('lists the safety checks newest first with their results, and keeps the flare-up plan', () => {
    const check = {
      date: '2026-11-25',
      completedAt: '2026-11-25T10:00:00+01:00',
      trigger: 'periodic',
      scope: 'emergency',
      ageYears: 52,
      onsetDate: '2026-01-10',
      answers: Object.fromEntries(EMERGENCY_ITEMS.map((id) => [id, false])),
      result: { tier: 'none', reasons: [], painType: 'persistent' },
    };
    const summary = personSummary(
      readerOf([
        stored(RECORD.safetyCheck, { ...check, date: '2026-10-25', completedAt: '2026-10-25T10:00:00+01:00' }),
        stored(RECORD.safetyCheck, check),
        stored(RECORD.flareUpPlan, { writtenOn: '2026-11-01', helps: 'Warmte en rustig wandelen' }),
      ]),
      TODAY,
    );
    expect(summary.safetyChecks.map((item) => item.date)).toEqual(['2026-11-25', '2026-10-25']);
    expect(summary.safetyChecks[0]).toEqual({
      date: '2026-11-25',
      trigger: 'periodic',
      scope: 'emergency',
      result: check.result,
    });
    expect(summary.flareUpPlan?.helps).toBe('Warmte en rustig wandelen');
  });

  it('leaves out records whose data does not pass their checks, as every page does', () => {
    const broken: SyncRecord = { ...checkIn(0, 3), data: { date: TODAY, pain: 'veel' } };
    expect(personSummary(readerOf([broken]), TODAY).checkInDays).toBe(0);
  });
});
