import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/calendarDay.js';
import type { ActivityPlan, ActivitySession, FollowUpRecord } from '../graded/activityRecords.js';
import { RECORD } from '../records/recordNames.js';
import { readerOf } from '../records/recordRegistry.js';
import { EMERGENCY_ITEMS } from '../safety/safetyItems.js';
import { buildSafetyCheck } from '../safety/safetyJourney.js';
import type { SyncRecord } from '../sync/merge.js';
import { recordSeries } from '../testing/testRecords.js';
import { attentionFlags } from './attentionFlags.js';
import { attentionInputAt, attentionSource } from './attentionSource.js';

// Sunday 29 November 2026, 12:00 in Amsterdam.
const NOW = Date.parse('2026-11-29T11:00:00Z');
const TODAY = '2026-11-29';
const HOUR = 3_600_000;
const record = recordSeries();
const checkIn = (back: number, pain: number, stress?: number) =>
  record(RECORD.checkIn, { date: addDays(TODAY, -back), pain, ...(stress === undefined ? {} : { stress }) });
const no = (ids: readonly string[]) => Object.fromEntries(ids.map((id) => [id, false]));
// Sudden severe pain is a GP-soon sign below 50 (docs/clinical-rules.md §1).
const safetyCheck = (completedAt: string, yes: Record<string, boolean>) =>
  record(
    RECORD.safetyCheck,
    buildSafetyCheck({
      date: completedAt.slice(0, 10),
      completedAt,
      trigger: 'periodic',
      scope: 'emergency',
      ageYears: 38,
      answers: { ...no(EMERGENCY_ITEMS), ...yes },
    }),
  );
const plan: ActivityPlan = {
  planId: '019a0000-0000-7000-8000-0000000000a1',
  version: 1,
  effectiveFrom: '2026-11-01T10:00:00+01:00',
  activity: 'walking',
  unit: 'minutes',
  baselineSessions: 3,
  baseline: [10, 12, 14],
  goal: 16,
  sessions: 4,
  mode: 'symptom',
  windowHours: 24,
  levels: [8, 11, 13, 16],
  status: 'active',
};
const session = (endedAt: number): SyncRecord & { data: ActivitySession } =>
  record(RECORD.activitySession, {
    planId: plan.planId,
    version: 1,
    occurrence: 1,
    phase: 'plan',
    level: 0,
    amount: 8,
    painBefore: 3,
    painAfter: 4,
    endedAt: new Date(endedAt).toISOString(),
  } satisfies ActivitySession) as SyncRecord & { data: ActivitySession };
const followUp = (sessionId: string, at: number, answer: FollowUpRecord['answer']) =>
  record(RECORD.followUp, { sessionId, at: new Date(at).toISOString(), answer } satisfies FollowUpRecord);

describe('attentionSource', () => {
  it('keeps three weeks of check-ins, one per day (the latest write), and the last check-in however old', () => {
    const older = checkIn(40, 2);
    const first = checkIn(1, 3);
    const rewritten = { ...checkIn(1, 6, 8), hlc: '2026-11-28T10:00:00.000Z-0000-0123456789abcdef' };
    const source = attentionSource(readerOf([older, checkIn(21, 4), checkIn(20, 5), first, rewritten]), NOW);
    expect(source.madeOn).toBe(TODAY);
    expect(source.checkIns).toEqual([
      { day: addDays(TODAY, -20), pain: 5 },
      { day: addDays(TODAY, -1), pain: 6, stress: 8 },
    ]);
    expect(source.lastCheckIn).toBe(addDays(TODAY, -1));
    expect(attentionSource(readerOf([older]), NOW).lastCheckIn).toBe(addDays(TODAY, -40));
  });

  it('leaves deleted and invalid records out', () => {
    const source = attentionSource(
      readerOf([
        record(RECORD.checkIn, { date: TODAY, pain: 3 }, { deleted: true }),
        record(RECORD.checkIn, { date: TODAY, pain: 'a lot' }),
      ]),
      NOW,
    );
    expect(source.checkIns).toEqual([]);
    expect(source.lastCheckIn).toBeUndefined();
  });

  it('reads the highest open safety tier, and none once a doctor was seen', () => {
    const emergency = safetyCheck('2026-11-27T10:00:00Z', { bladder_change: true });
    expect(attentionSource(readerOf([emergency]), NOW).openSafetyTier).toBe('emergency');
    const gpSoon = safetyCheck('2026-11-27T10:00:00Z', { sudden_severe_pain: true });
    expect(attentionSource(readerOf([gpSoon]), NOW).openSafetyTier).toBe('gp_soon');
    const cleared = record(RECORD.safetyClearance, { at: '2026-11-28T09:00:00Z' });
    expect(attentionSource(readerOf([gpSoon, cleared]), NOW).openSafetyTier).toBeNull();
    const calm = safetyCheck('2026-11-27T10:00:00Z', {});
    expect(attentionSource(readerOf([calm]), NOW).openSafetyTier).toBeNull();
  });

  it('keeps every concern’s moment; only those after the read mark are open', () => {
    const concerns = [
      record(RECORD.concern, { at: '2026-11-20T10:00:00Z', text: 'Mijn been voelt raar' }),
      record(RECORD.concern, { at: '2026-11-28T10:00:00Z', text: 'Tintelingen' }),
    ];
    const source = attentionSource(readerOf(concerns), NOW);
    expect(source.concerns).toEqual(['2026-11-20T10:00:00Z', '2026-11-28T10:00:00Z']);
    const input = (concernsReadUpTo?: string) =>
      attentionInputAt(source, {
        linkedSince: '2026-11-01',
        now: NOW,
        ...(concernsReadUpTo ? { concernsReadUpTo } : {}),
      });
    expect(input().openConcerns).toBe(2);
    expect(input('2026-11-21T00:00:00Z').openConcerns).toBe(1);
    expect(input('2026-11-28T10:00:00Z').openConcerns).toBe(0);
  });

  it('counts a session as unsettled once its answer is final, on the day the session ended', () => {
    const planRecord = record(RECORD.activityPlan, plan);
    const ended = Date.parse('2026-11-26T17:00:00Z');
    const notYet = session(ended);
    const settled = session(ended - 2 * HOUR);
    const sources = [
      checkIn(0, 3),
      planRecord,
      notYet,
      settled,
      followUp(notYet.id, ended + 25 * HOUR, 'not_yet'),
      followUp(settled.id, ended + 20 * HOUR, 'yes'),
    ];
    const source = attentionSource(readerOf(sources), NOW);
    expect(source.sessions).toHaveLength(2);
    const input = attentionInputAt(source, { linkedSince: '2026-11-01', now: NOW });
    expect(input.unsettledSessionDays).toEqual(['2026-11-26']);
    expect(attentionFlags(input, TODAY)).toEqual(['not_settled']);
  });

  it('decides a session later than the source was made: "not yet" with no answer by the window end + 24 h', () => {
    const ended = Date.parse('2026-11-28T17:00:00Z');
    const early = session(ended);
    const source = attentionSource(
      readerOf([record(RECORD.activityPlan, plan), early, followUp(early.id, ended + 2 * HOUR, 'not_yet')]),
      NOW,
    );
    expect(attentionInputAt(source, { linkedSince: '2026-11-01', now: NOW }).unsettledSessionDays).toEqual([]);
    const twoDaysLater = ended + 48 * HOUR;
    expect(attentionInputAt(source, { linkedSince: '2026-11-01', now: twoDaysLater }).unsettledSessionDays).toEqual([
      '2026-11-28',
    ]);
  });

  it('drops sessions too old to matter', () => {
    const old = session(Date.parse('2026-11-10T17:00:00Z'));
    expect(attentionSource(readerOf([record(RECORD.activityPlan, plan), old]), NOW).sessions).toEqual([]);
  });

  it('gives the flags of §11 from a week of records', () => {
    const records = [
      ...[0, 1, 2].map((back) => checkIn(back, 7, 8)),
      checkIn(3, 6, 7),
      ...[7, 8, 9].map((back) => checkIn(back, 3)),
    ];
    const input = attentionInputAt(attentionSource(readerOf(records), NOW), { linkedSince: '2026-10-01', now: NOW });
    expect(attentionFlags(input, TODAY)).toEqual(['rising_pain', 'high_stress']);
  });
});
