import { describe, expect, it } from 'vitest';
import type { StoredRecord } from './planState.js';
import { plansPausedBySafety } from './safetyPause.js';

let n = 0;
const record = (type: string, data: unknown, deleted = false): StoredRecord => ({
  id: `019a0000-0000-7000-8000-${String(++n).padStart(12, '0')}`,
  type,
  data,
  hlc: '2026-11-20T10:00:00.000Z-0000-0123456789abcdef',
  deleted,
});
const check = (tier: string, completedAt: string) =>
  record('safety_check', { date: completedAt.slice(0, 10), completedAt, result: { tier, reasons: [] } });

describe('plansPausedBySafety', () => {
  it('pauses after a gp_soon or emergency result until a later clearance', () => {
    expect(plansPausedBySafety([])).toBe(false);
    expect(plansPausedBySafety([check('gp_soon', '2026-11-20T10:00:00Z')])).toBe(true);
    expect(plansPausedBySafety([check('emergency', '2026-11-20T10:00:00Z')])).toBe(true);
    expect(
      plansPausedBySafety([
        check('gp_soon', '2026-11-20T10:00:00Z'),
        record('safety_clearance', { at: '2026-11-22T09:00:00Z' }),
      ]),
    ).toBe(false);
  });

  it('lets a clearance cover a lasting reason, so the next check with the same answer does not pause again', () => {
    const withReasons = (completedAt: string, reasons: string[]) =>
      record('safety_check', { date: completedAt.slice(0, 10), completedAt, result: { tier: 'gp_soon', reasons } });
    const cleared = record('safety_clearance', { at: '2026-10-03T09:00:00Z' });
    const first = withReasons('2026-10-01T10:00:00Z', ['cancer_history']);
    expect(plansPausedBySafety([first, cleared, withReasons('2026-10-29T10:00:00Z', ['cancer_history'])])).toBe(false);
    expect(
      plansPausedBySafety([first, cleared, withReasons('2026-10-29T10:00:00Z', ['cancer_history', 'fever_or_unwell'])]),
    ).toBe(true);
  });

  it('does not pause for review or none', () => {
    expect(plansPausedBySafety([check('review', '2026-11-20T10:00:00Z'), check('none', '2026-11-21T10:00:00Z')])).toBe(
      false,
    );
  });

  it('leaves out deleted and unreadable records', () => {
    expect(plansPausedBySafety([record('safety_check', { completedAt: 'soon', result: { tier: 'gp_soon' } })])).toBe(
      false,
    );
    expect(plansPausedBySafety([record('safety_check', { completedAt: '2026-11-20T10:00:00Z' })])).toBe(false);
    expect(
      plansPausedBySafety([
        record('safety_check', { completedAt: '2026-11-20T10:00:00Z', result: { tier: 'gp_soon' } }, true),
      ]),
    ).toBe(false);
  });
});
