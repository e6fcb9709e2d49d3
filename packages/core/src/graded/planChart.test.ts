import { describe, expect, it } from 'vitest';
import type { ActivityPlan, ActivitySession } from './activityRecords.js';
import { planChartSeries } from './planChart.js';
import type { NextQuota, SessionView } from './planState.js';

const plan = { levels: [8, 11, 13, 16] } as ActivityPlan;
const done = (level: number, amount: number): SessionView =>
  ({
    id: `s${level}-${amount}`,
    session: { level, amount } as ActivitySession,
    quota: plan.levels[level],
  }) as SessionView;
const next = (level: number, status: NextQuota['status'] = 'decided'): NextQuota => ({
  level,
  amount: plan.levels[level] as number,
  decision: 'progress',
  status,
  reason: 'settled',
  from: null,
  proposal: null,
});

describe('planChartSeries', () => {
  it('gives the planned levels, quotas, amounts done and the change after each session', () => {
    expect(planChartSeries({ plan, sessions: [done(0, 8), done(1, 12)], next: next(0), phase: 'active' })).toEqual({
      count: 4,
      planned: [8, 11, 13, 16],
      quota: [8, 11, 8, null],
      done: [8, 12, null, null],
      changes: ['progress', 'step_back', null, null],
    });
  });

  it('makes the chart longer than the plan when step-backs added sessions', () => {
    const sessions = [done(0, 8), done(1, 11), done(0, 8), done(1, 11)];
    const series = planChartSeries({ plan, sessions, next: next(2), phase: 'active' });
    expect(series.count).toBe(5);
    expect(series.planned).toEqual([8, 11, 13, 16, null]);
    expect(series.quota).toEqual([8, 11, 8, 11, 13]);
    expect(series.changes).toEqual(['progress', 'step_back', 'progress', 'progress', null]);
  });

  it('shows no change yet while the last follow-up or proposal is open, and the goal when completed', () => {
    const open = planChartSeries({ plan, sessions: [done(0, 8)], next: next(0, 'waiting'), phase: 'active' });
    expect(open.changes[0]).toBeNull();
    const proposed = planChartSeries({ plan, sessions: [done(0, 8)], next: next(0, 'proposal'), phase: 'active' });
    expect(proposed.changes[0]).toBeNull();
    const completed = planChartSeries({ plan, sessions: [done(2, 13), done(3, 16)], next: null, phase: 'completed' });
    expect(completed.changes).toEqual(['progress', 'complete', null, null]);
  });
});
