import { addDays, daysBetween } from '../calendar/calendarDay.js';
import { isDue, PSK_REPEAT_DAYS, START_BACK_REPEAT_DAYS } from '../safety/recheck.js';
import type { FieldIssue, Validated } from '../validation/fieldIssue.js';
import { PSK_ACTIVITY_MAX_LENGTH, PSK_MAX_ACTIVITIES, type PskActivity } from './psk.js';
import { START_BACK_BOTHERSOME, type StartBackAnswers, type StartBackBothersome } from './startBack.js';

/** The two repeated questionnaires (docs/clinical-rules.md §7). */
export const MEASURES = ['psk', 'start_back'] as const;
export type Measure = (typeof MEASURES)[number];

export const MEASURE_REPEAT_DAYS: Readonly<Record<Measure, number>> = {
  psk: PSK_REPEAT_DAYS,
  start_back: START_BACK_REPEAT_DAYS,
};

export type MeasureDue = { measure: Measure; due: boolean; last?: string; next: string };

/**
 * When each questionnaire is due: PSK every 4 weeks, STarT Back every 12
 * weeks after the last time (`isDue`), and both at the start. Due ones come
 * first, the one due longest first; then the rest by their next day.
 *
 * @example
 * measuresDue({ psk: '2026-10-28', start_back: '2026-11-01' }, '2026-11-25')
 * // [{ measure: 'psk', due: true, last: '2026-10-28', next: '2026-11-25' },
 * //  { measure: 'start_back', due: false, last: '2026-11-01', next: '2027-01-24' }]
 */
export function measuresDue(last: Partial<Record<Measure, string>>, today: string): MeasureDue[] {
  return MEASURES.map((measure) => {
    const lastDone = last[measure];
    const entry: MeasureDue = {
      measure,
      due: isDue(lastDone, today, MEASURE_REPEAT_DAYS[measure]),
      next: lastDone === undefined ? today : addDays(lastDone, MEASURE_REPEAT_DAYS[measure]),
    };
    if (lastDone !== undefined) entry.last = lastDone;
    return entry;
  }).sort((a, b) => Number(b.due) - Number(a.due) || daysBetween(b.next, a.next));
}

/** The STarT Back form as chosen: `agree` / `disagree` for items 1–8, a bothersomeness answer for item 9. */
export type StartBackForm = Partial<
  Record<'q1' | 'q2' | 'q3' | 'q4' | 'q5' | 'q6' | 'q7' | 'q8', 'agree' | 'disagree'>
> & {
  q9?: StartBackBothersome;
};

const AGREE_ITEMS = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8'] as const;

/**
 * Reads the STarT Back form; every item must be answered (issue `required`
 * naming the item).
 *
 * @example
 * startBackFromForm({ q1: 'agree' }).ok // false: q2 … q9 are required
 */
export function startBackFromForm(form: StartBackForm): Validated<StartBackAnswers> {
  const issues: FieldIssue[] = [];
  for (const item of AGREE_ITEMS) {
    if (form[item] !== 'agree' && form[item] !== 'disagree') {
      issues.push({ field: item, code: 'required', message: `${item} is required` });
    }
  }
  if (form.q9 === undefined || !START_BACK_BOTHERSOME.includes(form.q9)) {
    issues.push({ field: 'q9', code: 'required', message: 'q9 is required' });
  }
  if (issues.length > 0 || form.q9 === undefined) return { ok: false, issues };
  const agreed = (item: (typeof AGREE_ITEMS)[number]) => form[item] === 'agree';
  return {
    ok: true,
    value: {
      q1: agreed('q1'),
      q2: agreed('q2'),
      q3: agreed('q3'),
      q4: agreed('q4'),
      q5: agreed('q5'),
      q6: agreed('q6'),
      q7: agreed('q7'),
      q8: agreed('q8'),
      q9: form.q9,
    },
  };
}

/** One PSK row as typed: the activity's name and its rating as text ('' when not chosen). */
export type PskRow = { activity: string; score: string };

/**
 * Reads the PSK form: rows with neither a name nor a rating are skipped; a
 * named row needs a whole rating 0–10 and a rating needs a name; at least one
 * activity is needed. Issues name `activities` or `activities.<row>.activity`
 * / `activities.<row>.score` by the row's place on the form.
 *
 * @example
 * pskFromForm([{ activity: 'Stofzuigen', score: '4' }, { activity: '', score: '' }])
 * // { ok: true, value: [{ activity: 'Stofzuigen', score: 4 }] }
 */
export function pskFromForm(rows: readonly PskRow[]): Validated<PskActivity[]> {
  const issues: FieldIssue[] = [];
  const activities: PskActivity[] = [];
  if (rows.length > PSK_MAX_ACTIVITIES) {
    issues.push({
      field: 'activities',
      code: 'too_many',
      message: `at most ${PSK_MAX_ACTIVITIES} activities`,
      max: PSK_MAX_ACTIVITIES,
    });
  }
  rows.forEach((row, i) => {
    const name = row.activity.trim();
    const scoreText = row.score.trim();
    if (name === '' && scoreText === '') return;
    let ok = true;
    if (name === '') {
      issues.push({
        field: `activities.${i}.activity`,
        code: 'required',
        message: `activities.${i}.activity is required`,
      });
      ok = false;
    } else if (name.length > PSK_ACTIVITY_MAX_LENGTH) {
      issues.push({
        field: `activities.${i}.activity`,
        code: 'too_long',
        message: `activities.${i}.activity must be at most ${PSK_ACTIVITY_MAX_LENGTH} characters`,
        max: PSK_ACTIVITY_MAX_LENGTH,
      });
      ok = false;
    }
    const score = Number(scoreText);
    if (scoreText === '') {
      issues.push({ field: `activities.${i}.score`, code: 'required', message: `activities.${i}.score is required` });
      ok = false;
    } else if (!Number.isInteger(score) || score < 0 || score > 10) {
      issues.push({
        field: `activities.${i}.score`,
        code: 'out_of_range',
        message: `activities.${i}.score must be a whole number from 0 to 10`,
        min: 0,
        max: 10,
      });
      ok = false;
    }
    if (ok) activities.push({ activity: name, score });
  });
  if (issues.length === 0 && activities.length === 0) {
    issues.push({ field: 'activities', code: 'required', message: 'name at least one activity and rate it' });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: activities };
}

/**
 * A measure's values over time, oldest first, one per day (the last record of
 * a day counts), for a trend chart or list.
 *
 * @example
 * measureTrend([{ date: '2026-12-01', value: 6 }, { date: '2026-11-01', value: 4 }])
 * // [{ date: '2026-11-01', value: 4 }, { date: '2026-12-01', value: 6 }]
 */
export function measureTrend(points: readonly { date: string; value: number }[]): { date: string; value: number }[] {
  const byDay = new Map<string, number>();
  for (const point of points) byDay.set(point.date, point.value);
  return [...byDay.entries()].map(([date, value]) => ({ date, value })).sort((a, b) => daysBetween(b.date, a.date));
}
